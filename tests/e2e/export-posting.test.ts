import {
  type Box,
  choosePreset,
  countColour,
  darkPixels,
  decode,
  download,
  openExportDialog,
  pngSize,
} from './exportHelpers';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer, openMenu } from './helpers';

const graph = loadShippedGraph();

/** What the app says it drew into the last file (exposed by e2e builds only). */
const report = (page: Page) =>
  page.evaluate(() => {
    const r = window.__exportReport!;
    return {
      names: r.names,
      texts: r.frame.flatMap((item) => (item.type === 'text' ? [item] : [])),
    };
  });

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const PRESETS: [string, number, number][] = [
  ['Post, square 1080 × 1080', 1080, 1080],
  ['Post, portrait 1080 × 1350', 1080, 1350],
  ['Story 1080 × 1920', 1080, 1920],
  ['Social 1200 × 675', 1200, 675],
  ['Slide 1920 × 1080', 1920, 1080],
];

test('each posting preset gives its size with title, legend and credit, names ≥ 24 px that never overprint', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await openExplorer(page, graph.nodes.length, '/?season=s1&upto=s1e12');
  const dialog = await openExportDialog(page);
  for (const [label, width, height] of PRESETS) {
    await choosePreset(dialog, label);
    // A posting size turns the legend and caption on by itself.
    await expect(dialog.getByRole('checkbox', { name: 'Legend', exact: true })).toBeChecked();
    const file = await download(page, dialog);
    expect(pngSize(file.bytes), label).toEqual({ width, height });
    const png = decode(file.bytes);
    const { names, texts } = await report(page);
    // The title (English, then the Korean title), the "as of" line and the credit are drawn, as text pixels.
    const title = texts.find((t) => t.role === 'title' && t.text === graph.meta.title)!;
    expect(title, label).toBeDefined();
    expect(texts.map((t) => t.text)).toContain(graph.meta.titleKo);
    expect(texts.map((t) => t.text)).toContain('Season filter: Season 1 · Watched up to: S1E12');
    expect(texts.some((t) => t.text.startsWith('Made with the relationship explorer · 127.0.0.1:'))).toBe(true);
    const titleBox = { x: title.x, y: title.y - title.size / 2, width: title.size * 6, height: title.size };
    expect(darkPixels(png, titleBox), `${label} title pixels`).toBeGreaterThan(200);
    // Legend text is at least 20 px, and the legend's character swatch is there in the node colour.
    const legend = texts.filter((t) => t.role === 'legend');
    expect(legend.length).toBeGreaterThanOrEqual(4);
    for (const t of legend) expect(t.size, `${label} ${t.text}`).toBeGreaterThanOrEqual(20);
    const swatchRow = legend.find((t) => t.text.startsWith('Character'))!;
    expect(countColour(png, '#2563eb', 0, Math.round(swatchRow.x))).toBeGreaterThan(0);
    // Every drawn name is at least 24 px tall, inside the image, clear of every other name, and drawn.
    expect(names!.drawn.length, label).toBeGreaterThanOrEqual(5);
    for (const name of names!.drawn) {
      expect(name.fontPx, `${label} ${name.id}`).toBeGreaterThanOrEqual(24);
      expect(name.box.x).toBeGreaterThanOrEqual(-1);
      expect(name.box.x + name.box.width).toBeLessThanOrEqual(width + 1);
      for (const other of names!.drawn) {
        if (other !== name) expect(intersects(name.box, other.box), `${name.id} / ${other.id}`).toBe(false);
      }
    }
    // In a 1080-wide post the six leads, crowded in the centre, keep their names (Su-hyeok's sits
    // between Cheong-san's, Nam-ra's and the principal's: another name makes way for it).
    const drawnIds = names!.drawn.map((n) => n.id);
    for (const lead of width === 1080 ? ['cheong-san', 'on-jo', 'gwi-nam', 'ha-ri', 'nam-ra', 'su-hyeok'] : []) {
      expect(drawnIds, `${label}: ${lead}`).toContain(lead);
    }
    for (const name of names!.drawn.slice(0, 5)) {
      expect(darkPixels(png, name.box), `${label} ${name.id} pixels`).toBeGreaterThan(40);
    }
  }
});

