import { expect, type Page, test } from './fixtures';
import { loadShippedGraph } from './helpers';

/**
 * Keyboard-only journeys (no mouse) through season 1 of the shipped story chart: 33 characters, 79 links.
 * Before an arrow key a test places the one neighbour it expects in that direction near the selection and
 * pushes the other neighbours further out, so the journeys hold whatever `npm run layout` designs next;
 * which neighbour the arrow reaches is then decided by the app's own rule, not by the drawing.
 */
const graph = loadShippedGraph();
const SHOTS = process.env.KEYBOARD_SHOTS;
// Journeys of many steps: twice the usual time, for a shared and loaded machine.
test.describe.configure({ timeout: 120_000 });

async function openSeason1(page: Page, lang: 'en' | 'ko') {
  await page.goto(`/?season=s1${lang === 'ko' ? '&lang=ko' : ''}`);
  // Group boxes are nodes too: wait for the graph's own nodes, as every e2e file does.
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
  await page.waitForFunction(() => window.__cy!.nodes(':visible').length > 0);
}

/** Puts `target` 80 px from `from` in `direction` and every other neighbour of `from` at least 400 px away. */
async function place(page: Page, from: string, target: string, direction: 'right' | 'left' | 'up' | 'down') {
  await page.evaluate(
    ({ from, target, direction }) => {
      const cy = window.__cy!;
      const centre = cy.getElementById(from).position();
      const [dx, dy] = { right: [1, 0], left: [-1, 0], up: [0, -1], down: [0, 1] }[direction];
      cy.getElementById(from)
        .neighborhood('node')
        .forEach((node) => {
          if (node.id() === target) return;
          const p = node.position();
          const [vx, vy] = [p.x - centre.x, p.y - centre.y];
          const length = Math.hypot(vx, vy) || 1;
          if (length < 400) node.position({ x: centre.x + (vx / length) * 400, y: centre.y + (vy / length) * 400 });
        });
      cy.getElementById(target).position({ x: centre.x + dx! * 80, y: centre.y + dy! * 80 });
    },
    { from, target, direction },
  );
}

const selectedIds = (page: Page) => page.evaluate(() => window.__cy!.nodes('.is-selected').map((n) => n.id()));
const visibleCount = (page: Page) => page.evaluate(() => window.__cy!.nodes(':visible').length);

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const TEXT = {
  en: {
    skipToChart: 'Skip to chart',
    chart: 'Relationship chart, 33 characters. Arrow keys move between connected characters, Enter opens the card',
    leadAnnounced: 'Selected Yoon Gwi-nam, Character, 16 links',
    moveAnnounced: 'Nam On-jo — Lee Cheong-san confesses to Nam On-jo that he has loved her since they were six',
    card: 'Nam On-jo 남온조',
    focusBar: 'Showing Nam On-jo and neighbours up to 2 steps',
    searchLabel: 'Search names',
    searchAnnounced: 'Selected Choi Nam-ra, Character',
    searchMove: 'Lee Su-hyeok — Lee Su-hyeok and Choi Nam-ra admit they like each other and kiss',
    season: /^Season 1/,
  },
  ko: {
    skipToChart: '관계도로 건너뛰기',
    chart: '관계도, 인물 33명. 화살표 키로 연결된 인물 사이를 이동하고 Enter 키로 카드를 엽니다',
    leadAnnounced: '윤귀남 선택됨, 인물, 연결 16개',
    moveAnnounced: '남온조 — 이청산은 여섯 살 때부터 좋아했다고 남온조에게 고백한다',
    card: '남온조 Nam On-jo',
    focusBar: '남온조와 2단계 이웃 표시 중',
    searchLabel: '이름 검색',
    searchAnnounced: '최남라 선택됨, 인물',
    searchMove: '이수혁 — 이수혁과 최남라는 서로 좋아한다고 고백하고 입을 맞춘다',
    season: /^시즌 1|^Season 1/,
  },
} as const;

