import { readFileSync } from 'node:fs';

import { STRINGS } from '../../src/i18n/strings';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openMenu, watchConsole } from './helpers';

const MARK = '\u0001';
const graph = loadShippedGraph();
/** Every string in the data file (names, captions, source titles…): data is shown as given, never translated. */
const dataStrings = (function collect(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(collect);
  return [];
})(JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')))
  // A source is named by its site ("The Cinemaholic") until its fact's season is over: data too.
  .flatMap((s) => (s.includes(':') ? [s, s.split(':', 1)[0]!.trim()] : [s]))
  .filter((s) => s.length > 2)
  .sort((a, b) => b.length - a.length);
const withoutData = (text: string) => dataStrings.reduce((rest, data) => rest.split(data).join(MARK), text);

/** Every English interface string: plain values whole, and the fixed words around a function's values. */
function englishLabels(value: unknown): { whole: string[]; fragments: string[] } {
  if (typeof value === 'string') return { whole: [value], fragments: [] };
  if (typeof value === 'function') {
    const text = String((value as (...args: string[]) => unknown)(MARK, MARK, MARK));
    const fragments = text
      .split(MARK)
      .map((part) => part.trim())
      .filter((part) => /[A-Za-z]{3}/.test(part));
    return { whole: [], fragments };
  }
  const parts = Object.values(value as object).map(englishLabels);
  return { whole: parts.flatMap((p) => p.whole), fragments: parts.flatMap((p) => p.fragments) };
}

const { whole, fragments } = englishLabels(STRINGS.en);
const wholeSet = new Set(whole);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const fragmentPatterns = fragments.map((f) => ({ f, re: new RegExp(`(^|[^A-Za-z])${escape(f)}($|[^A-Za-z])`) }));

/** Text nodes and labelling attributes of the main panels, including those in closed panels. */
const panelTexts = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('.explorer')!;
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const text = walker.currentNode.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const el of root.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const text = el.getAttribute(name)?.trim();
        if (text) texts.push(text);
      }
    }
    return texts;
  });

/** English interface words left on screen; the language picker's own "English" is meant to stay. */
const leftoverEnglish = async (page: Page) =>
  (await panelTexts(page)).filter((text) => {
    if (text === 'English') return false;
    if (wholeSet.has(text) || wholeSet.has(text.replace(/:$/, ''))) return true;
    const chrome = withoutData(text);
    return fragmentPatterns.some(({ re }) => re.test(chrome));
  });

let consoleMessages: string[] = [];
test.beforeEach(async ({ page }) => {
  consoleMessages = watchConsole(page);
  // A selection, a focus, a path and the season diff open, so every panel has something to say.
  await page.goto('/?sel=cheong-san&focus=cheong-san&depth=2&from=on-jo&to=su-hyeok&diff=1');
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
});
test.afterEach(() => expect(consoleMessages).toEqual([]));

test('the check finds English labels while the interface is in English', async ({ page }) => {
  const found = await leftoverEnglish(page);
  for (const label of ['Legend', 'Character', 'Status by season', 'How are they connected?', 'Graph controls']) {
    expect(found).toContain(label);
  }
});

test('switched to Korean, no English interface label is left in the main panels', async ({ page }) => {
  await openMenu(page);
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('region', { name: '범례' })).toBeVisible();
  await expect(page.getByRole('article', { name: /Lee Cheong-san/ })).toContainText('시즌별 상태');
  expect(await leftoverEnglish(page)).toEqual([]);
  await page.getByLabel('보기').selectOption('table');
  await expect(page.getByRole('table', { name: /인물/ })).toBeVisible();
  expect(await leftoverEnglish(page)).toEqual([]);
  // The spoiler cursor speaks Korean too, down to its episodes, the announced season and a disabled season.
  await page.getByLabel('시청한 회차').selectOption('s1e3');
  await expect(page.getByLabel('시청한 회차').locator('option:checked')).toHaveText('1시즌 3화');
  await expect(
    page.getByLabel('시청한 회차').locator('option', { hasText: '전부 (시즌 2 발표 내용 포함)' }),
  ).toHaveCount(1);
  // The season buttons use the seasons' Korean names from the data.
  await expect(page.getByRole('radio', { name: /^시즌 2/ })).toHaveAttribute('title', /시청한 회차 이후/);
  expect(await leftoverEnglish(page)).toEqual([]);
});

test('every control has a label, in both languages', async ({ page }) => {
  for (const lang of ['en', 'ko'] as const) {
    if (lang === 'ko') {
      await openMenu(page);
      await page.getByLabel('Language').selectOption('ko');
    }
    const unlabelled = await page.locator('.explorer').evaluate((root) =>
      [...root.querySelectorAll('button, select, input, [role="combobox"]')]
        .filter((el) => {
          const labels = (el as HTMLInputElement).labels;
          const name =
            el.getAttribute('aria-label') ??
            (labels && labels.length > 0 ? labels[0]!.textContent : null) ??
            el.textContent ??
            '';
          return name.trim() === '';
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
  }
});
