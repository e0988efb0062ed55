import { BAD_INPUTS } from '../fixtures/bad-inputs/index';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer, openMenu, watchConsole } from './helpers';

const shipped = loadShippedGraph();

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await openMenu(page);
  await page.getByRole('button', { name: 'Open graph…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

/** The bundled graph is still on screen, unchanged. */
async function expectShippedGraph(page: Page) {
  expect(await page.evaluate(() => window.__cy!.nodes('[kind != "group"]').length)).toBe(shipped.nodes.length);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(shipped.meta.title);
  await expect(page).toHaveTitle(/^All of Us Are Dead/);
}

const SAMPLE = [
  'truncated JSON',
  'duplicate node ids',
  'Cytoscape edge to a missing node',
  'D3 self-link',
  'invalid UTF-8',
  'billion laughs',
  'XML with an external entity',
  'JSON named .gexf',
  'GraphML that is not well-formed',
  '10 MB of whitespace',
];

for (const title of SAMPLE) {
  const input = BAD_INPUTS.find((b) => b.title === title)!;
  test(`a bad file is refused with its problem and the graph stays: ${title}`, async ({ page }) => {
    const messages = watchConsole(page);
    await openExplorer(page, shipped.nodes.length, '/?sel=cheong-san');
    const raw = input.content();
    const started = Date.now();
    await chooseFile(page, input.fileName, Buffer.from(raw));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`${input.fileName} could not be opened. The graph on screen is unchanged.`);
    const elapsed = Date.now() - started;
    const problems = alert.getByRole('list', { name: 'Problems found' }).getByRole('listitem');
    const paths = await problems.locator('code').allTextContents();
    const texts = await problems.allTextContents();
    expect(
      paths.some((path) => input.path.test(path)),
      paths.join(' | '),
    ).toBe(true);
    expect(
      texts.some((text) => input.message.test(text)),
      texts.join(' | '),
    ).toBe(true);
    if (!input.large) expect(elapsed).toBeLessThan(1000);
    await expectShippedGraph(page);
    // The URL state of the graph on screen is untouched too.
    expect(new URL(page.url()).searchParams.get('sel')).toBe('cheong-san');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toBeHidden();
    expect(messages).toEqual([]);
  });
}

test('a file over the limit is refused before it is read, and the limit is stated', async ({ page }) => {
  await openExplorer(page, shipped.nodes.length);
  await openMenu(page);
  await expect(page.getByRole('button', { name: 'Open graph…' })).toHaveAttribute('title', /up to 5\.0 MB/);
  await chooseFile(page, 'huge.json', Buffer.alloc(6 * 1024 * 1024, 0x20));
  await expect(page.getByRole('alert')).toContainText('the file is 6.0 MB; the limit is 5.0 MB');
  await expectShippedGraph(page);
});

test('after a bad file, a good one still opens', async ({ page }) => {
  await openExplorer(page, shipped.nodes.length);
  await chooseFile(page, 'bad.json', Buffer.from('{"nodes": ['));
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await chooseFile(page, 'good.json', Buffer.from(JSON.stringify({ nodes: [{ id: 'a' }, { id: 'b' }], links: [] })));
  await page.waitForFunction(() => window.__cy?.nodes('[kind != "group"]').length === 3);
  await expect(page.getByRole('alert')).toBeHidden();
});
