import { expect, test } from './fixtures';

// The HTTP-error test serves a 503 on purpose; Chromium logs the failed request.
test.use({ allowConsole: /Failed to load resource: the server responded with a status of 503/ });

test('invalid graph data shows every problem with its JSON path, never a blank page', async ({ page }) => {
  const bad = {
    meta: { title: 'Broken', slug: 'broken' },
    sources: [{ id: 'src', title: 'A source', kind: 'page' }],
    nodes: [
      { id: 's1', kind: 'season', label: 'Season 1', seasons: ['s1'], number: 1, released: true },
      { id: 'a', kind: 'location', label: 'A', seasons: ['s1'] },
      { id: 'a', kind: 'location', label: 'A again', seasons: ['s1'] },
    ],
    links: [
      {
        id: 'l1',
        kind: 'appears-in',
        source: 'a',
        target: 'nowhere',
        directed: true,
        seasons: ['s1'],
        sources: ['src'],
        certainty: 'on-screen',
      },
    ],
  };
  await page.route('**/graph.json', (route) => route.fulfill({ json: bad }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The graph could not be loaded');
  const problems = alert.getByRole('list', { name: 'Problems found' }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('nodes[2].id');
  await expect(problems.nth(1)).toContainText('links[0].target');
});

test('a wrong field type is reported with its path', async ({ page }) => {
  await page.route('**/graph.json', (route) =>
    route.fulfill({ json: { meta: { title: 'x', slug: 'x' }, sources: [], nodes: [{ id: 7 }], links: 'none' } }),
  );
  await page.goto('/');
  const problems = page.getByRole('list', { name: 'Problems found' });
  await expect(problems).toContainText('nodes[0]');
  await expect(problems).toContainText('links');
});

test('an HTTP error says so and offers a retry that recovers', async ({ page }) => {
  let calls = 0;
  await page.route('**/graph.json', async (route) => {
    calls += 1;
    if (calls === 1) await route.fulfill({ status: 503, body: 'down' });
    else await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('HTTP 503');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Export image…' })).toBeEnabled();
});
