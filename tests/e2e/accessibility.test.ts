import AxeBuilder from '@axe-core/playwright';

import { openExportDialog } from './exportHelpers';
import { expect, type Page, test } from './fixtures';
import { loadShippedGraph } from './helpers';

/**
 * axe-core audits of what a user meets first: the default view, a character card, the export dialog
 * and the phone layout, in English and Korean. Any serious or critical violation fails the test, and
 * the failure lists each rule with the elements it found.
 */
const graph = loadShippedGraph();
// axe walks the whole page, which takes most of a minute on a shared, loaded machine.
test.describe.configure({ timeout: 120_000 });

/** Opens the app in any language and waits until the chart holds the graph. */
async function openExplorer(page: Page, nodeCount: number, path: string) {
  await page.goto(path);
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, nodeCount);
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const lang of ['en', 'ko'] as const) {
  const query = lang === 'ko' ? '?lang=ko' : '';

  test(`${lang}: the default view has no serious or critical axe violation`, async ({ page }) => {
    await openExplorer(page, graph.nodes.length, `/${query}`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`${lang}: a character card has no serious or critical axe violation`, async ({ page }) => {
    await openExplorer(page, graph.nodes.length, `/${query}${query ? '&' : '?'}sel=on-jo`);
    await expect(page.getByRole('article', { name: /Nam On-jo/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the export dialog has no serious or critical axe violation', async ({ page }) => {
  await openExplorer(page, graph.nodes.length, '/');
  const dialog = await openExportDialog(page);
  await expect(dialog.getByRole('button', { name: /^Download/ })).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the phone layout with a card has no serious or critical axe violation', async ({ page }) => {
    await openExplorer(page, graph.nodes.length, '/?sel=on-jo');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
