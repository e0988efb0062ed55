import { generateGraph } from '../../bench/generateGraph';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer, openMenu } from './helpers';

const graph = loadShippedGraph();
const WIDTHS = [390, 820, 1280, 1440] as const;

/**
 * Words of the visible controls and headings whose letters the browser laid out on more than one line
 * (e.g. "시/즌"): for each word, a Range over it, and the distinct tops of its line boxes.
 */
const splitWords = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      '.explorer :is(button, label, legend, summary, h1, h2, h3, th, .season-filter span, .card-hint)',
    );
    const split: string[] = [];
    for (const control of controls) {
      if (!control.checkVisibility()) continue;
      const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) split.push(`${match[0]} (in "${control.textContent?.trim().slice(0, 40)}")`);
        }
      }
    }
    return split;
  });

for (const lang of ['en', 'ko'] as const) {
  test(`no control or heading breaks a word, ${lang}, at ${WIDTHS.join(', ')} px`, async ({ page }) => {
    await openExplorer(page, graph.nodes.length, `/?lang=${lang}&sel=cheong-san`);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      expect(await splitWords(page), `at ${width} px, menu closed`).toEqual([]);
      await openMenu(page);
      expect(await splitWords(page), `at ${width} px, menu open`).toEqual([]);
      await page.keyboard.press('Escape');
    }
  });
}

test('the bar is one row of at most 64 px at 1280 and 1440 px, in both languages', async ({ page }) => {
  for (const lang of ['en', 'ko'] as const) {
    await openExplorer(page, graph.nodes.length, `/?lang=${lang}`);
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 720 });
      const bar = (await page.locator('.app-header').boundingBox())!;
      expect(bar.height, `${lang} at ${width} px`).toBeLessThanOrEqual(64);
      // One row: every control in the bar shares the bar's vertical middle.
      const middles = await page
        .locator('.app-header :is(h1, .search-box, .spoiler-cursor, .season-filter, .toolbar > button, .header-menu)')
        .evaluateAll((els) =>
          els.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)),
        );
      expect(Math.max(...middles) - Math.min(...middles), `${lang} at ${width} px`).toBeLessThanOrEqual(4);
    }
  }
});

test('a graph of three seasons keeps its season choice in the menu, so the bar still fits at 1280 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExplorer(page, graph.nodes.length);
  const chooser = page.waitForEvent('filechooser');
  await openMenu(page);
  await page.getByRole('button', { name: 'Open graph…' }).click();
  const file = generateGraph(40);
  await (
    await chooser
  ).setFiles({
    name: 'three-seasons.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(page.locator('.app-header h1')).toHaveText(file.meta.title);
  // Every control of the bar ends inside the screen (the export button was pushed past its right edge).
  const rights = await page
    .locator('.app-header :is(h1, .search-box, .spoiler-cursor, .toolbar > button, .header-menu)')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().right)));
  expect(Math.max(...rights)).toBeLessThanOrEqual(1280);
  await expect(page.locator('.app-header .toolbar > .season-filter')).toHaveCount(0);
  await openMenu(page);
  await expect(page.getByRole('radio', { name: 'Season 3' })).toBeVisible();
});

/** Whether the text a control shows (placeholder or chosen option) fits inside it, with the widths. */
const fits = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el: HTMLInputElement | HTMLSelectElement) => {
    const style = getComputedStyle(el);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font;
    const text = el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? '') : el.placeholder;
    // A select draws its arrow inside the box, about 20 px wide.
    const arrow = el instanceof HTMLSelectElement ? 20 : 0;
    const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
    return { text, fits: context.measureText(text).width <= room };
  });

/** The bar's title, search hint and watched-up-to choice are shown whole, in the given language. */
async function expectBarInFull(page: Page, query: string, expected: { title: string; hint: string; choice: string }) {
  const lang = new URLSearchParams(query).get('lang') ?? 'en';
  await openExplorer(page, graph.nodes.length, `/?${query}`);
  const title = page.locator('.app-header h1');
  // What is shown (the other script's title is hidden below 1700 px).
  expect(await title.innerText()).toBe(expected.title);
  expect(await title.evaluate((h) => h.scrollWidth <= h.clientWidth), `${lang} title cut`).toBe(true);
  expect(await fits(page, '#search-input'), lang).toEqual({ text: expected.hint, fits: true });
  expect(await fits(page, '.spoiler-cursor select'), lang).toEqual({ text: expected.choice, fits: true });
}

test('at 390 px the search hint and the watched-up-to choice read in full, in both languages', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const expected = {
    en: { hint: 'Search', choice: 'Everything', label: 'Watched', name: "I've watched up to" },
    ko: { hint: '검색', choice: '전부', label: '시청', name: '시청한 회차' },
  };
  for (const lang of ['en', 'ko'] as const) {
    await openExplorer(page, graph.nodes.length, `/?lang=${lang}`);
    expect(await fits(page, '#search-input'), lang).toEqual({ text: expected[lang].hint, fits: true });
    expect(await fits(page, '.spoiler-cursor select'), lang).toEqual({ text: expected[lang].choice, fits: true });
    await expect(page.locator('.spoiler-cursor > span')).toHaveText(expected[lang].label);
    // The short label is what is shown; the control keeps its full name for screen readers.
    await expect(page.getByRole('combobox', { name: expected[lang].name })).toHaveValue('all');
    expect(await splitWords(page), lang).toEqual([]);
  }
});

test('at 1280 px the title, the search hint, the watched-up-to choice and the season buttons read in full', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const expected = {
    en: {
      title: 'All of Us Are Dead',
      hint: 'Search a name',
      choice: 'S1E12: finished season 1',
      label: 'Watched',
      seasons: ['All seasons', 'Season 1', 'Season 2'],
      announced: 'Season 2 (announced)',
    },
    ko: {
      title: '지금 우리 학교는',
      hint: '이름 검색',
      choice: '1시즌 12화: 시즌 1 끝까지 봤어요',
      label: '시청',
      seasons: ['모든 시즌', '시즌 1', '시즌 2'],
      announced: '시즌 2 (발표됨)',
    },
  };
  for (const lang of ['en', 'ko'] as const) {
    // The README's picture: season 1 chosen (its pill in bold) and a character selected.
    await expectBarInFull(page, `lang=${lang}&upto=s1e12&season=s1&sel=on-jo`, expected[lang]);
    await expect(page.locator('.spoiler-cursor > span')).toHaveText(expected[lang].label);
    await expect(page.locator('.app-header .season-filter span')).toHaveText(expected[lang].seasons);
    // The announced season's button keeps "announced" in its name for screen readers.
    await expect(page.getByRole('radio', { name: expected[lang].announced })).toBeVisible();
    const header = page.locator('.app-header');
    expect(await header.evaluate((h) => h.scrollWidth <= h.clientWidth), `${lang} bar overflows`).toBe(true);
  }
});

test('at 820 px (a tablet held upright) the title and the watched-up-to choice read in full', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  const expected = {
    en: { title: 'All of Us Are Dead', hint: 'Search a name', choice: 'S1E12' },
    ko: { title: '지금 우리 학교는', hint: '이름 검색', choice: '1시즌 12화' },
  };
  for (const lang of ['en', 'ko'] as const) {
    await expectBarInFull(page, `lang=${lang}&upto=s1e12`, expected[lang]);
  }
});
