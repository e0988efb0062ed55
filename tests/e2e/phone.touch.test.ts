import type cytoscape from 'cytoscape';

import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, nodeScreenPosition, openExplorer, openMenu } from './helpers';
import { pinchOut, readableNames, smallTargets, swipe } from './touchHelpers';

// Runs in the phone (390 × 844) and tablet (820 × 1180) projects: touch, device scale 3 and 2.
const graph = loadShippedGraph();

test.beforeEach(async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
});

/** Id of a character drawn well inside the chart (not under the Fit button or the sheet's edge). */
const characterInView = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__cy!;
    const { w, h } = { w: cy.width(), h: cy.height() };
    const inside = cy.nodes('.kind-character:visible').filter((n) => {
      const p = n.renderedPosition();
      return p.x > 40 && p.x < w - 80 && p.y > 80 && p.y < h - 40;
    });
    // The one farthest from any other node, so a tap on it cannot be read as a neighbour's.
    const distance = (a: cytoscape.Position, b: cytoscape.Position) => Math.hypot(a.x - b.x, a.y - b.y);
    const gap = (n: cytoscape.NodeSingular) =>
      Math.min(
        ...cy
          .nodes(':visible')
          .not(n)
          .map((o) => distance((o as cytoscape.NodeSingular).renderedPosition(), n.renderedPosition())),
      );
    return inside.max((n) => gap(n as cytoscape.NodeSingular)).ele.id();
  });

test('first visit: one slim bar, the chart fills most of the screen, names are readable', async ({ page }) => {
  const viewport = page.viewportSize()!;
  const bar = await page.locator('.app-header').boundingBox();
  expect(bar!.height).toBeLessThanOrEqual(56);
  const chart = await page.locator('.graph-area').boundingBox();
  expect((chart!.width * chart!.height) / (viewport.width * viewport.height)).toBeGreaterThanOrEqual(0.6);
  expect(await readableNames(page)).toBeGreaterThanOrEqual(12);
  // A phone's bar has room for one word; a tablet's for the whole hint (no "press /" on either).
  await expect(page.getByRole('combobox', { name: 'Search names' })).toHaveAttribute(
    'placeholder',
    viewport.width <= 600 ? 'Search' : 'Search a name',
  );
  expect(await smallTargets(page)).toEqual([]);
});

test('tapping a character opens its card in the sheet at half height and centres it', async ({ page }) => {
  const id = await characterInView(page);
  const label = graph.nodeById.get(id)!.label;
  const at = await nodeScreenPosition(page, id);
  await page.touchscreen.tap(at.x, at.y);
  const card = page.getByRole('article', { name: new RegExp(label) });
  await expect(card).toBeInViewport();
  await expect(page.locator('.sheet')).toHaveAttribute('data-stop', 'half');
  await expect(page.locator('#card-title')).toBeInViewport();
  // The chart moved the node to the middle of the part the sheet leaves free.
  await expect
    .poll(async () => {
      const at = await nodeScreenPosition(page, id);
      const chart = (await page.locator('.graph-area').boundingBox())!;
      return Math.abs(at.y - (chart.y + chart.height / 2)) < 30 && Math.abs(at.x - (chart.x + chart.width / 2)) < 30;
    })
    .toBe(true);
  expect(await smallTargets(page)).toEqual([]);
});

test('a tap 20 px beside a node still chooses it', async ({ page }) => {
  const id = await characterInView(page);
  const at = await nodeScreenPosition(page, id);
  const radius = await page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).renderedOuterWidth() / 2, id);
  await page.touchscreen.tap(at.x + radius + 20, at.y);
  await expect(page.locator('#card-title')).toHaveText(new RegExp(graph.nodeById.get(id)!.label.split(' ')[0]!));
});

