import { readFileSync } from 'node:fs';

import { PNG } from 'pngjs';

import { canvasName } from '../../src/domain/displayText';
import { parseGraph } from '../../src/domain/parseGraph';
import { download, openExportDialog } from './exportHelpers';
import { expect, type Locator, type Page, test } from './fixtures';
import { openMenu, watchConsole } from './helpers';

// Names, captions and sources full of markup, script URLs, right-to-left overrides and a 10,000-character
// name. Every payload would set `window.__hostile` (and open an alert) if it ever ran.
const file: unknown = JSON.parse(readFileSync(new URL('../fixtures/hostile-graph.json', import.meta.url), 'utf8'));
const graph = parseGraph(file);
const node = (id: string) => graph.nodeById.get(id)!;
const IMG_LABEL = node('c-img').label;
const LONG_LABEL = node('c-long').label;
const VIEWPORT = { width: 1280, height: 800 };

let consoleMessages: string[] = [];
let dialogs: string[] = [];

test.beforeEach(async ({ page }) => {
  consoleMessages = watchConsole(page);
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    Reflect.set(window, '__violations', violations);
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.route('**/graph.json', (route) => route.fulfill({ json: file }));
});

test.afterEach(async ({ page }) => {
  const trace = await page.evaluate(() => ({
    flag: Reflect.get(window, '__hostile') as unknown,
    violations: Reflect.get(window, '__violations') as string[],
    // The export preview is the app's own image of an object URL (`blob:`), which markup cannot make.
    injected: [
      ...document.querySelectorAll(
        'img:not([src^="blob:"]), iframe, object, embed, script:not([src]), svg:not([aria-hidden])',
      ),
    ].map((el) => el.outerHTML.slice(0, 80)),
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
    ),
    scripts: [...document.scripts].map((s) => new URL(s.src).origin),
  }));
  expect.soft(trace.flag).toBeUndefined();
  expect.soft(trace.violations).toEqual([]);
  expect.soft(trace.injected).toEqual([]);
  expect.soft(trace.handlers).toEqual([]);
  expect.soft(new Set(trace.scripts)).toEqual(new Set([new URL(page.url()).origin]));
  expect.soft(dialogs).toEqual([]);
  expect.soft(consoleMessages).toEqual([]);
});

const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Search names' });

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
  await expect(page.getByRole('button', { name: 'Export image…' })).toBeEnabled();
}

/** True when the characters of `word` (inside `root`) are laid out left to right on screen. */
function readsLeftToRight(root: Locator, word: string): Promise<boolean> {
  return root.evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const at = text.textContent!.indexOf(w);
      if (at < 0) continue;
      const boxes = [...w].map((_, i) => {
        const range = document.createRange();
        range.setStart(text, at + i);
        range.setEnd(text, at + i + 1);
        return range.getBoundingClientRect();
      });
      // Compared within one line only: a word may wrap.
      const pairs = boxes.slice(1).map((box, i) => [boxes[i]!, box] as const);
      const sameLine = pairs.filter(([a, b]) => Math.abs(a.top - b.top) < 2);
      if (sameLine.length === 0) throw new Error(`"${w}" has no two letters on one line`);
      return sameLine.every(([a, b]) => b.left > a.left);
    }
    throw new Error(`"${w}" is not in ${el.tagName}`);
  }, word);
}

/**
 * The element stays inside the window and the page never scrolls sideways; unless `clipped` (text cut
 * with "…" on purpose), its content does not stick out of it either.
 */
