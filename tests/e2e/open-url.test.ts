import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

import { expect, type Page, test } from './fixtures';
import { loadShippedGraph, openExplorer } from './helpers';

// These tests make ?data= fail on purpose (CORS, offline, HTTP errors); Chromium logs each failed request.
test.use({ allowConsole: /^error: Failed to load resource: |has been blocked by CORS policy/ });

const shipped = loadShippedGraph();
const PORT = Number(process.env.E2E_PORT ?? 4317);
/** Another origin than the app's (127.0.0.1), answered by the test itself. */
const REMOTE = `http://localhost:${PORT}/remote`;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/open/${name}`, import.meta.url));
const CORS = { 'access-control-allow-origin': '*' };

// A real server on another port: Playwright's route.fulfill skips the browser's CORS check, so a
// refusal can only be seen from a server that answers for itself. `/open/<file>` shares, `/private/` does not.
const OTHER = `http://127.0.0.1:${PORT + 1}`;
let server: Server;
test.beforeAll(async () => {
  server = createServer((req, res) => {
    const [, area, name] = /^\/(open|private)\/([\w.-]+)$/.exec(req.url ?? '') ?? [];
    if (!area || !name) return void res.writeHead(404).end();
    res.writeHead(200, area === 'open' ? CORS : {}).end(fixture(name));
  });
  await new Promise<void>((resolve) => server.listen(PORT + 1, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function expectLoadError(page: Page, text: string | RegExp) {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The graph could not be loaded');
  await expect(alert).toContainText(text);
}

test('?data= opens a same-origin file and keeps ?data= in the URL as the state changes', async ({ page }) => {
  await page.route('**/files/crew.gexf', (route) => route.fulfill({ body: fixture('gexf-graph.gexf') }));
  await openExplorer(page, 6, '/?data=files/crew.gexf');
  await expect(page.getByTestId('visible-counts')).toHaveText('4 characters · 3 links shown');
  await expect(page).toHaveTitle('crew.gexf — relationship graph');
  await page.getByRole('radio', { name: '2021' }).check();
  const params = new URL(page.url()).searchParams;
  expect(params.get('data')).toBe('files/crew.gexf');
  expect(params.get('season')).toBe('season-2021');
  // A reload brings the same graph back, with the same filter.
  await page.reload();
  await page.waitForFunction(() => window.__cy?.nodes('[kind != "group"]').length === 6);
  await expect(page.getByRole('radio', { name: '2021' })).toBeChecked();
});

test('?data= opens a cross-origin file when its server allows it (CORS)', async ({ page }) => {
  await page.route(`${REMOTE}/**`, (route) => route.fulfill({ body: fixture('graphml-graph.graphml'), headers: CORS }));
  await openExplorer(page, 6, `/?data=${encodeURIComponent(`${REMOTE}/cast.graphml`)}&layers=actors,places,seasons`);
  await expect(page.getByTestId('visible-counts')).toHaveText('3 characters · 5 links shown');
});

test('a server that refuses other sites is reported as a CORS problem, with a way back', async ({ page }) => {
  await page.goto(`/?data=${encodeURIComponent(`${OTHER}/private/d3-node-link.json`)}`);
  await expectLoadError(page, 'does not allow other sites to read the file (CORS)');
  await page.getByRole('button', { name: 'Open the bundled graph instead' }).click();
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, shipped.nodes.length);
  expect(new URL(page.url()).searchParams.has('data')).toBe(false);
  await expect(page).toHaveTitle(/^All of Us Are Dead/);
});

test('an unreachable server is reported as a network error', async ({ page }) => {
  await page.route(`${REMOTE}/**`, (route) => route.abort('internetdisconnected'));
  await page.goto(`/?data=${encodeURIComponent(`${REMOTE}/gone.json`)}`);
  await expectLoadError(page, 'could not be reached (network error');
});

test('an HTTP error is reported with its status', async ({ page }) => {
  await page.route(`${REMOTE}/**`, (route) => route.fulfill({ status: 404, body: 'nope', headers: CORS }));
  await page.goto(`/?data=${encodeURIComponent(`${REMOTE}/missing.json`)}`);
  await expectLoadError(page, /answered with an error: HTTP 404/);
});

test('only http(s) URLs are fetched', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:application/json,{}']) {
    await page.goto(`/?data=${encodeURIComponent(bad)}`);
    await expectLoadError(page, 'Only http and https addresses can be opened');
  }
  expect(requests.filter((url) => !url.startsWith(`http://127.0.0.1:${PORT}/`))).toEqual([]);
});

test('an empty ?data= or one that names a web page says so', async ({ page }) => {
  await page.goto('/?data=');
  await expectLoadError(page, 'is not a valid address');
  await page.route('**/files/page.html', (route) =>
    route.fulfill({ body: '<!doctype html><html><body>Hi</body></html>', contentType: 'text/html' }),
  );
  await page.goto('/?data=files/page.html');
  await expectLoadError(page, 'The file could not be opened');
  await expect(page.getByRole('list', { name: 'Problems found' })).toContainText('HTML web page, not a graph file');
});

test('a file over the size limit is refused from a URL too', async ({ page }) => {
  await page.route('**/files/big.json', (route) => route.fulfill({ body: Buffer.alloc(17 * 1024 * 1024, 0x20) }));
  await page.goto('/?data=files/big.json');
  await expectLoadError(page, /too large to open \(17\.0 MB; the limit is 16\.0 MB\)/);
});

test('invalid data from a URL lists its problems, and a file can still be opened from there', async ({ page }) => {
  await page.route('**/files/bad.json', (route) =>
    route.fulfill({ json: { nodes: [{ id: 'a' }], links: [{ source: 'a', target: 'b' }] } }),
  );
  await page.goto('/?data=files/bad.json');
  await expectLoadError(page, 'The graph data is invalid');
  await expect(page.getByRole('list', { name: 'Problems found' })).toContainText('links[0].target');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open graph…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'ok.json', mimeType: 'application/json', buffer: fixture('cytoscape-array.json') });
  await page.waitForFunction(() => window.__cy?.nodes('[kind != "group"]').length === 4);
});

