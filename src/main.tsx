import './components/styles/index.css';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './App';
import { connectPolicy } from './io/connectPolicy';

// Before anything fetches: allow connections only to this origin and the one `?data=` names (see vite.csp.ts).
// Builds only, as the dev server's hot reload connects over a WebSocket.
if (import.meta.env.PROD) {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = connectPolicy(window.location.search, window.location.href);
  document.head.append(meta);
}

const queryClient = new QueryClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
