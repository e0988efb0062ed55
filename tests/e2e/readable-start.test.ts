import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer } from './helpers';
import { leadsNamed, readableNames } from './touchHelpers';

// Where the whole chart fitted on screen would draw even the leads' names under 10 px, the first view is
// the readable start view (names at 10 px, the leads in the middle); Fit still shows everything.
const graph = loadShippedGraph();

const allInView = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__cy!;
    const ext = cy.extent();
    const b = cy.nodes(':visible').not('.is-group').boundingBox({ includeLabels: false });
    return b.x1 >= ext.x1 && b.x2 <= ext.x2 && b.y1 >= ext.y1 && b.y2 <= ext.y2;
  });

test('1280 × 720 with actors and places: the first view names the characters instead of a nameless whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExplorer(page, graph.nodes.length, '/?upto=s1e12&layers=actors%2Cplaces');
  expect(await readableNames(page)).toBeGreaterThanOrEqual(12);
  expect(await leadsNamed(page)).toEqual(['cheong-san', 'gwi-nam', 'ha-ri', 'nam-ra', 'on-jo', 'su-hyeok']);
  expect(await allInView(page)).toBe(false);
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(() => allInView(page)).toBe(true);
  expect(await readableNames(page)).toBe(0);
});

test('turning actors and places on at 1280 × 720 keeps names on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExplorer(page, graph.nodes.length, '/?upto=s1e12');
  expect(await readableNames(page)).toBeGreaterThanOrEqual(12);
  await page.getByRole('checkbox', { name: 'Actors' }).check();
  await page.getByRole('checkbox', { name: 'Places' }).check();
  await expect.poll(() => page.evaluate(() => window.__cy!.nodes('.kind-actor:visible').length)).toBe(30);
  await expect.poll(() => readableNames(page)).toBeGreaterThanOrEqual(12);
  expect(await leadsNamed(page)).toEqual(['cheong-san', 'gwi-nam', 'ha-ri', 'nam-ra', 'on-jo', 'su-hyeok']);
});

test('a landscape tablet (1180 × 820) keeps the side column and opens on named leads', async ({ page }) => {
  await page.setViewportSize({ width: 1180, height: 820 });
  await openExplorer(page, graph.nodes.length, '/?upto=s1e12');
  expect(await readableNames(page)).toBeGreaterThanOrEqual(12);
  expect(await leadsNamed(page)).toEqual(['cheong-san', 'gwi-nam', 'ha-ri', 'nam-ra', 'on-jo', 'su-hyeok']);
  await expect(page.locator('.sheet')).toHaveCount(0);
});