test('pinch zooms in, up to a limit; one finger pans and never moves a node', async ({ page }) => {
  const chart = (await page.locator('.graph-area').boundingBox())!;
  const middle = { x: chart.x + chart.width / 2, y: chart.y + chart.height / 2 };
  const before = await page.evaluate(() => window.__cy!.zoom());
  await pinchOut(page, middle, 120);
  const after = await page.evaluate(() => window.__cy!.zoom());
  expect(after).toBeGreaterThan(before * 1.3);
  for (let i = 0; i < 3; i++) await pinchOut(page, middle, 160);
  expect(await page.evaluate(() => window.__cy!.zoom())).toBeLessThanOrEqual(4);

  // Returns nothing: handing the Cytoscape instance back to the test would stall in serialisation.
  await page.evaluate(() => {
    window.__cy!.fit(undefined, 30);
  });
  const id = await characterInView(page);
  const position = await page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).position(), id);
  const pan = await page.evaluate(() => window.__cy!.pan());
  await swipe(page, await nodeScreenPosition(page, id), 60, 80);
  expect(await page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).position(), id)).toEqual(position);
  const moved = await page.evaluate(() => window.__cy!.pan());
  expect(Math.round(moved.x - pan.x)).toBe(60);
  expect(Math.round(moved.y - pan.y)).toBe(80);
});

test('search: choosing a result closes the keyboard and shows the card', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search names' });
  await search.tap();
  await search.fill('on-jo');
  await page.getByRole('option', { name: /Nam On-jo/ }).tap();
  await expect(search).not.toBeFocused();
  await expect(page.locator('#card-title')).toBeInViewport();
});

test('Skip to card raises the sheet from its peek and puts focus on the card', async ({ page }) => {
  await openExplorer(page, graph.nodes.length, '/?sel=nam-ra');
  const sheet = page.locator('.sheet');
  await expect(sheet).toHaveAttribute('data-stop', 'peek');
  await page.getByRole('link', { name: 'Skip to card' }).focus();
  await page.keyboard.press('Enter');
  await expect(sheet).toHaveAttribute('data-stop', 'half');
  await expect(page.locator('#card-title')).toBeFocused();
  await expect(page.locator('#card-title')).toBeInViewport();
});

test('the sheet: tap the handle for half and full height, drag it back down to peek', async ({ page }) => {
  const sheet = page.locator('.sheet');
  const handle = page.getByRole('button', { name: /Resize the panel/ });
  await expect(sheet).toHaveAttribute('data-stop', 'peek');
  await handle.tap();
  await expect(sheet).toHaveAttribute('data-stop', 'half');
  await expect(page.getByRole('region', { name: 'Legend' })).toBeInViewport();
  await handle.tap();
  await expect(sheet).toHaveAttribute('data-stop', 'full');
  expect(await smallTargets(page)).toEqual([]);
  // The chart's Fit button stays under the sheet, not floating over its top edge.
  const fit = (await page.getByRole('button', { name: 'Fit' }).boundingBox())!;
  const onTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('.fit-button, .sheet')?.className ?? '',
    { x: fit.x + fit.width / 2, y: fit.y + fit.height / 2 },
  );
  expect(onTop).toContain('sheet');
  const box = (await handle.boundingBox())!;
  await swipe(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, 0, page.viewportSize()!.height);
  await expect(sheet).toHaveAttribute('data-stop', 'peek');
});

test('menu, spoiler limit and image export work on a touch screen', async ({ page }) => {
  await page.getByLabel("I've watched up to").selectOption('s1e4');
  expect(page.url()).toContain('upto=');
  await openMenu(page);
  const menu = page.getByRole('group', { name: 'Menu' });
  await expect(menu.getByLabel('Theme')).toBeInViewport();
  expect(await smallTargets(page)).toEqual([]);
  await menu.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('group', { name: '메뉴' }).getByLabel('테마')).toBeVisible();
  await page.getByRole('group', { name: '메뉴' }).getByRole('button', { name: '이미지 내보내기…' }).tap();
  const dialog = page.getByRole('dialog');
  const download = dialog.getByRole('button', { name: /^다운로드/ });
  await expect(download).toBeInViewport();
  const file = page.waitForEvent('download');
  await download.tap();
  expect((await file).suggestedFilename()).toMatch(/\.png$/);
});
