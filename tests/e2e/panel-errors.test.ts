import { STRINGS } from '../../src/i18n/strings';
import { expect, type Page, test } from './fixtures';
import { closeMenu, loadShippedGraph, openExplorer, openMenu, watchConsole } from './helpers';

// React reports each injected crash on the console; anything else still fails the test.
test.use({ allowConsole: /Injected crash in the \w+ panel|PanelBoundary/ });

// The e2e build sets VITE_CRASH_PANELS, which lets a test make one panel throw while rendering.
const graph = loadShippedGraph();
const en = STRINGS.en;
const character = graph.nodes.find((n) => n.kind === 'character')!;

const arm = (page: Page, panel: string) => page.evaluate((p) => window.__panelCrash!.arm(p), panel);
const disarm = (page: Page, panel: string) => page.evaluate((p) => window.__panelCrash!.disarm(p), panel);
const failure = (page: Page, panel: keyof typeof en.panelNames) =>
  page.getByRole('alert').filter({ hasText: en.panelFailed(en.panelNames[panel]) });

/** The graph is still drawn with all its nodes, and still answers a click on the canvas. */
async function expectGraphAlive(page: Page): Promise<void> {
  await expect(page.locator('.graph-canvas canvas').first()).toBeVisible();
  expect(await page.evaluate(() => window.__cy!.nodes('[kind != "group"]').length)).toBe(graph.nodes.length);
  expect(await page.evaluate(() => window.__cy!.nodes('[kind != "group"]:visible').length)).toBeGreaterThan(0);
}

/** Console output is only React's report of the crash we injected. */
function expectOnlyInjectedCrashes(messages: string[]): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) expect(message).toMatch(/Injected crash in the \w+ panel|PanelBoundary/);
}

test('a crash in the legend shows a message and a retry; the graph and other panels keep working', async ({ page }) => {
  const messages = watchConsole(page);
  await openExplorer(page, graph.nodes.length);
  const legend = page.getByRole('region', { name: en.legend });
  await expect(legend).toBeVisible();

  await arm(page, 'legend');
  await expect(failure(page, 'legend')).toBeVisible();
  await expect(legend).toHaveCount(0);
  await expectGraphAlive(page);

  // The rest still works: search selects a node and its card opens.
  await page.getByRole('combobox', { name: en.search }).fill(character.label);
  await page.getByRole('listbox', { name: en.search }).getByRole('option').first().click();
  await expect(page.getByRole('article', { name: new RegExp(character.label) })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => window.__cy!.nodes('.is-selected').map((n) => n.id())))
    .toEqual([character.id]);

  // Trying again while the fault is still there fails again, calmly; once it is gone, the legend is back.
  await failure(page, 'legend').getByRole('button', { name: en.tryAgain }).click();
  await expect(failure(page, 'legend')).toBeVisible();
  await disarm(page, 'legend');
  await failure(page, 'legend').getByRole('button', { name: en.tryAgain }).click();
  await expect(legend).toBeVisible();
  await expect(legend.getByRole('button', { name: /^Character/ })).toBeVisible();
  await expect(failure(page, 'legend')).toHaveCount(0);
  await expectGraphAlive(page);
  expectOnlyInjectedCrashes(messages);
});

test('every panel has its own boundary', async ({ page }) => {
  const messages = watchConsole(page);
  await openExplorer(page, graph.nodes.length, `/?sel=${character.id}`);
  await page.getByText(en.connected).click();
  const panels = ['search', 'toolbar', 'settings', 'legend', 'card', 'pathFinder', 'seasonDiff', 'table'] as const;
  for (const panel of panels) {
    if (panel === 'settings' || panel === 'table') await openMenu(page);
    if (panel === 'table') await page.getByLabel(en.view).selectOption('table');
    await arm(page, panel);
    await expect(failure(page, panel)).toBeVisible();
    // Exactly one panel failed, and the graph is untouched.
    await expect(page.locator('.panel-error')).toHaveCount(1);
    expect(await page.evaluate(() => window.__cy!.nodes('[kind != "group"]').length)).toBe(graph.nodes.length);
    await disarm(page, panel);
    await failure(page, panel).getByRole('button', { name: en.tryAgain }).click();
    await expect(page.locator('.panel-error')).toHaveCount(0);
    await closeMenu(page);
  }
  await expect(page.getByRole('table', { name: /Characters/ })).toBeVisible();
  expectOnlyInjectedCrashes(messages);
});

test('a failed card starts afresh when another node is chosen', async ({ page }) => {
  const messages = watchConsole(page);
  const other = graph.nodes.find((n) => n.kind === 'character' && n.id !== character.id)!;
  await openExplorer(page, graph.nodes.length, `/?sel=${character.id}`);
  await arm(page, 'card');
  await expect(failure(page, 'card')).toBeVisible();
  await disarm(page, 'card');
  await page.getByRole('combobox', { name: en.search }).fill(other.label);
  await page.getByRole('listbox', { name: en.search }).getByRole('option').first().click();
  await expect(page.getByRole('article', { name: new RegExp(other.label) })).toBeVisible();
  await expect(failure(page, 'card')).toHaveCount(0);
  expectOnlyInjectedCrashes(messages);
});

test('the Korean interface words the failure in Korean', async ({ page }) => {
  const messages = watchConsole(page);
  await page.goto('/?lang=ko');
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
  await arm(page, 'legend');
  const ko = STRINGS.ko;
  const alert = page.getByRole('alert').filter({ hasText: ko.panelFailed(ko.panelNames.legend) });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: ko.tryAgain })).toBeVisible();
  expectOnlyInjectedCrashes(messages);
});
