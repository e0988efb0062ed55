import { readFileSync } from 'node:fs';

import { type Box, darkPixels, decode, download } from './exportHelpers';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer } from './helpers';

const graph = loadShippedGraph();

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where the app says it drew the captions and names of the last file (e2e builds only). */
const report = (page: Page) =>
  page.evaluate(() => {
    const { captions, names } = window.__exportReport!;
    return { captions: captions!, drawnNames: names?.drawn.map((n) => n.box) ?? [] };
  });

async function exportWithCaptions(page: Page, path: string, preset: string) {
  await openExplorer(page, graph.nodes.length, path);
  await page.getByRole('button', { name: /^(Export image…|이미지 내보내기…)$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^(Export image|이미지 내보내기)$/ });
  await dialog.getByLabel(/^(Size|크기)/).selectOption({ label: preset });
  await dialog.getByRole('checkbox', { name: /^(Captions on the arrows|화살표에 관계 설명)/ }).check();
  const pending = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: /^(Download|다운로드)/ }).click();
  const png = decode(readFileSync(await (await pending).path()));
  return { dialog, png, ...(await report(page)) };
}

function expectClear(captions: { drawn: { text: string; box: Box }[]; names: Box[] }, names: Box[], png: Box) {
  for (const caption of captions.drawn) {
    expect(caption.box.x).toBeGreaterThanOrEqual(-1);
    expect(caption.box.x + caption.box.width).toBeLessThanOrEqual(png.width + 1);
    for (const other of captions.drawn) {
      if (other !== caption) expect(intersects(caption.box, other.box), `${caption.text} / ${other.text}`).toBe(false);
    }
    for (const name of [...captions.names, ...names]) expect(intersects(caption.box, name), caption.text).toBe(false);
  }
}

test('captions on the arrows: drawn on a background at ≥ 20 px in a post, never over a caption or a name', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { dialog, png, captions, drawnNames } = await exportWithCaptions(
    page,
    '/?season=s1&upto=s1e12',
    'Post, square 1080 × 1080',
  );
  const english = new Set(graph.links.map((l) => l.label));
  expect(captions.drawn.length).toBeGreaterThanOrEqual(5);
  expect(drawnNames.length).toBeGreaterThanOrEqual(5);
  for (const caption of captions.drawn) {
    expect(english.has(caption.text), caption.text).toBe(true);
    expect(caption.fontPx).toBeGreaterThanOrEqual(20);
  }
  expectClear(captions, drawnNames, { x: 0, y: 0, width: png.width, height: png.height });
  for (const caption of captions.drawn.slice(0, 5)) {
    expect(darkPixels(png, caption.box), `${caption.text} pixels`).toBeGreaterThan(30);
  }
  // The SVG carries the same captions as text.
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const svg = (await download(page, dialog)).bytes.toString('utf8');
  for (const caption of captions.drawn.slice(0, 5)) expect(svg).toContain(`>${caption.text}<`);
});

test('Korean captions on the arrows at 2× read the Korean labels and stay clear of names', async ({ page }) => {
  const { png, captions } = await exportWithCaptions(page, '/?season=s1&upto=s1e12&lang=ko', '2×');
  const korean = new Set(graph.links.map((l) => l.labelKo));
  expect(captions.drawn.length).toBeGreaterThanOrEqual(5);
  for (const caption of captions.drawn) expect(korean.has(caption.text), caption.text).toBe(true);
  expectClear(captions, [], { x: 0, y: 0, width: png.width, height: png.height });
});
