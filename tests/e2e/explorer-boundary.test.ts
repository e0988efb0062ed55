import { readFileSync } from 'node:fs';

import { STRINGS } from '../../src/i18n/strings';
import { expect, test } from './fixtures';
import { loadShippedGraph, openExplorer, openMenu } from './helpers';

// React reports the injected crash on the console; anything else still fails the test.
test.use({ allowConsole: /Injected crash in the explorer:Small test show panel|ExplorerBoundary/ });

const shipped = loadShippedGraph();

test('a graph whose drawing crashes falls back to the previous graph with a message', async ({ page }) => {
  await openExplorer(page, shipped.nodes.length);
  // The e2e build (VITE_CRASH_PANELS) lets a test make the explorer throw for one graph title.
  await page.evaluate(() => window.__panelCrash!.arm('explorer:Small test show'));
  const chooser = page.waitForEvent('filechooser');
  await openMenu(page);
  await page.getByRole('button', { name: 'Open graph…' }).click();
  const buffer = readFileSync(new URL('../fixtures/open/own-format.json', import.meta.url));
  await (await chooser).setFiles({ name: 'own-format.json', mimeType: 'application/json', buffer });

  const alert = page.getByRole('alert');
  // Opening, failing and falling back can take a while on a busy machine.
  await expect(alert).toContainText('own-format.json could not be opened.', { timeout: 20_000 });
  await expect(alert).toContainText(STRINGS.en.drawFailed('Injected crash in the explorer:Small test show panel'));
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, shipped.nodes.length);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(shipped.meta.title);
});