test('where names would be left out, the dialog says how many and offers one neighbourhood instead', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openExplorer(page, graph.nodes.length, '/?season=s1&upto=s1e12');
  const dialog = await openExportDialog(page);
  await choosePreset(dialog, 'Social 1200 × 675');
  const note = dialog.getByTestId('names-left-out');
  await expect(note).toHaveText(
    /^\d+ names would overprint at this size and are left out\. Show only Yoon Gwi-nam and their links instead$/,
  );
  const before = Number((await note.innerText()).split(' ')[0]);
  expect(before).toBeGreaterThanOrEqual(3);
  await note.getByRole('button', { name: 'Show only Yoon Gwi-nam and their links instead' }).click();
  // The chart behind is in focus mode on him, and the image says so.
  await expect(page.locator('.focus-bar')).toContainText('Showing Yoon Gwi-nam and neighbours up to 1 step');
  await download(page, dialog);
  const { names, texts } = await report(page);
  expect(texts.map((t) => t.text)).toContain('Focus: Yoon Gwi-nam, 1 step');
  expect(names!.leftOut).toBeLessThan(before);
  expect(names!.drawn.map((n) => n.id)).toEqual(expect.arrayContaining(['gwi-nam', 'cheong-san', 'on-jo', 'nam-ra']));
  // In focus mode there is no second offer; a size that keeps every name legible at its scale says nothing.
  await expect(note.getByRole('button')).toHaveCount(0);
  await choosePreset(dialog, '2×');
  await expect(note).toHaveCount(0);
});

test('Copy image puts the PNG of the chosen size on the clipboard', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openExplorer(page, graph.nodes.length);
  const dialog = await openExportDialog(page);
  await choosePreset(dialog, 'Post, square 1080 × 1080');
  await dialog.getByRole('button', { name: 'Copy image' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Image copied' })).toBeVisible();
  const base64 = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const bytes = new Uint8Array(await (await item!.getType('image/png')).arrayBuffer());
    return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
  });
  expect(pngSize(Buffer.from(base64, 'base64'))).toEqual({ width: 1080, height: 1080 });
});

test('Share… appears only where files can be shared, and hands over the image with its alt text', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  // Desktop headless Chromium cannot share files: no button.
  await expect((await openExportDialog(page)).getByRole('button', { name: 'Share…' })).toHaveCount(0);
  const phone = await page.context().newPage();
  await phone.addInitScript(() => {
    // A phone's Web Share API, as Android Chrome offers it.
    Object.defineProperty(Navigator.prototype, 'canShare', {
      configurable: true,
      value: (data: { files?: File[] }) => Array.isArray(data.files),
    });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: { files: File[]; text: string }) => {
        const [file] = data.files;
        Reflect.set(window, '__shared', { name: file!.name, type: file!.type, size: file!.size, text: data.text });
      },
    });
  });
  await openExplorer(phone, graph.nodes.length);
  const dialog = await openExportDialog(phone);
  await choosePreset(dialog, 'Story 1080 × 1920');
  await dialog.getByRole('button', { name: 'Share…' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Image shared' })).toBeVisible();
  const shared = await phone.evaluate(
    () => Reflect.get(window, '__shared') as { name: string; type: string; size: number; text: string },
  );
  expect(shared.name).toBe(`${graph.meta.slug}-all-1080x1920.png`);
  expect(shared.type).toBe('image/png');
  expect(shared.size).toBeGreaterThan(10_000);
  expect(shared.text).toContain(`Relationship graph of ${graph.meta.title}`);
  await phone.close();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('on a 390 × 844 phone the dialog fits the screen with Download visible', async ({ page }) => {
    await openExplorer(page, graph.nodes.length);
    // On a phone the export button waits in the bar's menu.
    await openMenu(page);
    const dialog = await openExportDialog(page);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await expect(dialog.getByRole('button', { name: /^Download/ })).toBeInViewport();
  });
});
