import { readFileSync } from 'node:fs';

import { PNG } from 'pngjs';

import { expect, test } from './fixtures';
import { loadShippedGraph, openExplorer, watchConsole } from './helpers';

const graph = loadShippedGraph();
const SCALE = 2;
const MAX_SIDE = 8192;

async function expectedSize(page: import('@playwright/test').Page) {
  const box = await page.evaluate(() => window.__cy!.elements(':visible').boundingBox());
  const scale = Math.min(SCALE, MAX_SIDE / Math.max(Math.ceil(box.w), Math.ceil(box.h)));
  return { width: Math.ceil(box.w) * scale, height: Math.ceil(box.h) * scale };
}

async function exportAndDecode(page: import('@playwright/test').Page) {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  const download = await downloadPromise;
  const path = await download.path();
  return { name: download.suggestedFilename(), png: PNG.sync.read(readFileSync(path)) };
}

/** Pixels that differ clearly from the background colour: proof something was drawn. */
function countForeground(png: PNG, bg: [number, number, number]): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d = Math.abs(png.data[i]! - bg[0]) + Math.abs(png.data[i + 1]! - bg[1]) + Math.abs(png.data[i + 2]! - bg[2]);
    if (d > 60) count += 1;
  }
  return count;
}

test('Export PNG downloads the filtered graph at 2x on an opaque theme background', async ({ page }) => {
  const consoleMessages = watchConsole(page);
  await openExplorer(page, graph.nodes.length);
  const season = graph.seasons[0]!;
  await page.getByRole('radio', { name: new RegExp(`^${season.label}`) }).check();
  const expected = await expectedSize(page);
  const { name, png } = await exportAndDecode(page);

  expect(name).toBe(`${graph.meta.slug}-s${season.number}.png`);
  expect(Math.abs(png.width - expected.width)).toBeLessThanOrEqual(1);
  expect(Math.abs(png.height - expected.height)).toBeLessThanOrEqual(1);
  // Opaque white corners (the light theme background), and a real drawing in between.
  expect([...png.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  expect(countForeground(png, [255, 255, 255])).toBeGreaterThan(2000);
  await expect(page.getByRole('status').filter({ hasText: name })).toBeVisible();
  expect(consoleMessages).toEqual([]);
});

test('dark theme exports on the dark background, named for all seasons', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'dark' });
  await openExplorer(page, graph.nodes.length);
  const { name, png } = await exportAndDecode(page);
  expect(name).toBe(`${graph.meta.slug}-all.png`);
  expect([...png.data.subarray(0, 4)]).toEqual([0x0f, 0x17, 0x2a, 255]);
  expect(countForeground(png, [0x0f, 0x17, 0x2a])).toBeGreaterThan(2000);
  await page.close();
});

test('a failed export shows an error and downloads nothing', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  // Simulate the browser's canvas limit: toBlob hands back null, as Chromium does for oversize canvases.
  await page.evaluate(() => {
    HTMLCanvasElement.prototype.toBlob = function (callback: BlobCallback) {
      callback(null);
    };
  });
  let downloaded = false;
  page.on('download', () => {
    downloaded = true;
  });
  await page.getByRole('button', { name: 'Export PNG' }).click();
  await expect(page.getByRole('alert')).toContainText('Export failed');
  expect(downloaded).toBe(false);
});
