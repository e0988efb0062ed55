import { bundledPackages, licenceAllowed } from '../../scripts/licences';
import { expect, test } from './fixtures';
import { loadShippedGraph, openExplorer, openMenu } from './helpers';

const graph = loadShippedGraph();

test('About links the MIT licence and the notices of every bundled package, all on the allow-list', async ({
  page,
  request,
}) => {
  await openExplorer(page, graph.nodes.length);
  await openMenu(page);
  await page.getByText('About', { exact: true }).click();
  const notices = page.getByRole('link', { name: 'Third-party notices' });
  await expect(page.getByRole('link', { name: 'Licence (MIT)' })).toBeVisible();
  const licence = await request.get((await page.getByRole('link', { name: 'Licence (MIT)' }).getAttribute('href'))!);
  expect(await licence.text()).toMatch(/^MIT License/);
  const response = await request.get((await notices.getAttribute('href'))!);
  expect(response.ok()).toBe(true);
  const packages = bundledPackages(await response.text());
  const names = packages.map((p) => p.name);
  // What the page and its workers (the layout, the file reader) are made of is all there.
  for (const name of [
    'react',
    'react-dom',
    'cytoscape',
    'cytoscape-fcose',
    'layout-base',
    'cose-base',
    'zod',
    'graphology',
    'graphology-layout-forceatlas2',
    '@xmldom/xmldom',
  ]) {
    expect(names).toContain(name);
  }
  expect(names).not.toContain('cytoscape-svg');
  expect(packages.filter((p) => !licenceAllowed(p.licence))).toEqual([]);
});

test('the About entry is in Korean when the interface is', async ({ page }) => {
  await openExplorer(page, graph.nodes.length);
  await openMenu(page);
  await page.getByLabel('Language').selectOption('ko');
  await page.getByText('정보', { exact: true }).click();
  await expect(page.getByRole('link', { name: '제3자 고지' })).toBeVisible();
  await expect(page.getByRole('link', { name: '라이선스 (MIT)' })).toBeVisible();
});
