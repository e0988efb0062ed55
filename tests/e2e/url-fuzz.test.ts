import { parseExplorerState } from '../../src/state/explorerState';
import { fuzzQueries, MALICIOUS_QUERIES } from '../state/fuzzQueries';
import { expect, test } from './fixtures';
import { loadShippedGraph, watchConsole } from './helpers';

const shipped = loadShippedGraph();
// Longer URLs are refused by the web server itself (header size limit) before the app sees them.
const withoutData = (q: string) => !new URLSearchParams(q).has('data') && q.length < 8000;
// A sample of the unit fuzz corpus (tests/state/urlFuzz.test.ts runs all of it): every hostile one
// that does not name a data URL and fits in a request line, and some random ones.
const SAMPLE = [...MALICIOUS_QUERIES.filter(withoutData), ...fuzzQueries(12, 5).filter(withoutData)];

test(`${SAMPLE.length} hostile and random URLs never break the app; dropped values are noted`, async ({ page }) => {
  test.setTimeout(240_000);
  const messages = watchConsole(page);
  let executed = false;
  await page.exposeFunction('__injected', () => (executed = true));
  for (const query of SAMPLE) {
    await page.goto(`/${query.replaceAll('alert(1)', '__injected()')}`);
    await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, shipped.nodes.length);
    // What the page received (a `#` starts the fragment, not part of the query). The app then tidies
    // the address bar, so the query is read from the request, not from the page's location.
    const search = new URL(`/${query}`, 'http://127.0.0.1').search;
    const { ignored } = parseExplorerState(search, shipped);
    const note = page.locator('.url-note');
    if (ignored.length > 0) {
      await expect(note, query.slice(0, 80)).toBeVisible();
      for (const name of new Set(ignored)) await expect(note).toContainText(name);
    } else {
      await expect(note, query.slice(0, 80)).toHaveCount(0);
    }
  }
  expect(executed).toBe(false);
  expect(messages).toEqual([]);
});

test('a hostile ?data= gives a message, never a fetch or a crash', async ({ page }) => {
  const messages = watchConsole(page);
  await page.goto('/?data=javascript:alert(1)');
  await expect(page.getByRole('alert')).toContainText('Only http and https addresses can be opened');
  await page.goto(`/?data=${encodeURIComponent('http://a b.example/')}`);
  await expect(page.getByRole('alert')).toContainText('is not a valid address');
  expect(messages).toEqual([]);
});
