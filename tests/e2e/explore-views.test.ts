import { diffSeasons } from '../../src/domain/diff';
import { applyFilters, DEFAULT_FILTERS, LAYERS, legendKey } from '../../src/domain/filters';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, nodeScreenPosition, openExplorer, openMenu, watchConsole } from './helpers';

const graph = loadShippedGraph();
const all = applyFilters(graph, DEFAULT_FILTERS);
const selectedIds = (page: Page) => page.evaluate(() => window.__cy!.nodes('.is-selected').map((n) => n.id()));
const visibleCount = (page: Page, selector: string) =>
  page.evaluate((s) => window.__cy!.elements(s).filter(':visible').length, selector);

let consoleMessages: string[] = [];
test.beforeEach(async ({ page }) => {
  consoleMessages = watchConsole(page);
  await openExplorer(page, graph.nodes.length);
});
test.afterEach(() => expect(consoleMessages).toEqual([]));

test('legend lists kinds and sub-types with live counts and toggles them', async ({ page }) => {
  // With every layer drawn, so that actors, places and seasons are in the legend's counts.
  await openExplorer(page, graph.nodes.length, '/?layers=actors,places,seasons');
  const everything = { ...DEFAULT_FILTERS, layers: LAYERS };
  const legend = page.getByRole('region', { name: 'Legend' });
  const actors = legend.getByRole('button', { name: /^Actor/ });
  const actorCount = graph.nodes.filter((n) => n.kind === 'actor').length;
  await expect(actors).toContainText(String(actorCount));
  await actors.click();
  await expect(actors).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => visibleCount(page, 'node.kind-actor')).toBe(0);
  expect(page.url()).toContain('hide=node%3Aactor');
  const killed = legend.getByRole('button', { name: /^killed/ });
  await killed.click();
  const expected = applyFilters(graph, {
    ...everything,
    hidden: [legendKey.node('actor'), legendKey.type('trauma', 'killed')],
  });
  await expect.poll(() => page.evaluate(() => window.__cy!.edges(':visible').length)).toBe(expected.links.size);
  await actors.click();
  await killed.click();
  await expect
    .poll(() => page.evaluate(() => window.__cy!.elements('[kind != "group"]:visible').length))
    .toBe(graph.nodes.length + graph.links.length);
  // Counts follow the other filters.
  await page.getByRole('radio', { name: /^Season 2/ }).check();
  const s2Actors = applyFilters(graph, { ...everything, season: 's2' });
  const n = [...s2Actors.nodes].filter((id) => graph.nodeById.get(id)?.kind === 'actor').length;
  await expect(actors.locator('.legend-count')).toHaveText(String(n));
});

test('the URL restores the view, Back and Forward step through selections, junk falls back', async ({ page }) => {
  await page.goto('/?season=s1&sel=nam-ra&view=graph&names=hangul');
  await page.waitForFunction(() => window.__cy?.nodes('[kind != "group"]').length);
  await expect(page.getByRole('radio', { name: /^Season 1/ })).toBeChecked();
  await expect.poll(() => selectedIds(page)).toEqual(['nam-ra']);
  // Her Hangul name, with her actor's below it.
  await expect
    .poll(() => page.evaluate(() => window.__cy!.getElementById('nam-ra').style('label')))
    .toBe('최남라\n조이현');
  const card = page.getByRole('article', { name: /Choi Nam-ra/ });
  await card.getByRole('button', { name: 'Go to Lee Su-hyeok' }).first().click();
  await expect.poll(() => selectedIds(page)).toEqual(['su-hyeok']);
  await page.goBack();
  await expect.poll(() => selectedIds(page)).toEqual(['nam-ra']);
  await page.goForward();
  await expect.poll(() => selectedIds(page)).toEqual(['su-hyeok']);
  await page.goto('/?season=s7&sel=<script>&upto=s9e9&view=3d');
  await page.waitForFunction(() => window.__cy?.nodes('[kind != "group"]').length);
  await expect(page.getByText(/were not understood and were reset: upto, season, sel, view/)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'All seasons' })).toBeChecked();
});

