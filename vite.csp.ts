import type { Plugin } from 'vite';

/**
 * Content-Security-Policy for the production build: no inline or foreign script, connections only to
 * this origin and to the http(s) URL a user asks to open. Added at build time only, because the dev
 * server's hot reload needs an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  // Inline style attributes cannot run code; Cytoscape and React set element styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // `?data=<url>` opens a graph from any http(s) address the user gives, which no build can list; so the
  // static policy allows http(s) connections, and src/main.tsx narrows them at start-up, before any
  // fetch, with a second policy: `connect-src 'self' <origin of ?data=>`. The browser enforces both, so
  // the page can reach its own origin and the one data URL the user asked for, and nothing else.
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Headers a server should send with the app (a meta tag cannot forbid framing): the same policy plus
 * `frame-ancestors 'none'`, no framing for old browsers either, no MIME sniffing, and no referrer
 * sent to a `?data=` server. `npm start` / `npm run preview` send them; README "Hosting" lists them.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
