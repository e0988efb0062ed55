import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer } from './helpers';

// These tests provoke Content-Security-Policy refusals on purpose; the browser logs each one.
test.use({ allowConsole: /Content Security Policy/ });

const graph = loadShippedGraph();

test('the built app runs under a Content-Security-Policy that blocks inline script', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').first().getAttribute('content');
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

/** Tries a fetch from the page; reports whether it got through and which CSP directive (if any) blocked it. */
async function tryFetch(page: Page, url: string) {
  return page.evaluate(async (target) => {
    let violated = '';
    const onViolation = (e: SecurityPolicyViolationEvent) => (violated = e.effectiveDirective);
    document.addEventListener('securitypolicyviolation', onViolation);
    const ok = await fetch(target).then(
      (res) => res.ok,
      () => false,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    document.removeEventListener('securitypolicyviolation', onViolation);
    return { ok, violated };
  }, url);
}

test('connections are limited to the app origin, plus the origin ?data= names', async ({ page }) => {
  const PORT = Number(process.env.E2E_PORT ?? 4317);
  const dataOrigin = `http://localhost:${PORT}`;
  // Both would answer if asked: only the policy can stop the page from reaching them.
  await page.route('https://elsewhere.example/**', (route) =>
    route.fulfill({ body: '{}', headers: { 'access-control-allow-origin': '*' } }),
  );
  await page.route(`${dataOrigin}/**`, (route) =>
    route.fulfill({ body: '{"nodes":[{"id":"a"}],"links":[]}', headers: { 'access-control-allow-origin': '*' } }),
  );

  await openExplorer(page, graph.nodes.length);
  expect(await tryFetch(page, '/graph.json')).toEqual({ ok: true, violated: '' });
  expect(await tryFetch(page, 'https://elsewhere.example/x.json')).toEqual({ ok: false, violated: 'connect-src' });
  expect(await tryFetch(page, `${dataOrigin}/other.json`)).toEqual({ ok: false, violated: 'connect-src' });

  await openExplorer(page, 2, `/?data=${encodeURIComponent(`${dataOrigin}/graph.json`)}`);
  expect(await tryFetch(page, `${dataOrigin}/other.json`)).toEqual({ ok: true, violated: '' });
  expect(await tryFetch(page, 'https://elsewhere.example/x.json')).toEqual({ ok: false, violated: 'connect-src' });
});
