import {
  choosePreset,
  countColour,
  countOpaque,
  decode,
  download,
  openExportDialog,
  pixel,
  pngSize,
} from './exportHelpers';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer, watchConsole } from './helpers';

const graph = loadShippedGraph();

/**
 * The visible graph's size at 1x, measured independently of the app's own planning code. With names,
 * every name counts: at 1x and above each is drawn at 14.5 px or more in the file, even where the
 * zoomed-out screen hides it (under 10 px there).
 */
async function graphBox(page: Page, labels = true) {
  const box = await page.evaluate((includeLabels) => {
    const cy = window.__cy!;
    const hidden = cy.nodes('.is-nameless');
    hidden.removeClass('is-nameless');
    const measured = cy.elements(':visible').boundingBox({ includeLabels });
    hidden.addClass('is-nameless');
    return measured;
  }, labels);
  return { width: Math.ceil(box.w), height: Math.ceil(box.h) };
}

const near = (actual: { width: number; height: number }, width: number, height: number) => {
  expect(Math.abs(actual.width - width), `width ${actual.width} vs ${width}`).toBeLessThanOrEqual(1);
  expect(Math.abs(actual.height - height), `height ${actual.height} vs ${height}`).toBeLessThanOrEqual(1);
};

test('every size preset gives a file of the announced size (±1 px); timings are logged', async ({ page }) => {
  test.setTimeout(300_000);
  const consoleMessages = watchConsole(page);
  await openExplorer(page, graph.nodes.length);
  const box = await graphBox(page);
  const dialog = await openExportDialog(page);
  const cases: [string, number, number][] = [
    ['1× (screen size)', box.width, box.height],
    ['2×', box.width * 2, box.height * 2],
    ['4×', box.width * 4, box.height * 4],
    ['Social 1200 × 675', 1200, 675],
    ['Slide 1920 × 1080', 1920, 1080],
    ['A4 at 300 dpi (3508 × 2480)', 3508, 2480],
    ['Poster A3 at 600 dpi (9921 × 7016)', 9921, 7016],
  ];
  const timings: string[] = [];
  for (const [label, width, height] of cases) {
    await choosePreset(dialog, label);
    await expect(dialog.getByTestId('export-size')).toHaveText(
      `${width.toLocaleString('en')} × ${height.toLocaleString('en')} px`,
    );
    const file = await download(page, dialog);
    near(pngSize(file.bytes), width, height);
    timings.push(`${label}\t${width}x${height}\t${file.ms} ms\t${(file.bytes.length / 1e6).toFixed(2)} MB`);
  }
  await choosePreset(dialog, 'Custom width');
  await dialog.getByLabel('Width in pixels').fill('1000');
  const custom = await download(page, dialog);
  near(pngSize(custom.bytes), 1000, Math.round((box.height * 1000) / box.width));
  console.log(`export timings (graph ${box.width}x${box.height} at 1x)\n${timings.join('\n')}`);
  expect(consoleMessages).toEqual([]);
});

test('default export keeps its name and an opaque theme background; solid is really solid', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  const season = graph.seasons[0]!;
  await page.getByRole('radio', { name: new RegExp(`^${season.label}`) }).check();
  const box = await graphBox(page);
  const dialog = await openExportDialog(page);
  const file = await download(page, dialog);
  expect(file.name).toBe(`${graph.meta.slug}-s${season.number}.png`);
  const png = decode(file.bytes);
  near(png, box.width * 2, box.height * 2);
  for (const [x, y] of [
    [0, 0],
    [png.width - 1, 0],
    [0, png.height - 1],
    [png.width - 1, png.height - 1],
  ]) {
    expect(pixel(png, x!, y!)).toEqual([255, 255, 255, 255]);
  }
  expect(countOpaque(png)).toBe(png.width * png.height);
  expect(countColour(png, '#2563eb')).toBeGreaterThan(500);
  await expect(dialog.getByRole('status').filter({ hasText: file.name })).toBeVisible();
});

test('dark theme exports on the dark background, named for all seasons', async ({ page }) => {
  // The test's own page: a returning viewer (no first-visit question in front of the bar) in dark mode.
  await page.emulateMedia({ colorScheme: 'dark' });
  await openExplorer(page, graph.nodes.length);
  const file = await download(page, await openExportDialog(page));
  expect(file.name).toBe(`${graph.meta.slug}-all.png`);
  const png = decode(file.bytes);
  expect(pixel(png, 0, 0)).toEqual([0x0f, 0x17, 0x2a, 255]);
  expect(countColour(png, '#60a5fa')).toBeGreaterThan(500);
});

