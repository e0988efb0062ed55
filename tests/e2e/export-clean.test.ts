import { choosePreset, countColour, decode, download, openExportDialog, pngSize } from './exportHelpers';
import { expect, test } from './fixtures';
import { loadShippedGraph, openExplorer } from './helpers';

const graph = loadShippedGraph();
/** The light theme's selection ring colour (palette.ts `highlight`). */
const RING = '#f59e0b';

test('an export leaves the selection ring out unless "Include the current highlight" is ticked', async ({ page }) => {
  await openExplorer(page, graph.nodes.length, '/?season=s1&sel=on-jo');
  const ring = await page.evaluate(() => window.__cy!.$('.is-selected').length);
  expect(ring).toBe(1);
  const dialog = await openExportDialog(page);
  await choosePreset(dialog, '1× (screen size)');
  const clean = decode((await download(page, dialog)).bytes);
  expect(countColour(clean, RING)).toBeLessThan(10);
  await dialog.getByRole('checkbox', { name: /^Include the current highlight/ }).check();
  const marked = decode((await download(page, dialog)).bytes);
  expect(countColour(marked, RING)).toBeGreaterThan(300);
  // The screen keeps its selection either way.
  expect(await page.evaluate(() => window.__cy!.$('.is-selected').length)).toBe(1);
});

test('in Korean, 이미지 복사 copies the PNG and 공유… hands a PNG file to the share sheet', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'canShare', {
      configurable: true,
      value: (data: { files?: File[] }) => Array.isArray(data.files),
    });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: { files: File[] }) => {
        const [file] = data.files;
        Reflect.set(window, '__shared', { name: file!.name, type: file!.type });
      },
    });
  });
  await openExplorer(page, graph.nodes.length, '/?lang=ko');
  await page.getByRole('button', { name: '이미지 내보내기…' }).click();
  const dialog = page.getByRole('dialog', { name: '이미지 내보내기' });
  await dialog.getByLabel('크기').selectOption({ label: '게시물 정사각형 1080 × 1080' });
  // The format asked for is SVG, but clipboards and share sheets take a PNG.
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await dialog.getByRole('button', { name: '이미지 복사' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: '이미지를 복사했습니다' })).toBeVisible();
  const base64 = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const bytes = new Uint8Array(await (await item!.getType('image/png')).arrayBuffer());
    return btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
  });
  expect(pngSize(Buffer.from(base64, 'base64'))).toEqual({ width: 1080, height: 1080 });
  await dialog.getByRole('button', { name: '공유…' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: '이미지를 공유했습니다.' })).toBeVisible();
  expect(await page.evaluate(() => Reflect.get(window, '__shared'))).toEqual({
    name: `${graph.meta.slug}-all-1080x1080.png`,
    type: 'image/png',
  });
});
