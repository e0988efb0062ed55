import { readFileSync } from 'node:fs';

import { download, openExportDialog } from './exportHelpers';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer, openMenu, watchConsole } from './helpers';

const shipped = loadShippedGraph();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/open/${name}`, import.meta.url));

/** Chooses a file through the "Open graph…" button, as a user would. */
async function chooseFile(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await openMenu(page);
  await page.getByRole('button', { name: 'Open graph…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

// Counted by hand from each fixture; nodes include the season nodes made from season/year attributes
// (or the one "Whole graph" season when a file has none).
const FORMATS = [
  {
    file: 'own-format.json',
    format: 'this app',
    nodes: 7,
    characters: 3,
    links: 10,
    story: 3,
    title: 'Small test show',
  },
  {
    file: 'cytoscape-elements.json',
    format: 'Cytoscape.js { nodes, edges }',
    nodes: 6,
    characters: 4,
    links: 6,
    story: 5,
  },
  { file: 'cytoscape-array.json', format: 'Cytoscape.js array', nodes: 4, characters: 3, links: 2, story: 2 },
  { file: 'd3-node-link.json', format: 'D3 node-link', nodes: 9, characters: 7, links: 6, story: 6 },
  { file: 'gexf-graph.gexf', format: 'GEXF', nodes: 6, characters: 4, links: 3, story: 3 },
  { file: 'graphml-graph.graphml', format: 'GraphML', nodes: 6, characters: 3, links: 5, story: 3 },
];

for (const { file, format, nodes, characters, links, story, title } of FORMATS) {
  test(`opens ${format} (${file}) through the file picker and counts it`, async ({ page }) => {
    const messages = watchConsole(page);
    await openExplorer(page, shipped.nodes.length);
    await chooseFile(page, file, fixture(file));
    await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, nodes);
    // The story chart draws the links between characters; actors, places and seasons are layers to add.
    const counts = page.getByTestId('visible-counts');
    const people = `${characters} character${characters === 1 ? '' : 's'}`;
    await expect(counts).toHaveText(`${people} · ${story} links shown`);
    const layers = page.getByRole('group', { name: 'Also draw' });
    for (const layer of ['Actors', 'Places', 'Seasons']) await layers.getByLabel(layer).check();
    await expect(counts).toHaveText(`${people} · ${links} links shown`);
    // Every link is drawn, not only counted (node and edge ids share one namespace in Cytoscape).
    expect(await page.evaluate(() => window.__cy!.edges().length)).toBe(links);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title ?? file);
    await expect(page).toHaveTitle(`${file} — relationship graph`);
    expect(messages).toEqual([]);
  });
}

test('a file dropped on the page opens, with its own positions kept', async ({ page }) => {
  await openExplorer(page, shipped.nodes.length);
  const text = fixture('cytoscape-elements.json').toString('utf8');
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    return data;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a graph file to open it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await page.waitForFunction(() => window.__cy?.nodes('[kind != "group"]').length === 6);
  await expect(page.getByText('Drop a graph file to open it')).toBeHidden();
  const ben = await page.evaluate(() => window.__cy!.getElementById('n2').position());
  const ada = await page.evaluate(() => window.__cy!.getElementById('n1').position());
  expect(ben.x - ada.x).toBeCloseTo(200, 0);
  expect(ben.y - ada.y).toBeCloseTo(0, 0);
});

test('an opened graph gets filters, search, URL state and export named after the file', async ({ page }) => {
  await openExplorer(page, shipped.nodes.length, '/?season=s1');
  await chooseFile(page, 'd3-node-link.json', fixture('d3-node-link.json'));
  await page.waitForFunction(() => window.__cy?.nodes('[kind != "group"]').length === 9);
  // The old graph's URL state does not carry over.
  expect(new URL(page.url()).search).toBe('');
  await page.getByRole('radio', { name: 'Season 2' }).check();
  await expect(page.getByTestId('visible-counts')).toHaveText('7 characters · 6 links shown');
  expect(new URL(page.url()).searchParams.get('season')).toMatch(/^season-2$/);
  await page.getByRole('combobox', { name: 'Search names' }).fill('valj');
  await page.getByRole('option', { name: /Valjean/ }).click();
  expect(new URL(page.url()).searchParams.get('sel')).toBe('Valjean');
  const file = await download(page, await openExportDialog(page));
  expect(file.name).toBe('d3-node-link-s2.png');
});
