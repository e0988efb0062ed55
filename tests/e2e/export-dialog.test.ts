import { readFileSync } from 'node:fs';

import { choosePreset, countColour, decode, download, openExportDialog, pngSize } from './exportHelpers';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer, watchConsole } from './helpers';

const graph = loadShippedGraph();

/** Records every download, so a test can prove that none happened. */
function countDownloads(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('download', () => {
    seen.count += 1;
  });
  return seen;
}

test('the dialog is a keyboard-only modal: focus stays inside, Esc closes, focus returns', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  const opener = page.getByRole('button', { name: 'Export image…' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => document.activeElement?.closest('dialog') !== null);
    // Chromium lets focus leave to the browser chrome once per cycle; it never lands on the page behind.
    const onPage = await page.evaluate(() => document.activeElement !== document.body);
    if (onPage) expect(inside).toBe(true);
  }
  // The options work from the keyboard: focus the size list and pick a preset with the arrow keys.
  await dialog.getByLabel('Size').focus();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByTestId('export-size')).not.toHaveText('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('an oversize request is refused up front with a clear message and no file', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  const downloads = countDownloads(page);
  const dialog = await openExportDialog(page);
  await choosePreset(dialog, 'Custom width');
  await dialog.getByLabel('Width in pixels').fill('20000');
  await expect(dialog.getByRole('alert')).toContainText('Too large');
  await expect(dialog.getByRole('alert')).toContainText('16,384 px');
  await expect(dialog.getByRole('button', { name: /^Download/ })).toBeDisabled();
  // The area limit, too: a 16,000 px wide image of a wide graph stays under the side cap but not the area cap.
  await dialog.getByLabel('Width in pixels').fill('16000');
  const size = await dialog.getByTestId('export-size').textContent();
  const [w, h] = (size ?? '').replace(/,/g, '').match(/\d+/g)!.map(Number);
  // The layout decides the height, so either side of the area cap can come up; each must be told right.
  if (w! * h! > 2 ** 27) await expect(dialog.getByRole('alert')).toContainText('million pixels');
  else await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByLabel('Width in pixels').fill('1200');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /^Download/ })).toBeEnabled();
  expect(downloads.count).toBe(0);
});

const failures: [string, string, () => void][] = [
  [
    'the browser hands back a null blob (its canvas limit)',
    'could not produce the image',
    () => {
      HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
        callback(null);
      };
    },
  ],
  [
    'a cross-origin picture taints the canvas',
    'picture from another site',
    () => {
      HTMLCanvasElement.prototype.toBlob = function () {
        throw new DOMException('Tainted canvases may not be exported.', 'SecurityError');
      };
    },
  ],
  [
    'there is no memory for the canvas',
    'not enough memory',
    () => {
      OffscreenCanvas.prototype.getContext = () => null;
    },
  ],
];

for (const [what, message, breakCanvas] of failures) {
  test(`when ${what}, the export says so and saves nothing`, async ({ page }) => {
    await openExplorer(page, graph.nodes.length);
    const downloads = countDownloads(page);
    await page.evaluate(breakCanvas);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('button', { name: /^Download/ }).click();
    await expect(dialog.getByRole('alert')).toContainText('Export failed');
    await expect(dialog.getByRole('alert')).toContainText(message);
    expect(downloads.count).toBe(0);
  });
}

test('SVG holds the visible names (none when names are off), and the legend can be added', async ({ page }) => {
  const consoleMessages = watchConsole(page);
  await openExplorer(page, graph.nodes.length);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Legend', exact: true })).toBeEnabled();
  const file = await download(page, dialog);
  expect(file.name).toBe(`${graph.meta.slug}-all.svg`);
  const svg = file.bytes.toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  const characters = graph.nodes.filter((n) => n.kind === 'character').map((n) => n.label);
  for (const name of characters.slice(0, 5)) expect(parsed.texts).toContain(name);

  await dialog.getByRole('checkbox', { name: 'Names on nodes' }).uncheck();
  const bare = (await download(page, dialog)).bytes.toString('utf8');
  for (const name of characters.slice(0, 5)) expect(bare).not.toContain(`>${name}<`);
  expect(consoleMessages).toEqual([]);
});