test('table view lists the visible characters and links, sorts, and selects on a row', async ({ page }) => {
  await openMenu(page);
  await page.getByLabel('View').selectOption('table');
  await page.getByRole('radio', { name: /^Season 2/ }).check();
  const s2 = applyFilters(graph, { ...DEFAULT_FILTERS, season: 's2' });
  const characters = page.getByRole('table', { name: /Characters/ });
  const s2Characters = [...s2.nodes].filter((id) => graph.nodeById.get(id)?.kind === 'character');
  await expect(characters.locator('tbody tr')).toHaveCount(s2Characters.length);
  await expect(page.getByRole('table', { name: /Links/ }).locator('tbody tr')).toHaveCount(s2.links.size);
  await characters.getByRole('button', { name: /^Name/ }).click();
  await characters.getByRole('button', { name: /^Name/ }).click();
  const names = s2Characters.map((id) => graph.nodeById.get(id)!.label).sort((a, b) => b.localeCompare(a));
  await expect(characters.locator('tbody tr').first()).toContainText(names[0]!);
  await characters.locator('tbody tr', { hasText: 'Han Du-seok' }).click();
  await expect(page.getByRole('article', { name: /Han Du-seok/ })).toBeVisible();
  expect(page.url()).toContain('sel=du-seok');
});

test('keyboard: arrows travel to neighbours, Enter opens the card, changes are announced', async ({ page }) => {
  const start = await nodeScreenPosition(page, 'on-jo');
  await page.mouse.click(start.x, start.y);
  await expect(page.getByTestId('announcer')).toContainText('Selected Nam On-jo, Character');
  await page.mouse.move(0, 0);
  await page.locator('body').focus();
  let moved = false;
  for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown']) {
    await page.keyboard.press(key);
    const now = await selectedIds(page);
    if (now[0] !== 'on-jo') {
      moved = true;
      const neighbours = graph.links.filter((l) => l.source === 'on-jo' || l.target === 'on-jo');
      expect(neighbours.some((l) => l.source === now[0] || l.target === now[0])).toBe(true);
      const name = graph.nodeById.get(now[0]!)!.label;
      // A move names the new selection first, then how it is linked to the one before.
      await expect(page.getByTestId('announcer')).toContainText(`${name} — `);
      break;
    }
  }
  expect(moved).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#card-title')).toBeFocused();
  for (const control of await page.locator('select, input').all()) {
    expect(
      await control.evaluate((el) => (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label')),
    ).toBeTruthy();
  }
});

test('the season-2 panel lists and highlights what is announced for season 2, never an ending', async ({ page }) => {
  const diff = diffSeasons(graph, 's1', 's2', all.links, all.nodes)!;
  expect(diff.announced).toBe(true);
  await page.getByText('Announced for Season 2', { exact: true }).click();
  const panel = page.locator('.season-diff');
  await expect(panel.locator('.diff-links > li')).toHaveCount(diff.links.length);
  await expect(panel.locator('.diff-statuses > li')).toHaveCount(diff.statuses.length);
  await expect(panel.locator('.diff-ended')).toHaveCount(0);
  await expect(panel.locator('.diff-statuses')).not.toContainText('unknown');
  await expect(panel.getByRole('heading', { name: 'Returning' })).toBeVisible();
  await expect(panel.locator('.diff-people').first().locator('li')).toHaveCount(diff.returning.length);
  await expect(panel.locator('.diff-premise')).toContainText(graph.nodeById.get('s2')!.description!.slice(0, 40));
  await panel.getByLabel('Highlight changes on the graph').check();
  const changedLinks = diff.links.flatMap((c) => [...c.before, ...c.after]).length;
  await expect
    .poll(() => page.evaluate(() => window.__cy!.edges('.is-diff-new, .is-diff-ended, .is-diff-changed').length))
    .toBe(changedLinks);
  expect(page.url()).toContain('diff=1');
});

test('themes, Korean interface and Hangul names', async ({ page }) => {
  await openMenu(page);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => window.__cy!.getElementById('on-jo').style('color'))).toBe('rgb(226,232,240)');
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('button', { name: '이미지 내보내기…' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  // A Korean reader gets Hangul names on the chart at once; the names choice still switches them back.
  await expect(page.getByLabel('그래프 이름')).toHaveValue('hangul');
  await expect
    .poll(() => page.evaluate(() => window.__cy!.getElementById('on-jo').style('label')))
    .toBe('남온조\n박지후');
  await page.getByLabel('그래프 이름').selectOption('latin');
  await expect
    .poll(() => page.evaluate(() => window.__cy!.getElementById('on-jo').style('label')))
    .toBe('Nam On-jo\nPark Ji-hu');
  expect(page.url()).toContain('names=latin');
  await page.getByLabel('테마').selectOption('light');
  expect(await page.evaluate(() => window.__cy!.getElementById('on-jo').style('color'))).toBe('rgb(15,23,42)');
});
