import { generateGraph } from '../../bench/generateGraph';
import { applyFilters, countVisible, DEFAULT_FILTERS } from '../../src/domain/filters';
import { parseGraph } from '../../src/domain/parseGraph';
import { expect, test } from './fixtures';
import { closeMenu, openMenu, watchConsole } from './helpers';

// A smoke test only: the 5,000-character graph opens, lays out in the worker, is drawn and filters. Timings
// belong to `npm run bench`, not here.
const file = generateGraph(5000);
const graph = parseGraph(file);

test('a generated graph of 5,000 characters opens, is laid out off the main thread and filters', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleMessages = watchConsole(page);
  await page.route('**/graph.json', (route) => route.fulfill({ json: file }));
  await page.goto('/');
  // While the worker lays it out, the elements go into the canvas in slices, the page answering between
  // them, and a progress line says so; nothing is drawn until both are done (the first frame shows the
  // final positions). Checked in one go so the two observations belong to the same moment.
  const whileBuilding = await page.waitForFunction(() => {
    const progress = document.querySelector('.layout-progress[role=status]');
    return progress && { text: progress.textContent, drawn: performance.getEntriesByName('aouad:graph-drawn').length };
  });
  // The 5,000 characters: the three season nodes are a layer, off in the story chart.
  expect(await whileBuilding.jsonValue()).toEqual({ text: 'Drawing 5,000 nodes…', drawn: 0 });
  await page.waitForFunction(() => performance.getEntriesByName('aouad:graph-laid-out').length > 0, null, {
    timeout: 100_000,
  });
  // Laid out and spread: every node has its own spot and about a node's width of room or more.
  const layout = await page.evaluate(() => {
    const nodes = window.__cy!.nodes('[kind != "group"]');
    const box = nodes.boundingBox({ includeLabels: false });
    const spots = new Set(nodes.map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`));
    return { nodes: nodes.length, spots: spots.size, roomPerNode: Math.sqrt((box.w * box.h) / nodes.length) };
  });
  expect(layout.spots).toBeGreaterThan(layout.nodes * 0.95);
  expect(layout.roomPerNode).toBeGreaterThan(40);
  await expect(page.locator('.layout-progress')).toHaveCount(0);
  // Drawn without group boxes (a box per group would span the whole drawing), and none is offered.
  expect(await page.evaluate(() => window.__cy!.nodes('.is-group').length)).toBe(0);
  await expect(page.getByLabel('Group boxes')).toHaveCount(0);
  // Three seasons do not fit in the bar beside the rest: the choice is in the menu.
  await openMenu(page);
  await page.getByRole('radio', { name: /^Season 1/ }).check();
  await closeMenu(page);
  const c = countVisible(graph, applyFilters(graph, { ...DEFAULT_FILTERS, season: 's1' }));
  await expect(page.getByTestId('visible-counts')).toHaveText(`${c.characters} characters · ${c.links} links shown`);
  await expect
    .poll(() => page.evaluate(() => window.__cy!.nodes('[kind != "group"]:visible').length))
    .toBe(applyFilters(graph, { ...DEFAULT_FILTERS, season: 's1' }).nodes.size);
  // A large graph's search index loads with the first query; suggestions follow once it is built.
  await page.getByRole('combobox', { name: 'Search names' }).fill('Person 4242');
  await expect(page.getByRole('option', { name: /^Person 4242\b/ })).toBeVisible({ timeout: 15_000 });
  expect(consoleMessages).toEqual([]);
});
