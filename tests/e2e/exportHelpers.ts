import { readFileSync } from 'node:fs';

import { expect, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Opens the export dialog from the toolbar and returns it. */
export async function openExportDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export image…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export image' });
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function choosePreset(dialog: Locator, label: string): Promise<void> {
  await dialog.getByLabel('Size').selectOption({ label });
}

/** Clicks Download and returns the file: name, bytes, and how long it took from click to file. */
export async function download(page: Page, dialog: Locator) {
  const pending = page.waitForEvent('download', { timeout: 120_000 });
  const started = Date.now();
  await dialog.getByRole('button', { name: /^Download/ }).click();
  const file = await pending;
  const ms = Date.now() - started;
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), bytes, ms };
}

/** Width and height from a PNG's IHDR chunk, without decoding the pixels (posters are 70 Mpx). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export const decode = (bytes: Buffer): PNG => PNG.sync.read(bytes);

export function pixel(png: PNG, x: number, y: number): number[] {
  const i = (png.width * y + x) * 4;
  return [...png.data.subarray(i, i + 4)];
}

/** Pixels of exactly this opaque colour (within 8 per channel) inside optional column and row ranges. */
export function countColour(png: PNG, hex: string, fromX = 0, toX = png.width, fromY = 0, toY = png.height): number {
  const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let y = fromY; y < toY; y += 1) {
    for (let x = fromX; x < toX; x += 1) {
      const i = (png.width * y + x) * 4;
      const d = rgb.reduce((sum, c, k) => sum + Math.abs(png.data[i + k]! - c), 0);
      if (d <= 24 && png.data[i + 3]! > 240) count += 1;
    }
  }
  return count;
}

/** Pixels that are not fully transparent. */
export function countOpaque(png: PNG): number {
  let count = 0;
  for (let i = 3; i < png.data.length; i += 4) if (png.data[i]! > 0) count += 1;
  return count;
}

/** A box in image pixels, as the export report gives it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Dark (text-coloured, #0f172a) pixels inside a box of a decoded PNG. */
export function darkPixels(png: PNG, box: Box): number {
  let dark = 0;
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(png.height, box.y + box.height); y += 1) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(png.width, box.x + box.width); x += 1) {
      const i = (png.width * y + x) * 4;
      if (png.data[i]! < 70 && png.data[i + 1]! < 70 && png.data[i + 2]! < 90) dark += 1;
    }
  }
  return dark;
}
