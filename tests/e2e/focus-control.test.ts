import { applyFilters, DEFAULT_FILTERS, type FocusDepth } from '../../src/domain/filters';
import { expect, test } from './fixtures';
import { loadShippedGraph, visibleIds, watchConsole } from './helpers';

const graph = loadShippedGraph();
const focused = (depth: FocusDepth) =>
  [...applyFilters(graph, { ...DEFAULT_FILTERS, season: 's1', focus: { id: 'ha-ri', depth } }).nodes].sort();
const season1 = [...applyFilters(graph, { ...DEFAULT_FILTERS, season: 's1' }).nodes].sort();

let consoleMessages: string[] = [];
test.beforeEach(async ({ page }) => {
  consoleMessages = watchConsole(page);
  await page.goto('/?season=s1&sel=ha-ri');
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
});
test.afterEach(() => expect(consoleMessages).toEqual([]));

test('the focus control on the card shows depth 1, 2 and 3 and leaves focus', async ({ page }) => {
  const control = page.getByRole('article', { name: /Jang Ha-ri/ }).getByRole('group', { name: 'Focus depth' });
  // Each depth reaches further than the last, so a wrong depth could not pass for the right one.
  expect(new Set([focused(1).length, focused(2).length, focused(3).length]).size).toBe(3);
  for (const depth of [2, 1, 3] as const) {
    await control.getByRole('button', { name: String(depth), exact: true }).click();
    await expect.poll(() => visibleIds(page)).toEqual(focused(depth));
    await expect(control.getByRole('button', { name: String(depth), exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('.focus-bar')).toContainText(`up to ${depth} step`);
  }
  expect(new URL(page.url()).searchParams.get('depth')).toBe('3');
  await control.getByRole('button', { name: 'Leave focus (Esc)' }).click();
  await expect.poll(() => visibleIds(page)).toEqual(season1);
  await expect(page.locator('.focus-bar')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('focus')).toBeNull();
});

test('keys 1–3 set the depth, Esc leaves focus first and clears the selection second', async ({ page }) => {
  await page.keyboard.press('2');
  await expect.poll(() => visibleIds(page)).toEqual(focused(2));
  const control = page.getByRole('group', { name: 'Focus depth' });
  await expect(control.getByRole('button', { name: '2', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
  await expect.poll(() => visibleIds(page)).toEqual(season1);
  await expect(page.getByRole('article', { name: /Jang Ha-ri/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('article', { name: /Jang Ha-ri/ })).toHaveCount(0);
  // With nothing selected, a depth key means nothing.
  await page.keyboard.press('1');
  await expect.poll(() => visibleIds(page)).toEqual(season1);
});

test('the bar above the graph also leaves focus', async ({ page }) => {
  await page.keyboard.press('1');
  await expect.poll(() => visibleIds(page)).toEqual(focused(1));
  await page.locator('.focus-bar').getByRole('button', { name: 'Leave focus (Esc)' }).click();
  await expect.poll(() => visibleIds(page)).toEqual(season1);
});
