import { readFileSync } from 'node:fs';

import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer, openMenu } from './helpers';

const shipped = loadShippedGraph();
const fixture = (name: string) => readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url));

/** Chooses a file through the "Open graph…" button, as a user would. */
async function chooseFile(page: Page, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await openMenu(page);
  await page.getByRole('button', { name: 'Open graph…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: fixture(name) });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// Counted by hand from each file in tests/fixtures/real/ (see its README); `nodes` includes the season
// nodes the app adds (one "Whole graph" season when a file names none).
const CORPUS = [
  { file: 'proto-ids-own.json', nodes: 5, characters: 4, links: 2 },
  { file: 'proto-ids.cyjs', nodes: 6, characters: 5, links: 3 },
  { file: 'proto-ids-d3.json', nodes: 6, characters: 5, links: 3 },
  { file: 'proto-ids.gexf', nodes: 6, characters: 5, links: 3 },
  { file: 'proto-ids.graphml', nodes: 6, characters: 5, links: 3 },
  { file: 'yed-groups.graphml', nodes: 4, characters: 3, links: 2 },
  { file: 'networkx-multigraph.graphml', nodes: 4, characters: 3, links: 4 },
  { file: 'networkx-multigraph.json', nodes: 4, characters: 3, links: 3 },
  { file: 'd3-force-index.json', nodes: 4, characters: 3, links: 2 },
  { file: 'cytoscape-node-source.cyjs', nodes: 3, characters: 2, links: 1 },
  { file: 'long-ids.json', nodes: 4, characters: 3, links: 2 },
  { file: 'seasons-mixed.json', nodes: 5, characters: 3, links: 2 },
  { file: 'places-only.gexf', nodes: 4, characters: 0, links: 2 },
  { file: 'utf16-bom.graphml', nodes: 3, characters: 2, links: 1 },
  { file: 'latin1.gexf', nodes: 3, characters: 2, links: 1 },
];

for (const { file, nodes, characters, links } of CORPUS) {
  test(`${file} opens through the file picker with every node drawn and counted`, async ({ page }) => {
    await openExplorer(page, shipped.nodes.length);
    await chooseFile(page, file);
    await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, nodes);
    await expect(page.getByTestId('visible-counts')).toHaveText(
      `${plural(characters, 'character')} · ${plural(links, 'link')} shown`,
    );
    expect(await page.evaluate(() => window.__cy!.edges().length)).toBe(links);
    await expect(page).toHaveTitle(`${file} — relationship graph`);
  });
}

const REFUSED = [
  { file: 'archive.zip', message: 'this is a ZIP archive; unpack it and open the graph file inside' },
  { file: 'picture.png', message: 'this is a PNG image, not a graph file' },
];

for (const { file, message } of REFUSED) {
  test(`${file} is refused by what it is, and the graph on screen stays`, async ({ page }) => {
    await openExplorer(page, shipped.nodes.length);
    await chooseFile(page, file);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`${file} could not be opened.`, { timeout: 20_000 });
    await expect(alert).toContainText(message);
    expect(await page.evaluate(() => window.__cy!.nodes('[kind != "group"]').length)).toBe(shipped.nodes.length);
  });
}
