import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { REMEMBERED_CURSOR_KEY } from '../../src/state/rememberedCursor';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, visibleIds } from './helpers';

const graph = loadShippedGraph();
const shownAt = (season: number, episode: number) =>
  [...applyFilters(graph, { ...DEFAULT_FILTERS, cursor: { season, episode } }).nodes].sort();
const open = async (page: Page, path: string) => {
  await page.goto(path);
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
};
const stored = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), REMEMBERED_CURSOR_KEY);
const upto = (page: Page) => new URL(page.url()).searchParams.get('upto');
const welcome = (page: Page) => page.getByRole('dialog', { name: /who is who/ });
const cursorPicker = (page: Page) => page.getByLabel("I've watched up to");

test.describe('a first visit', () => {
  test.use({ rememberedCursor: null });

  test('asks where the viewer is, shows only episode 1 until answered, and remembers the answer', async ({ page }) => {
    await open(page, '/');
    const dialog = welcome(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Where are you in the show?' })).toBeVisible();
    await expect(dialog.getByRole('button')).toHaveText([
      'Not started yet',
      ...Array.from({ length: 11 }, (_, i) => `S1E${i + 1}`),
      'S1E12: finished season 1',
      'Everything, with season 2 announcements',
    ]);
    await expect.poll(() => visibleIds(page)).toEqual(shownAt(1, 1));
    expect(shownAt(1, 1).length).toBeLessThan(graph.nodes.length);
    expect(upto(page)).toBeNull();
    expect(await stored(page)).toBeNull();

    await dialog.getByRole('button', { name: 'S1E5', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => visibleIds(page)).toEqual(shownAt(1, 5));
    expect(upto(page)).toBe('s1e5');
    expect(await stored(page)).toBe('s1e5');
    await expect(cursorPicker(page)).toHaveValue('s1e5');
  });

  test('in Korean too', async ({ page }) => {
    await open(page, '/?lang=ko');
    const dialog = page.getByRole('dialog', { name: /누가 누구이고/ });
    await expect(dialog.getByRole('heading', { name: '어디까지 보셨나요?' })).toBeVisible();
    await expect(dialog.getByRole('button').first()).toHaveText('아직 안 봤어요');
    await expect(dialog.getByRole('button').nth(5)).toHaveText('1시즌 5화');
    await expect(dialog.getByRole('button').last()).toHaveText('전부 (시즌 2 발표 내용 포함)');
    await dialog.getByRole('button', { name: '아직 안 봤어요' }).click();
    await expect.poll(() => visibleIds(page)).toEqual(shownAt(1, 0));
    expect(upto(page)).toBe('none');
    // Nobody appears before episode 1: the empty chart says why and what to do.
    expect(shownAt(1, 0)).toEqual([]);
    await expect(page.locator('.empty-chart')).toHaveText(
      '1화 전에는 보여 줄 인물이 없습니다. ‘시청’에서 본 회차를 고르세요.',
    );
    await page.getByRole('combobox', { name: '시청한 회차' }).selectOption('s1e1');
    await expect(page.locator('.empty-chart')).toHaveCount(0);
  });

  test('a shared link with a cursor is not asked about, and the URL wins over a remembered answer', async ({
    page,
  }) => {
    test.slow(); // four page loads
    await open(page, '/?upto=s1e3');
    await expect(welcome(page)).toHaveCount(0);
    await expect(cursorPicker(page)).toHaveValue('s1e3');
    await expect.poll(() => visibleIds(page)).toEqual(shownAt(1, 3));
    // Choosing remembers; a later link with its own cursor still wins, without changing what is remembered.
    await cursorPicker(page).selectOption('s1e8');
    expect(await stored(page)).toBe('s1e8');
    await open(page, '/?upto=s1e2');
    await expect(cursorPicker(page)).toHaveValue('s1e2');
    await expect.poll(() => visibleIds(page)).toEqual(shownAt(1, 2));
    expect(await stored(page)).toBe('s1e8');
    // Without a cursor in the link, the remembered answer holds, and the link stays free of it.
    await open(page, '/?sel=cheong-san');
    await expect(welcome(page)).toHaveCount(0);
    await expect(cursorPicker(page)).toHaveValue('s1e8');
    expect(upto(page)).toBeNull();
    await expect.poll(() => visibleIds(page)).toEqual(shownAt(1, 8));
  });
});

test.describe('a returning viewer', () => {
  test.use({ rememberedCursor: 's1e4' });

  test('is not asked again, and the choice stays one click away', async ({ page }) => {
    test.slow(); // two page loads
    await open(page, '/');
    await expect(welcome(page)).toHaveCount(0);
    await expect(cursorPicker(page)).toHaveValue('s1e4');
    await expect.poll(() => visibleIds(page)).toEqual(shownAt(1, 4));
    await cursorPicker(page).selectOption('all');
    // Everything watched: the whole story chart, i.e. every character (actors, places and seasons are layers).
    await expect
      .poll(() => visibleIds(page))
      .toEqual([...graph.nodes.filter((n) => n.kind === 'character').map((n) => n.id)].sort());
    await open(page, '/');
    await expect(cursorPicker(page)).toHaveValue('all');
    expect(upto(page)).toBeNull();
  });
});