for (const lang of ['en', 'ko'] as const) {
  const t = TEXT[lang];

  test(`${lang}: Tab reaches the chart, arrows travel, Enter opens the card, Esc leaves focus then the selection`, async ({
    page,
  }) => {
    await openSeason1(page, lang);
    const announcer = page.getByTestId('announcer');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: t.skipToChart })).toBeFocused();
    await shot(page, `${lang}-1-skip-link`);
    await page.keyboard.press('Enter');
    const chart = page.getByRole('application', { name: t.chart });
    await expect(chart).toBeFocused();
    await shot(page, `${lang}-2-chart-focused`);

    // Nothing selected: the first arrow starts at the lead.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selectedIds(page)).toEqual(['gwi-nam']);
    await expect(announcer).toHaveText(t.leadAnnounced);
    await expect(chart).toBeFocused();
    await shot(page, `${lang}-3-lead`);

    await place(page, 'gwi-nam', 'cheong-san', 'right');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selectedIds(page)).toEqual(['cheong-san']);

    await place(page, 'cheong-san', 'on-jo', 'down');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => selectedIds(page)).toEqual(['on-jo']);
    await expect(announcer).toContainText(t.moveAnnounced);
    await shot(page, `${lang}-4-neighbour`);

    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: t.card })).toBeFocused();
    await shot(page, `${lang}-5-card`);

    await page.keyboard.press('2');
    await expect(page.locator('.focus-bar')).toContainText(t.focusBar);
    const focused = await visibleCount(page);
    expect(focused).toBeLessThan(graph.nodes.length);
    await shot(page, `${lang}-6-focus-mode`);

    await page.keyboard.press('Escape');
    await expect(page.locator('.focus-bar')).toHaveCount(0);
    await expect.poll(() => visibleCount(page)).toBeGreaterThan(focused);
    await expect.poll(() => selectedIds(page)).toEqual(['on-jo']);
    await page.keyboard.press('Escape');
    await expect.poll(() => selectedIds(page)).toEqual([]);
    await expect(page.getByRole('article')).toHaveCount(0);
    // The card went away under the keyboard user: focus comes back to the chart, not to nowhere.
    await expect(chart).toBeFocused();
    await shot(page, `${lang}-7-cleared`);
  });

  test(`${lang}: search, Enter, and the arrows go on from the chosen character on the chart`, async ({ page }) => {
    await openSeason1(page, lang);
    const announcer = page.getByTestId('announcer');
    await page.keyboard.press('/');
    const search = page.getByRole('combobox', { name: t.searchLabel });
    await expect(search).toBeFocused();
    await page.keyboard.type('Nam-ra');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedIds(page)).toEqual(['nam-ra']);
    await expect(page.getByRole('application', { name: t.chart })).toBeFocused();
    await expect(announcer).toContainText(t.searchAnnounced);
    await shot(page, `${lang}-8-search-chosen`);

    await place(page, 'nam-ra', 'su-hyeok', 'right');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selectedIds(page)).toEqual(['su-hyeok']);
    await expect(announcer).toContainText(t.searchMove);
    // The season stays as chosen: no arrow reached the season radios.
    await expect(page.getByRole('radio', { name: t.season })).toBeChecked();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset'))).toBeNull();
    await shot(page, `${lang}-9-search-moved`);
  });
}

test('a key the app does not use on the focused control stays with the browser', async ({ page }) => {
  await openSeason1(page, 'en');
  // On a button an arrow is not a chart key: the selection does not move, the button keeps focus.
  await page.getByRole('button', { name: 'Fit' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await selectedIds(page)).toEqual([]);
  await expect(page.getByRole('button', { name: 'Fit' })).toBeFocused();
  // With nothing selected, Escape and 1–3 mean nothing, so the page still receives them unprevented;
  // an arrow with nothing focused starts travel at the lead, and only that one is taken.
  const prevented = await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const seen: boolean[] = [];
    document.addEventListener('keydown', (e) => setTimeout(() => seen.push(e.defaultPrevented)));
    for (const key of ['Escape', '2', 'ArrowDown']) {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }
    return new Promise<boolean[]>((resolve) => setTimeout(() => resolve(seen), 50));
  });
  expect(prevented).toEqual([false, false, true]);
});

test('a filter change is announced with what it left on screen, in English and Korean', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
  const announcer = page.getByTestId('announcer');
  await page.getByRole('radio', { name: /^Season 1/ }).check();
  await expect(announcer).toHaveText('Season 1: 33 characters, 79 links');
  await page.goto('/?lang=ko');
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
  await page.getByRole('radio', { name: /^시즌 1/ }).check();
  await expect(announcer).toHaveText('시즌 1: 인물 33명, 연결 79개');
});