test('the alt text names who is shown and matches the visible counts', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  const season = graph.seasons[0]!;
  await page.getByRole('radio', { name: new RegExp(`^${season.label}`) }).check();
  const counts = (await page.getByTestId('visible-counts').textContent()) ?? '';
  const [characters, links] = counts.match(/\d+/g)!.map(Number);
  const dialog = await openExportDialog(page);
  const alt = await dialog.getByLabel('Alt text').inputValue();
  expect(alt).toContain(`showing ${characters} characters`);
  expect(alt).toContain(`joined by ${links} links`);
  expect(alt).toContain(graph.meta.title);
  expect(alt).toContain(season.label);
  const named = graph.nodes.filter((n) => n.kind === 'character' && alt.includes(n.label));
  expect(named.length).toBeGreaterThanOrEqual(3);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(alt);
});

test('a self-explaining image adds legend and caption; the preview shows the size first', async ({ page }) => {
  // Two A4 files (3508 × 2480) decoded in the test: slow on a shared two-core machine.
  test.setTimeout(180_000);
  const consoleMessages = watchConsole(page);
  await openExplorer(page, graph.nodes.length, '/?upto=s1e6');
  const dialog = await openExportDialog(page);
  // A4, not a posting size: those turn legend and caption on by themselves.
  await choosePreset(dialog, 'A4 at 300 dpi (3508 × 2480)');
  await expect(dialog.getByTestId('export-size')).toHaveText('3,508 × 2,480 px');
  const plain = decode((await download(page, dialog)).bytes);
  const explain = dialog.getByRole('checkbox', { name: /^Self-explaining image/ });
  await explain.check();
  await expect(dialog.getByRole('checkbox', { name: 'Legend', exact: true })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /^Caption \(title/ })).toBeChecked();
  // The preview is the same picture, small, with the legend column on the right.
  const preview = dialog.getByTestId('export-preview');
  await expect(preview).toBeVisible();
  // The preview image is replaced when options change; wait until the new one has decoded.
  await expect
    .poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth / img.naturalHeight - 3508 / 2480))
    .toBeCloseTo(0, 1);
  const file = await download(page, dialog);
  expect(pngSize(file.bytes)).toEqual({ width: 3508, height: 2480 });
  const rich = decode(file.bytes);
  // The legend carries the node-kind colours: the Character swatch is drawn where the file's frame
  // says, and is (nearly) solid character-blue there. The plain image's right fifth is no reference:
  // the story chart's layout puts characters there.
  const swatch = await page.evaluate(() =>
    window.__exportReport!.frame.find((item) => item.type === 'shape' && item.color === '#2563eb'),
  );
  if (swatch?.type !== 'shape') throw new Error('no Character swatch in the legend');
  // The square inside the round swatch (side ≈ size / √2) is all character-blue.
  const half = Math.floor(swatch.size / 2 / Math.SQRT2);
  const [x, y] = [Math.round(swatch.x), Math.round(swatch.y)];
  expect(half).toBeGreaterThanOrEqual(4);
  expect(countColour(rich, '#2563eb', x - half, x + half, y - half, y + half)).toBeGreaterThanOrEqual(
    0.95 * (2 * half) ** 2,
  );
  expect(swatch.x).toBeGreaterThan(rich.width * 0.8);
  const textPixels = (png: typeof rich) => {
    let dark = 0;
    for (let y = Math.round(png.height * 0.85); y < png.height; y += 1) {
      for (let x = 0; x < Math.round(png.width * 0.5); x += 1) {
        const i = (png.width * y + x) * 4;
        if (png.data[i]! < 60 && png.data[i + 1]! < 60 && png.data[i + 2]! < 80) dark += 1;
      }
    }
    return dark;
  };
  expect(textPixels(rich)).toBeGreaterThan(textPixels(plain) + 500);
  expect(consoleMessages).toEqual([]);
});

test('a poster export shows its progress until the file is saved', async ({ page }) => {
  test.setTimeout(120_000);
  await openExplorer(page, graph.nodes.length);
  const dialog = await openExportDialog(page);
  await choosePreset(dialog, 'Poster A3 at 600 dpi (9921 × 7016)');
  const pending = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Download/ }).click();
  const progress = dialog.getByRole('status').filter({ has: page.locator('progress') });
  await expect(progress).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Download/ })).toBeDisabled();
  const file = await pending;
  expect(pngSize(readFileSync(await file.path()))).toEqual({ width: 9921, height: 7016 });
  await expect(progress).toBeHidden();
});