test('a server that never answers times out with a retry and a way back to the bundled graph', async ({ page }) => {
  // The test build lets the page shorten the 15 s limit; the route holds the request and never answers.
  await page.addInitScript(() => {
    window.__remoteTimeoutMs = 1500;
  });
  let requests = 0;
  await page.route(`${REMOTE}/**`, () => {
    requests += 1;
  });
  await page.goto(`/?data=${encodeURIComponent(`${REMOTE}/slow.json`)}`);
  await expect(page.getByRole('status')).toContainText('Loading the graph');
  await expectLoadError(page, `The server at ${REMOTE}/slow.json sent nothing for 2 seconds, so loading stopped.`);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('status')).toContainText('Loading the graph');
  await expectLoadError(page, 'sent nothing for 2 seconds');
  expect(requests).toBe(2);
  await page.getByRole('button', { name: 'Open the bundled graph instead' }).click();
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, shipped.nodes.length);
});

test('an IPv6 host and a URL with a password are refused up front, the password never shown', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`/?data=${encodeURIComponent('http://[::1]:8080/g.json')}`);
  await expectLoadError(page, 'http://[::1]:8080/g.json names its server by an IPv6 address');
  await page.goto(`/?data=${encodeURIComponent('https://ann:hunter2@example.org/g.json')}`);
  await expectLoadError(page, 'The address https://example.org/g.json carries a user name or password');
  await expect(page.locator('body')).not.toContainText('hunter2');
  await expect(page.locator('body')).not.toContainText('ann:');
  expect(requests.filter((url) => !url.startsWith(`http://127.0.0.1:${PORT}/`))).toEqual([]);
});

test('refusals of a URL are worded in Korean on the Korean page', async ({ page }) => {
  await page.addInitScript(() => {
    window.__remoteTimeoutMs = 1000;
  });
  await page.route(`${REMOTE}/**`, () => undefined);
  await page.goto(`/?lang=ko&data=${encodeURIComponent(`${REMOTE}/slow.json`)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('그래프를 불러오지 못했습니다');
  await expect(alert).toContainText(`${REMOTE}/slow.json 서버가 1초 동안 아무것도 보내지 않아 불러오기를 멈췄습니다.`);
  await expect(page.getByRole('button', { name: '다시 시도' })).toBeVisible();
  await expect(page.getByRole('button', { name: '기본 그래프 열기' })).toBeVisible();
});
