import { generateGexf, generateLinkHeavy } from '../../bench/generateForeign';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer, openMenu } from './helpers';

const shipped = loadShippedGraph();

async function chooseFile(page: Page, name: string, text: string, button = 'Open graph…') {
  const chooser = page.waitForEvent('filechooser');
  await openMenu(page);
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text) });
}

/** The script URLs of the workers the page starts. */
function watchWorkers(page: Page): string[] {
  const urls: string[] = [];
  page.on('worker', (worker) => urls.push(worker.url()));
  return urls;
}

test('100 nodes with 200,000 links are read in a worker and refused as too many links; the graph stays', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openExplorer(page, shipped.nodes.length);
  const workers = watchWorkers(page);
  await chooseFile(page, 'multigraph.json', generateLinkHeavy(100, 200_000));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('multigraph.json could not be opened. The graph on screen is unchanged.', {
    timeout: 60_000,
  });
  await expect(alert.getByRole('list', { name: 'Problems found' })).toHaveText(
    '(file) the graph has 100 nodes and 200,000 links; this app draws at most 25,000 nodes and 75,000 links',
  );
  expect(workers.some((url) => /open\.worker/.test(url))).toBe(true);
  expect(await page.evaluate(() => window.__cy!.nodes('[kind != "group"]').length)).toBe(shipped.nodes.length);
});

test('the refusal of a graph too big to draw is in Korean on the Korean page', async ({ page }) => {
  test.setTimeout(120_000);
  await openExplorer(page, shipped.nodes.length, '/?lang=ko');
  await chooseFile(page, 'multigraph.json', generateLinkHeavy(30, 80_000), '그래프 열기…');
  await expect(page.getByRole('alert').getByRole('list', { name: '발견된 문제' })).toHaveText(
    '(파일 전체) 그래프에 노드 30개와 연결 80,000개가 있습니다. 이 앱은 노드 25,000개, 연결 75,000개까지 그립니다',
    { timeout: 60_000 },
  );
});

test('a Gephi GEXF of 20,000 nodes and 60,000 edges (about 9 MB) opens with every node and link', async ({ page }) => {
  test.setTimeout(300_000);
  await openExplorer(page, shipped.nodes.length);
  await chooseFile(page, 'gephi-20k.gexf', generateGexf(20_000, 60_000));
  await page.waitForFunction(() => window.__cy?.nodes('[kind = "character"]').length === 20_000, null, {
    timeout: 240_000,
  });
  await expect(page).toHaveTitle('gephi-20k.gexf — relationship graph');
  await expect(page.getByTestId('visible-counts')).toHaveText('20000 characters · 60000 links shown');
  expect(await page.evaluate(() => window.__cy!.edges().length)).toBe(60_000);
});