test('a transparent export has alpha 0 at the corners and the drawing in between', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  const dialog = await openExportDialog(page);
  await dialog.getByRole('radio', { name: 'Transparent' }).check();
  const png = decode((await download(page, dialog)).bytes);
  for (const [x, y] of [
    [0, 0],
    [png.width - 1, png.height - 1],
  ]) {
    expect(pixel(png, x!, y!)[3]).toBe(0);
  }
  const opaque = countOpaque(png);
  expect(opaque).toBeGreaterThan(5000);
  expect(opaque).toBeLessThan(png.width * png.height * 0.6);
});

test('the legend is drawn beside the graph when on, and absent when off', async ({ page }) => {
  // Actors, places and seasons are layers, off by default: switched on, every node kind is on the chart.
  await openExplorer(page, graph.nodes.length, '/?layers=actors,places,seasons');
  const box = await graphBox(page);
  const dialog = await openExportDialog(page);
  await choosePreset(dialog, '1× (screen size)');
  const off = decode((await download(page, dialog)).bytes);
  await dialog.getByRole('checkbox', { name: 'Legend', exact: true }).check();
  const on = decode((await download(page, dialog)).bytes);
  near(off, box.width, box.height);
  expect(on.width).toBeGreaterThan(off.width + 150);
  // Each node kind's swatch colour appears in the legend column, which holds nothing else.
  for (const colour of ['#2563eb', '#b45309', '#7c3aed', '#047857']) {
    expect(countColour(on, colour, off.width, on.width), colour).toBeGreaterThan(60);
    // ...and the same drawing without the legend has exactly that many fewer pixels of the colour.
    expect(countColour(on, colour) - countColour(off, colour), colour).toBeGreaterThan(60);
  }
});

test('the visible viewport and the whole graph give different images', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  await page.evaluate(() => {
    const cy = window.__cy!;
    cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  const container = await page.evaluate(() => ({ width: window.__cy!.width(), height: window.__cy!.height() }));
  const box = await graphBox(page);
  const dialog = await openExportDialog(page);
  await choosePreset(dialog, '1× (screen size)');
  const whole = decode((await download(page, dialog)).bytes);
  const wholeAlt = await dialog.getByLabel('Alt text').inputValue();
  await dialog.getByRole('radio', { name: 'Visible part (viewport)' }).check();
  // The alt text then counts only the characters in view.
  const inView = await page.evaluate(() => {
    const cy = window.__cy!;
    const v = cy.extent();
    return cy.nodes(':visible[kind = "character"]').filter((n) => {
      const b = n.boundingBox({ includeLabels: false });
      return b.x2 >= v.x1 && b.x1 <= v.x2 && b.y2 >= v.y1 && b.y1 <= v.y2;
    }).length;
  });
  expect(inView).toBeGreaterThan(0);
  expect(wholeAlt).toContain(`showing ${graph.nodes.filter((n) => n.kind === 'character').length} characters`);
  await expect(dialog.getByLabel('Alt text')).toHaveValue(new RegExp(`showing ${inView} characters?\\b`));
  expect(inView).toBeLessThan(graph.nodes.filter((n) => n.kind === 'character').length);
  const view = await download(page, dialog);
  expect(view.name).toMatch(/-viewport-\d+x\d+\.png$/);
  const viewport = decode(view.bytes);
  near(whole, box.width, box.height);
  near(viewport, container.width, container.height);
  expect([whole.width, whole.height]).not.toEqual([viewport.width, viewport.height]);
  // Zoomed in, the viewport shows fewer, larger nodes: more character-blue per character drawn than the
  // whole graph at 1× (zoomed to 2.5 × the fitted 0.62 at 1280 × 800, each node covers 2.4 × its 1× pixels).
  // Not blue per pixel: the story chart spreads characters evenly, so the middle is no denser than the rest.
  const characters = graph.nodes.filter((n) => n.kind === 'character').length;
  const perNode = (png: typeof whole, count: number) => countColour(png, '#2563eb') / count;
  expect(perNode(viewport, inView)).toBeGreaterThan(perNode(whole, characters) * 2);
});
