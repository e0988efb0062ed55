import { applyFilters, countVisible, DEFAULT_FILTERS, type Filters } from '../../src/domain/filters';
import { findPaths } from '../../src/domain/paths';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer, visibleIds, watchConsole } from './helpers';

const graph = loadShippedGraph();
const counts = (filters: Filters) => {
  const c = countVisible(graph, applyFilters(graph, filters));
  return `${c.characters} characters · ${c.links} links shown`;
};
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Search names' }).getByRole('option');
const pathEdges = (page: Page) =>
  page.evaluate(() =>
    window
      .__cy!.edges('.is-path')
      .map((e) => e.id())
      .sort(),
  );
const selectedIds = (page: Page) => page.evaluate(() => window.__cy!.nodes('.is-selected').map((n) => n.id()));

let consoleMessages: string[] = [];
test.beforeEach(async ({ page }) => {
  consoleMessages = watchConsole(page);
  await openExplorer(page, graph.nodes.length);
});
test.afterEach(() => expect(consoleMessages).toEqual([]));

test('spoiler cursor hides later facts in the graph, search, card, path choices and URL', async ({ page }) => {
  await page.getByLabel("I've watched up to").selectOption('s1e4');
  const cursor = { season: 1, episode: 4 };
  await expect(page.getByTestId('visible-counts')).toHaveText(counts({ ...DEFAULT_FILTERS, cursor }));
  await expect
    .poll(() => visibleIds(page))
    .toEqual([...applyFilters(graph, { ...DEFAULT_FILTERS, cursor }).nodes].sort());
  expect(page.url()).toContain('upto=s1e4');
  // A season-2 newcomer is neither drawn nor suggested.
  await page.getByRole('combobox', { name: 'Search names' }).fill('Maru');
  await expect(suggestions(page)).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Search names' }).fill('Cheong-san');
  await page.keyboard.press('Enter');
  const card = page.getByRole('article', { name: /Lee Cheong-san/ });
  // His death (episode 11) and the bite are past the cursor; his season 2 presence is too. The status
  // timeline shows what is known at episode 4: alive since episode 1.
  await expect(card.locator('.link-list')).not.toContainText(' bites ');
  await expect(card.locator('.link-list')).not.toContainText('lures the zombies');
  await expect(card.locator('.status-strip li')).toHaveText([/S1\s+alive/, /S2\s+hidden/]);
  await expect(card.locator('.status-strip')).not.toContainText('dead');
  await page.getByText('How are they connected?').click();
  await expect(page.getByLabel('From', { exact: true }).locator('option', { hasText: 'Yong Maru' })).toHaveCount(0);
});

test('character card: names, actor, status per season, sentences with provenance and safe source links', async ({
  page,
}) => {
  await page.getByRole('combobox', { name: 'Search names' }).fill('남온조');
  await suggestions(page).filter({ hasText: 'Nam On-jo' }).click();
  const card = page.getByRole('article', { name: /Nam On-jo/ });
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Nam On-jo 남온조');
  await expect(card.getByRole('button', { name: 'Park Ji-hu', exact: true })).toBeVisible();
  await expect(card.locator('.status-strip li')).toHaveText([/S1\s+alive/, /S2\s+alive/]);
  // The link's sentence template from the data, with the two names filled in.
  await expect(card).toContainText('Lee Cheong-san confesses to Nam On-jo that he has loved her since they were six');
  await expect(card).toContainText('S1E8, on screen');
  const hrefs = await card.locator('.sources a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  await card.getByRole('button', { name: 'Park Ji-hu', exact: true }).click();
  await expect(page.getByRole('article', { name: /Park Ji-hu/ })).toContainText('Actor');
});

test('search tolerates typos, "/" focuses it, and choosing selects and centres the node', async ({ page }) => {
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search names' })).toBeFocused();
  await page.keyboard.type('cheongsam');
  await expect(suggestions(page).first()).toContainText('Lee Cheong-san');
  await page.keyboard.press('Enter');
  await expect.poll(() => selectedIds(page)).toEqual(['cheong-san']);
  await expect
    .poll(async () => {
      const p = await page.evaluate(() => window.__cy!.getElementById('cheong-san').renderedPosition());
      const box = await page.locator('.graph-canvas').boundingBox();
      return Math.hypot(p.x - box!.width / 2, p.y - box!.height / 2) < 40;
    })
    .toBe(true);
});

test('focus shows the neighbourhood at depth 1, 2 and 3 on the filtered graph; Esc leaves it', async ({ page }) => {
  await page.goto('/?season=s1&sel=ha-ri');
  await page.waitForFunction(() => window.__cy?.nodes().length);
  for (const depth of [1, 2, 3] as const) {
    await page.keyboard.press(String(depth));
    const expected = applyFilters(graph, { ...DEFAULT_FILTERS, season: 's1', focus: { id: 'ha-ri', depth } });
    await expect.poll(() => visibleIds(page)).toEqual([...expected.nodes].sort());
  }
  expect(page.url()).toContain('depth=3');
  await page.keyboard.press('Escape');
  await expect
    .poll(() => visibleIds(page))
    .toEqual([...applyFilters(graph, { ...DEFAULT_FILTERS, season: 's1' }).nodes].sort());
});

test('how are they connected: shortest path and alternatives, told and highlighted, by chosen kinds', async ({
  page,
}) => {
  await page.getByText('How are they connected?').click();
  await page.getByLabel('From', { exact: true }).selectOption('on-jo');
  await page.getByLabel('To', { exact: true }).selectOption('jin-su');
  const visible = applyFilters(graph, DEFAULT_FILTERS).links;
  const expected = findPaths(graph, visible, new Set(['relationship', 'trauma', 'loyalty']), 'on-jo', 'jin-su');
  expect(expected.length).toBeGreaterThan(1);
  const results = page.getByRole('list', { name: 'How are they connected?' }).locator('> li');
  await expect(results).toHaveCount(expected.length);
  await expect(results.first().locator('.path-steps li')).toHaveCount(expected[0]!.links.length);
  await expect.poll(() => pathEdges(page)).toEqual([...expected[0]!.links].sort());
  await results.nth(1).getByRole('button').click();
  await expect.poll(() => pathEdges(page)).toEqual([...expected[1]!.links].sort());
  // Loyalty links alone do not connect them.
  for (const kind of ['Relationship', 'Trauma']) await page.getByRole('checkbox', { name: kind }).uncheck();
  await expect(page.getByText('No connection through the visible links')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__cy!.elements('.is-path').length)).toBe(0);
});
