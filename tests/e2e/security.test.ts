import { expect, test } from './fixtures';
import { loadShippedGraph, openExplorer } from './helpers';

const graph = loadShippedGraph();

test('the built app runs under a Content-Security-Policy that blocks inline script', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string }>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) =>
          resolve({ ran: 'injected' in window, violated: e.violatedDirective }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
      }),
  );
  expect(outcome.ran).toBe(false);
  expect(outcome.violated).toMatch(/^script-src/);
});
