import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

import { contentSecurityPolicy, SECURITY_HEADERS } from './vite.csp.ts';
import { licenceFiles, NOTICES_FILE, workerLicences } from './vite.licence.ts';
import { installableApp } from './vite.pwa.ts';

// `data/` is the public dir, so the bundled graph is served at `<base>/graph.json`
// (`GRAPH_URL` in src/data/graphQuery.ts is the one place that knows this).
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), licenceFiles(), installableApp()],
  publicDir: 'data',
  // Vite lists the page's packages only; the workers' (the layout, the file reader) are added to the notices.
  worker: { plugins: () => [workerLicences()] },
  build: {
    // The notices of every bundled package, generated from node_modules, shipped beside the app.
    license: { fileName: NOTICES_FILE },
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'cytoscape',
              // Anchored names: a looser pattern would also swallow lazily loaded extensions (fcose and
              // its cose-base/layout-base load with the first layout, see registerExtensions.ts).
              test: /node_modules[\\/](cytoscape|react-cytoscapejs)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { ...SECURITY_HEADERS } },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // In CI a JSON report lets .ci/run print the "N passed, N failed" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.vitest-results.json' },
  },
});
