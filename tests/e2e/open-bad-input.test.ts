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
  // The tab still names the bundled graph (after the selected character, when there is one), not the file.
  await expect(page).toHaveTitle(
    /^(Lee Cheong-san · )?(All of Us Are Dead — relationship graph|지금 우리 학교는 · 관계도)$/,
  );
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
  '20 MB of whitespace',
];

for (const title of SAMPLE) {
  const input = BAD_INPUTS.find((b) => b.title === title)!;
  test(`a bad file is refused with its problem and the graph stays: ${title}`, async ({ page }) => {
    // Handing a file of 20 MB to the page takes Playwright most of a minute on a busy machine.
    if (input.large) test.setTimeout(180_000);
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
    // A refusal must not hang the page; how fast it is lives in the benchmark (bench/openFile.ts), not
    // here: a bound of one second failed on a busy machine.
    if (!input.large) expect(elapsed).toBeLessThan(5000);
    await expectShippedGraph(page);
    // The URL state of the graph on screen is untouched too.
    expect(new URL(page.url()).searchParams.get('sel')).toBe('cheong-san');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toBeHidden();
    expect(messages).toEqual([]);
  });
}

test('a file over the limit is refused before it is read, and the limit is stated', async ({ page }) => {
  test.setTimeout(180_000);
  await openExplorer(page, shipped.nodes.length);
  await openMenu(page);
  await expect(page.getByRole('button', { name: 'Open graph…' })).toHaveAttribute('title', /up to 16\.0 MB/);
  await chooseFile(page, 'huge.json', Buffer.alloc(17 * 1024 * 1024, 0x20));
  await expect(page.getByRole('alert')).toContainText('the file is 17.0 MB; the limit is 16.0 MB');
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

test('on the Korean page a refused file is explained in Korean, with its place in the file', async ({ page }) => {
  test.setTimeout(180_000);
  await openExplorer(page, shipped.nodes.length, '/?lang=ko');
  const chooser = page.waitForEvent('filechooser');
  await openMenu(page);
  await page.getByRole('button', { name: '그래프 열기…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{\n "nodes": [') });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('cut.json을 열 수 없습니다. 화면의 그래프는 그대로입니다.');
  await expect(alert).toContainText('파일을 열 수 없습니다: 문제 1개');
  await expect(alert.getByRole('list', { name: '발견된 문제' })).toHaveText(
    '2행 12열 올바른 JSON이 아닙니다: 데이터 중간에서 파일이 끝납니다',
  );
  await alert.getByRole('button', { name: '닫기' }).click();
  const again = page.waitForEvent('filechooser');
  await openMenu(page);
  await page.getByRole('button', { name: '그래프 열기…' }).click();
  await (
    await again
  ).setFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(17 * 1024 * 1024, 0x20) });
  await expect(alert.getByRole('list', { name: '발견된 문제' })).toContainText(
    '(파일 전체) 파일 크기가 17.0 MB입니다. 최대 16.0 MB까지 열 수 있습니다',
  );
  await expectShippedGraph(page);
});
