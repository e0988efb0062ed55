import type { Language } from '../../src/domain/language';
import { cursorOptions } from '../../src/domain/spoiler';
import { contains, laterTexts } from '../spoilerTexts';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openMenu } from './helpers';

/**
 * The spoiler walk in the browser: at every position of the cursor, in both languages, with actors,
 * places and seasons drawn, the text a reader can reach (the page, every node's card, the table, the
 * search suggestions and the export's alt text) holds nothing the data ties to a later episode. The
 * view-model walk (tests/domain/storyWalk.test.ts) checks the same rule on the model; this one checks
 * what is rendered.
 */
const graph = loadShippedGraph();
const LANGUAGES: Language[] = ['en', 'ko'];
const SEASON_NAMES = new Set(graph.seasons.flatMap((s) => [s.label, s.labelKo ?? s.label]));
/** Source sites, as a card or the table names them before a season's end ("Seoul Economic Daily"). */
const SITES = [...graph.sources.values()].map((source) => source.title.split(':')[0]!.trim());

/** The card of every visible node, opened as a tap opens it. */
async function everyCard(page: Page): Promise<string[]> {
  const ids = await page.evaluate(() => window.__cy!.nodes('[kind != "group"]:visible').map((n) => n.id()));
  const cards: string[] = [];
  for (const id of ids) {
    // Braces: returning the collection would make Playwright serialise the whole graph.
    await page.evaluate((nodeId) => {
      window.__cy!.getElementById(nodeId).emit('tap');
    }, id);
    const card = page.locator('article.node-card');
    await expect(card).toHaveAttribute('data-node', id);
    cards.push(await card.innerText());
  }
  return cards;
}

async function suggestions(page: Page, lang: Language): Promise<string> {
  const box = page.getByRole('combobox', { name: lang === 'ko' ? '이름 검색' : 'Search names' });
  const lists: string[] = [];
  // Letters in most names of either script.
  for (const query of lang === 'ko' ? ['이', '김', '남'] : ['a', 'e', 'o']) {
    await box.fill(query);
    // No list at all when nothing known yet matches: read what is there without waiting for one.
    await page.waitForTimeout(100);
    lists.push(...(await page.getByRole('listbox').allInnerTexts()));
  }
  await box.fill('');
  return lists.join('\n');
}

async function altText(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^(Export image…|이미지 내보내기…)$/ }).click();
  const alt = page.locator('#export-alt');
  await expect(alt).not.toHaveValue('');
  const text = await alt.inputValue();
  // Esc from inside the dialog closes it (from the page it would clear the selection instead).
  await alt.press('Escape');
  await expect(page.locator('dialog.export-dialog')).toBeHidden();
  return text;
}

async function tableText(page: Page, lang: Language): Promise<string> {
  await openMenu(page);
  await page.getByLabel(lang === 'ko' ? '보기' : 'View').selectOption('table');
  return page.locator('.table-view').innerText();
}

for (const position of cursorOptions(graph.seasons)) {
  for (const lang of LANGUAGES) {
    test(`at ${position.id} (${lang}) nothing rendered is tied to a later episode`, async ({ page }) => {
      test.slow();
      await page.goto(`/?upto=${position.id}&lang=${lang}&layers=actors,places,seasons`);
      await page.waitForFunction(() => (window.__cy?.nodes().length ?? 0) > 0);
      const texts = [
        ...(await everyCard(page)),
        // The side column (legend, path finder, season panel) and the names drawn on the canvas; the bar
        // names seasons and announcements, which are cast news, not story.
        await page.locator('.side-column').innerText(),
        ...(await page.evaluate(() => window.__cy!.nodes(':visible').map((n) => String(n.style('label'))))),
        await suggestions(page, lang),
        await altText(page),
      ];
      texts.push(await tableText(page, lang));
      const rendered = texts.join('\n');
      // A source's site may share a word with a later place ("Seoul Economic Daily"): names are checked without them.
      const prose = SITES.reduce((text, site) => text.replaceAll(site, ''), rendered);
      const later = laterTexts(graph, position.cursor, lang);
      const leaks = later
        // Season names label the season filter and the announcements panel: that a season exists is
        // news, not story.
        .filter(({ text }) => !SEASON_NAMES.has(text))
        .filter(({ text, why }) => contains(why.endsWith('first appears later') ? prose : rendered, text))
        .map(({ text, why }) => `${why}: "${text}"`);
      expect(leaks).toEqual([]);
      // The walk is worth something only if the early positions hold texts back.
      if (position.id === 's1e5') expect(later.length).toBeGreaterThan(100);
    });
  }
}
