import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { findPaths } from '../../src/domain/paths';
import { LOYALTY_TYPES, RELATIONSHIP_TYPES, TRAUMA_TYPES } from '../../src/domain/schema';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openMenu, watchConsole } from './helpers';

const graph = loadShippedGraph();
const STORY_TYPES = [...RELATIONSHIP_TYPES, ...TRAUMA_TYPES, ...LOYALTY_TYPES];
const at = (season: number, episode: number) => ({ season, episode });
const open = async (page: Page, path: string) => {
  await page.goto(path);
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
};
const cursorPicker = (page: Page) => page.getByLabel("I've watched up to");
const isVisible = (page: Page, id: string) =>
  page.evaluate((elementId) => window.__cy!.getElementById(elementId).visible(), id);
/** A link as the card tells it: the data's English sentence template with both names filled in. */
const told = (id: string) => {
  const link = graph.linkById.get(id)!;
  const name = (nodeId: string) => graph.nodeById.get(nodeId)!.label;
  return link.sentence!.en.replace('{source}', name(link.source)).replace('{target}', name(link.target));
};
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

let consoleMessages: string[] = [];
test.beforeEach(({ page }) => {
  consoleMessages = watchConsole(page);
});
test.afterEach(() => expect(consoleMessages).toEqual([]));

test('a fact with a season but no episode appears at the last episode of that season, not before', async ({ page }) => {
  // No source places Jin Seon-mu's holding of So-ju in the camp in an episode.
  const held = graph.linkById.get('seon-mu--captivity--so-ju')!;
  expect(held.episode).toBeUndefined();
  await open(page, '/?upto=s1e11&sel=seon-mu');
  const card = page.getByRole('article', { name: /Jin Seon-mu/ });
  await expect(card).toBeVisible();
  await expect(card.locator('.link-list')).not.toContainText(told(held.id));
  expect(await isVisible(page, held.id)).toBe(false);
  await cursorPicker(page).selectOption('s1e12');
  await expect(card.locator('.link-list')).toContainText(told(held.id));
  await expect.poll(() => isVisible(page, held.id)).toBe(true);
  await expect(card.locator('.link-list li', { hasText: told(held.id) })).toContainText('S1, on screen');
});

test('roles, descriptions and notes about the whole story wait for the end of the first season', async ({ page }) => {
  const gwiNam = graph.nodeById.get('gwi-nam')!;
  // Roles are spoiler-free lines; the description tells what becomes of him.
  const role = gwiNam.description ?? '';
  expect(role).toContain('half-zombie');
  await open(page, '/?upto=s1e2&sel=gwi-nam');
  const card = page.getByRole('article', { name: /Gwi-nam/ });
  await expect(card).toBeVisible();
  await expect(card).not.toContainText('half-zombie');
  // A link seen in episode 1 is listed, but its note (told with hindsight) is not.
  const nameTag = graph.linkById.get('on-jo--crush--su-hyeok')!;
  await open(page, '/?upto=s1e2&sel=on-jo');
  const onJo = page.getByRole('article', { name: /Nam On-jo/ });
  const line = onJo.locator('.link-list li', { hasText: nameTag.label! });
  await expect(line).toBeVisible();
  await expect(line).not.toContainText(nameTag.note!);
  await cursorPicker(page).selectOption('s1e12');
  await expect(line).toContainText(nameTag.note!);
  await page.getByRole('combobox', { name: 'Search names' }).fill('Gwi-nam');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: /Gwi-nam/ })).toContainText(role);
});

test('a link seen at the cursor is told without its hindsight second caption until the season ends', async ({
  page,
}) => {
  const confession = graph.linkById.get('cheong-san--crush--on-jo')!;
  expect(confession.episode).toBe(8);
  await open(page, '/?upto=s1e8&sel=on-jo&from=on-jo&to=cheong-san');
  const card = page.getByRole('article', { name: /Nam On-jo/ });
  const line = card.locator('.link-list li', { hasText: told(confession.id) });
  await expect(line).toBeVisible();
  await expect(line).not.toContainText(confession.labelReverse!);
  const shortest = page.locator('.path-steps').first();
  await expect(shortest).toContainText(told(confession.id));
  await expect(shortest).not.toContainText(confession.labelReverse!);
  await cursorPicker(page).selectOption('s1e12');
  await expect(line).toContainText(confession.labelReverse!);
});

