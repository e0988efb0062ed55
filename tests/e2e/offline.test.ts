import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer } from './helpers';
import { readableNames } from './touchHelpers';

const graph = loadShippedGraph();
const visibleLinks = (page: Page) => page.evaluate(() => window.__cy!.edges(':visible').length);

// The app's service worker, blocked in every other test (playwright.config.ts), is the subject here.
test.use({ serviceWorkers: 'allow' });

test('after one visit the app and the shipped graph open with no network', async ({ page, context }) => {
  test.slow(); // two loads of the whole app, and the worker's first precaching
  await openExplorer(page, graph.nodes.length);
  // The worker precaches the shell and data/graph.json, then takes control of the open page.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  const online = await readableNames(page);
  const onlineLinks = await visibleLinks(page);

  await context.setOffline(true);
  // The network really is gone: a file the worker does not keep cannot be opened (in a second tab, so
  // its failure stays out of the app page's console).
  const probe = await context.newPage();
  await expect(probe.goto('/graph.schema.json')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await probe.close();

  await page.reload();
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
  const name = await page.evaluate(() => window.__cy!.getElementById('cheong-san').style('label'));
  expect(name.split('\n')[0]).toBe('Lee Cheong-san');
  await expect.poll(() => readableNames(page)).toBe(online);
  expect(online).toBeGreaterThanOrEqual(12);
  expect(await visibleLinks(page)).toBe(onlineLinks);
  expect(onlineLinks).toBeGreaterThan(0);
});

test('the browser reads the web app manifest without errors and finds the app installable', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest', {});
  expect(manifest.errors).toEqual([]);
  const served = JSON.parse(manifest.data ?? 'null') as { name: string; icons: { src: string }[] };
  expect(served.name).toBe('지금 우리 학교는 / All of Us Are Dead relationship chart');
  expect(served.icons.map((icon) => icon.src)).toEqual([
    'icons/icon-192.png',
    'icons/icon-512.png',
    'icons/icon-maskable-512.png',
  ]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito profiles, where Chromium installs nothing; nothing else is missing
  // (a missing icon, start URL or manifest field would be listed here).
  expect(installabilityErrors.map((error) => error.errorId)).toEqual(['in-incognito']);
});