async function expectWithinViewport(page: Page, locator: Locator, clipped = false): Promise<void> {
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORT.width);
  if (!clipped) expect(await locator.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('markup in names, captions and sources shows as text in search, card, tooltips and canvas', async ({ page }) => {
  await open(page);
  // The canvas draws the label as characters: Cytoscape holds the same string (its one overlong word
  // cut, as every canvas name is), with the actor below it.
  const labels = await page.evaluate(() => window.__cy!.getElementById('c-img').style('label'));
  expect(labels).toBe(`${canvasName(IMG_LABEL)}\n${canvasName(node('a-js').label)}`);
  expect(labels.startsWith('<img src=x onerror=')).toBe(true);

  await page.getByRole('combobox', { name: 'Search names' }).fill('<img');
  const option = suggestions(page).getByRole('option', { name: /<img src=x/ });
  await expect(option).toContainText(IMG_LABEL);
  await option.click();

  const card = page.getByRole('article');
  await expect(card.getByRole('heading', { level: 2 })).toContainText(IMG_LABEL);
  const character = node('c-img');
  if (character.kind !== 'character') throw new Error('fixture: c-img is a character');
  await expect(card).toContainText(character.role!);
  await expect(card).toContainText(character.group!);
  await expect(card).toContainText(character.aliases![0]!);
  await expect(card).toContainText(character.description!);
  await expect(card.locator('.status-strip li')).toHaveAttribute('title', character.status[0]!.note!);
  await expect(card.getByRole('button', { name: `Go to ${node('c-rtl').label}` })).toBeVisible();
  await expect(card.getByRole('button', { name: node('a-js').label, exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(graph.meta.title);
});

test('source links open only http(s) URLs; other schemes are plain text', async ({ page }) => {
  await open(page, '?sel=c-rtl');
  const line = page.getByRole('article').getByRole('listitem').filter({ hasText: 'src-js' });
  const links = line.getByRole('link');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveText('src-ok');
  await expect(links).toHaveAttribute('href', new URL(graph.sources.get('src-ok')!.url!).href);
  await expect(links).toHaveAttribute('title', graph.sources.get('src-ok')!.title);
  for (const id of ['src-js', 'src-data', 'src-tab']) {
    // Plain text, with the source's title (markup and all) as its tooltip.
    await expect(line.getByText(id, { exact: true })).toBeVisible();
    await expect(line.getByText(id, { exact: true })).toHaveAttribute('title', graph.sources.get(id)!.title);
  }
  // Resolved as the browser follows them: the app's own relative links (the licence) count as http too.
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
});

test('the table shows hostile text as text and keeps a 10,000-character name inside the window', async ({ page }) => {
  await open(page, '?view=table');
  const characters = page.getByRole('table', { name: /Characters/ });
  await expect(characters.locator('tbody tr', { hasText: IMG_LABEL })).toHaveCount(1);
  const links = page.getByRole('table', { name: /Links/ });
  await expect(links).toContainText(graph.sources.get('src-data')!.title);
  const longRow = characters.locator('tbody tr').filter({ hasText: 'Longname' });
  const shown = (await longRow.locator('td').first().textContent())!;
  expect(shown.length).toBeLessThan(200);
  expect(shown.endsWith('…')).toBe(true);
  await expectWithinViewport(page, page.getByRole('region', { name: 'Table' }));
  await expectWithinViewport(page, page.locator('.side-column'));
  await expectWithinViewport(page, characters);
  await expectWithinViewport(page, links);
});

test('a 10,000-character name is shortened on the card, in search and on the canvas', async ({ page }) => {
  await open(page, '?sel=c-long');
  const card = page.getByRole('article');
  const title = (await card.getByRole('heading', { level: 2 }).textContent())!;
  expect(title.length).toBeLessThan(300);
  expect(title).toContain('…');
  await expectWithinViewport(page, card);
  await expectWithinViewport(page, page.locator('.side-column'));
  expect((await card.getByRole('heading', { level: 2 }).boundingBox())!.height).toBeLessThan(VIEWPORT.height / 3);
  // The graph keeps its room next to the card.
  expect((await page.locator('.graph-canvas').boundingBox())!.width).toBeGreaterThan(VIEWPORT.width / 2);

  await page.getByText('How are they connected?').click();
  const from = page.getByRole('combobox', { name: 'From', exact: true });
  const choice = (await from.locator('option', { hasText: 'Longname' }).textContent())!;
  expect(choice.length).toBeLessThan(200);
  await expectWithinViewport(page, page.locator('.side-column'));
  await from.selectOption('c-long');
  await page.getByRole('combobox', { name: 'To', exact: true }).selectOption('c-img');
  await expect(page.locator('.path-steps').first()).toContainText(`protects`);
  await expectWithinViewport(page, page.locator('.side-column'));

  await page.getByRole('combobox', { name: 'Search names' }).fill('Longname');
  const option = suggestions(page).getByRole('option', { name: /^Longname/ });
  await expect(option).toBeVisible();
  await expectWithinViewport(page, option, true);

  const labelWidth = await page.evaluate(
    () => window.__cy!.getElementById('c-long').boundingBox({ includeLabels: true }).w,
  );
  expect(labelWidth).toBeLessThan(400);
  expect(LONG_LABEL).toHaveLength(10_000);
});

test('right-to-left overrides stay inside the name they come with', async ({ page }) => {
  await open(page, '?sel=c-rtl');
  const line = page.getByRole('article').getByRole('listitem').filter({ hasText: 'src-js' });
  expect.soft(await readsLeftToRight(line, 'Sources')).toBe(true);
  expect.soft(await readsLeftToRight(line, 'screen')).toBe(true);
  await page.getByRole('article').getByRole('button', { name: '1', exact: true }).click();
  expect.soft(await readsLeftToRight(page.locator('.focus-bar'), 'neighbours')).toBe(true);

  await page.getByRole('combobox', { name: 'Search names' }).fill('Evil');
  expect.soft(await readsLeftToRight(suggestions(page).getByRole('option').first(), 'Character')).toBe(true);
  await page.getByRole('combobox', { name: 'Search names' }).fill('');

  await openMenu(page);
  await page.getByLabel('View').selectOption('table');
  const row = page.getByRole('table', { name: /Links/ }).locator('tbody tr').filter({ hasText: 'bullies' });
  expect.soft(await readsLeftToRight(row, 'bullies')).toBe(true);
});

test('the PNG export is named from the slug only and is not stretched by long names', async ({ page }) => {
  await open(page);
  const file = await download(page, await openExportDialog(page));
  expect(file.name).toBe('hostile-graph-all.png');
  const png = PNG.sync.read(file.bytes);
  // Six nodes at 2x: a 10,000-character label drawn in full would make the image tens of thousands wide.
  expect(png.width).toBeGreaterThan(100);
  expect(png.width).toBeLessThan(4096);
});