test('seasons past the cursor cannot be chosen, and the season-2 announcements wait for "everything"', async ({
  page,
}) => {
  await open(page, '/?season=s2');
  await expect(page.getByRole('radio', { name: /^Season 2/ })).toBeChecked();
  await cursorPicker(page).selectOption('s1e4');
  const season2 = page.getByRole('radio', { name: /^Season 2/ });
  await expect(season2).toBeDisabled();
  await expect(season2).toHaveAttribute('title', /past the episode you have watched up to/);
  await expect(page.getByRole('radio', { name: 'All seasons' })).toBeChecked();
  expect(query(page).season).toBeUndefined();
  await page.getByText('Announced for Season 2', { exact: true }).click();
  const diff = page.locator('.season-diff');
  await expect(diff).toContainText(
    'Choose “everything” under “I’ve watched up to” to see what is announced for Season 2.',
  );
  await expect(diff.locator('.diff-links > li, .diff-statuses > li')).toHaveCount(0);
  await cursorPicker(page).selectOption('all');
  await expect(season2).toBeEnabled();
  await expect(diff.locator('.diff-links > li').first()).toBeVisible();
});

test('the URL drops a selection, focus and path end the cursor hides, and keeps other parameters', async ({ page }) => {
  await open(page, '/?ref=newsletter&sel=maru&focus=maru&from=maru&to=on-jo');
  await expect(page.getByRole('article', { name: /Yong Maru/ })).toBeVisible();
  await cursorPicker(page).selectOption('s1e4');
  await expect(page.getByRole('article', { name: /Yong Maru/ })).toHaveCount(0);
  await expect.poll(() => query(page)).toEqual({ ref: 'newsletter', upto: 's1e4', to: 'on-jo' });
  // A shared link that names a later character opens without it, and says so in its own URL.
  await open(page, '/?upto=s1e4&sel=maru&focus=maru&ref=newsletter');
  await expect(page.getByRole('article', { name: /Yong Maru/ })).toHaveCount(0);
  await expect.poll(() => query(page)).toEqual({ upto: 's1e4', ref: 'newsletter' });
  await expect(page.getByTestId('visible-counts')).not.toContainText(/^1 character/);
});

test('legend, path answers and table show nothing past the cursor', async ({ page }) => {
  const cursor = at(1, 4);
  const visible = applyFilters(graph, { ...DEFAULT_FILTERS, cursor });
  await open(page, '/?upto=s1e4&from=on-jo&to=gwi-nam');
  // Legend: a kind of link nobody has seen yet is not even listed; the counts are those of the cursor.
  const legend = page.getByRole('region', { name: 'Legend' });
  const typeOf = (id: string) => graph.linkById.get(id)!.type;
  const seenTypes = new Set([...visible.links].map(typeOf));
  const unseenTypes = [...new Set(graph.links.map((l) => l.type))].filter(
    (t): t is string => t !== undefined && !seenTypes.has(t) && (STORY_TYPES as readonly string[]).includes(t),
  );
  expect(unseenTypes.length).toBeGreaterThan(0);
  for (const type of unseenTypes) {
    await expect(legend.locator('.legend-types .legend-label', { hasText: new RegExp(`^${type}$`) })).toHaveCount(0);
  }
  const trauma = [...visible.links].filter((id) => graph.linkById.get(id)!.kind === 'trauma').length;
  await expect(legend.getByRole('button', { name: /^Trauma/ }).locator('.legend-count')).toHaveText(String(trauma));
  // Path answers walk only links seen by episode 4.
  const story = new Set(['relationship', 'trauma', 'loyalty']);
  const expected = findPaths(graph, visible.links, story, 'on-jo', 'gwi-nam');
  const results = page.getByRole('list', { name: 'How are they connected?' }).locator('> li');
  await expect(results).toHaveCount(expected.length);
  const steps = await results.locator('.path-steps li').allTextContents();
  expect(steps).toHaveLength(expected.reduce((n, p) => n + p.links.length, 0));
  const seenLabels = new Set([...visible.links].map((id) => graph.linkById.get(id)!.label));
  const unseenLabels = graph.links.flatMap((l) => (l.label && !seenLabels.has(l.label) ? [l.label] : []));
  for (const label of unseenLabels) expect(steps.join('\n')).not.toContain(` ${label} `);
  // Table: exactly the links seen so far, and only their sources.
  await openMenu(page);
  await page.getByLabel('View').selectOption('table');
  const links = page.getByRole('table', { name: /Links/ });
  await expect(links.locator('tbody tr')).toHaveCount(visible.links.size);
  const finale = graph.linkById.get('cheong-san--sacrifices-self-for--on-jo')!;
  expect(finale.episode).toBe(11);
  await expect(links).not.toContainText(finale.label!);
  const seenSources = new Set([...visible.links].flatMap((id) => graph.linkById.get(id)!.sources));
  const unseen = [...graph.sources.values()].filter((s) => !seenSources.has(s.id));
  const tableText = await links.innerText();
  expect(unseen.length).toBeGreaterThan(0);
  for (const source of unseen) expect(tableText).not.toContain(source.title);
});
