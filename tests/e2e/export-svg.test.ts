import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { choosePreset, decode, download, openExportDialog, pixel } from './exportHelpers';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer } from './helpers';

const graph = loadShippedGraph();

/** Counts the SVG's shapes by class, and reads its texts, with the browser's own XML parser. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const count = (selector: string) => doc.querySelectorAll(selector).length;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
      nodes: count('path.node'),
      groups: count('path.group'),
      links: count('path.link'),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, text);
}

/** Draws an SVG file onto a canvas in the page and hands back the PNG bytes, to compare it with a PNG. */
async function rasterise(page: Page, svg: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (text) => {
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await img.decode();
    const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    canvas.getContext('2d')!.drawImage(img, 0, 0);
    const blob = await canvas.convertToBlob();
    return new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).split(',')[1]!);
      reader.readAsDataURL(blob);
    });
  }, svg);
  return Buffer.from(base64, 'base64');
}

test('the SVG is well-formed, has one shape per visible node and link, and carries legend and caption', async ({
  page,
}) => {
  await openExplorer(page, graph.nodes.length, '/?season=s1&upto=s1e12');
  const visible = await page.evaluate(() => ({
    nodes: window.__cy!.nodes(':visible').filter((n) => !n.isParent()).length,
    groups: window.__cy!.nodes(':visible').filter((n) => n.isParent()).length,
    links: window.__cy!.edges(':visible').length,
  }));
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  await dialog.getByRole('checkbox', { name: /^Self-explaining image/ }).check();
  // A print size: a posting size would put the season and the cursor on one "as of" line.
  await choosePreset(dialog, 'A4 at 300 dpi (3508 × 2480)');
  const file = await download(page, dialog);
  expect(file.name).toBe(`${graph.meta.slug}-s1-3508x2480.svg`);
  const svg = await readSvg(page, file.bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('svg');
  expect(svg.size).toEqual(['3508', '2480']);
  expect(visible.nodes).toBeGreaterThan(20);
  expect(svg.nodes).toBe(visible.nodes);
  expect(svg.groups).toBe(visible.groups);
  expect(svg.links).toBe(visible.links);
  expect(svg.texts).toContain('Legend');
  expect(svg.texts).toContain(graph.meta.title);
  expect(svg.texts).toContain('Watched up to: S1E12');
  const names = graph.nodes.filter((n) => n.kind === 'character' && n.seasons.includes('s1')).map((n) => n.label);
  for (const name of names.slice(0, 5)) expect(svg.texts).toContain(name);
  // A name's second line (the actor, as on the chart) is its own text under the name, not glued to it.
  const onJo = svg.texts.indexOf('Nam On-jo');
  expect(onJo).toBeGreaterThanOrEqual(0);
  expect(svg.texts[onJo + 1]).toBe('Park Ji-hu');
});

test('the SVG shows the same layout as the PNG: node centres land on the same pixels', async ({ page }) => {
  test.setTimeout(150_000);
  await openExplorer(page, graph.nodes.length);
  const dialog = await openExportDialog(page);
  // A custom width has no legend or caption and draws names at their chart size, as the default does.
  await choosePreset(dialog, 'Custom width');
  await dialog.getByLabel('Width in pixels').fill('1920');
  const png = decode((await download(page, dialog)).bytes);
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const svgText = (await download(page, dialog)).bytes.toString('utf8');
  const fromSvg = decode(await rasterise(page, svgText));
  expect([fromSvg.width, fromSvg.height]).toEqual([png.width, png.height]);
  // Where the most connected characters are in the image: the drawing's box fitted into the frame.
  const centres = await page.evaluate(
    ([W, H]) => {
      const cy = window.__cy!;
      // The file draws every name (each is over 10 px at this size), even those the zoomed-out screen hides.
      const hidden = cy.nodes('.is-nameless');
      hidden.removeClass('is-nameless');
      const box = cy.elements().boundingBox();
      hidden.addClass('is-nameless');
      const [w, h] = [Math.ceil(box.w), Math.ceil(box.h)];
      const scale = Math.min(W / w, H / h);
      const [ox, oy] = [(W - Math.floor(w * scale)) / 2, (H - Math.floor(h * scale)) / 2];
      return cy
        .nodes('[kind = "character"]:visible')
        .map((n) => n)
        .sort((a, b) => b.degree(false) - a.degree(false))
        .slice(0, 6)
        .map((n) => ({
          id: n.id(),
          x: Math.round(ox + (n.position().x - box.x1) * scale),
          y: Math.round(oy + (n.position().y - box.y1) * scale),
          colour: n.style('background-color') as string,
        }));
    },
    [png.width, png.height] as const,
  );
  for (const c of centres) {
    const rgb = c.colour.match(/\d+/g)!.slice(0, 3).map(Number);
    for (const image of [png, fromSvg]) {
      const [r, g, b] = pixel(image, c.x, c.y);
      const distance = Math.abs(r! - rgb[0]!) + Math.abs(g! - rgb[1]!) + Math.abs(b! - rgb[2]!);
      expect(distance, `${c.id} at ${c.x},${c.y}`).toBeLessThan(40);
    }
  }
});

test('a name carrying <script> and onload stays inert text when the SVG is opened in Chromium', async ({
  page,
  browser,
}) => {
  await openExplorer(page, graph.nodes.length);
  // Two short names (a long one is cut with "…" on the chart and in the file alike).
  const payloads = ['<script>__pwned=1</script>', '<svg onload="__pwned=2"/>"&\u0001'];
  const ids = graph.nodes.filter((n) => n.kind === 'character').map((n) => n.id);
  await page.evaluate(
    ([labels, nodeIds]) => {
      labels!.forEach((label, i) => window.__cy!.getElementById(nodeIds![i]!).data('label', label));
    },
    [payloads, ids],
  );
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  const text = (await download(page, dialog)).bytes.toString('utf8');
  expect(text).not.toContain('<script>');
  const path = join(tmpdir(), `hostile-${Date.now()}.svg`);
  writeFileSync(path, text);
  const viewer = await browser.newPage();
  await viewer.goto(`file://${path}`);
  expect(await viewer.evaluate(() => Reflect.get(window, '__pwned') ?? null)).toBeNull();
  expect(await viewer.evaluate(() => document.querySelectorAll('script, [onload]').length)).toBe(0);
  const texts = await viewer.evaluate(() => [...document.querySelectorAll('text')].map((t) => t.textContent));
  // Control characters XML forbids are dropped; everything else is shown as written. The second name
  // is wider than a name may be, so the chart wraps it at its space, and the file draws the same two lines.
  expect(texts).toContain('<script>__pwned=1</script>');
  const wrapped = texts.indexOf('<svg');
  expect(texts.slice(wrapped, wrapped + 2)).toEqual(['<svg', 'onload="__pwned=2"/>"&']);
  await viewer.close();
});
