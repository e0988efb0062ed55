import { readFileSync } from 'node:fs';

import { expect, type Page } from '@playwright/test';

import { parseGraph, type StoryGraph } from '../../src/domain/parseGraph';

/** The shipped dataset, parsed by the same code the app uses: expected values come from the data. */
export function loadShippedGraph(): StoryGraph {
  return parseGraph(JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')));
}

/** What Playwright logs when `serviceWorkers: 'block'` (playwright.config.ts) stops the app's worker. */
export const SERVICE_WORKER_BLOCKED = 'warning: Service Worker registration blocked by Playwright';

/** Fails the test on any console error or warning, or uncaught page error (the blocked worker aside). */
export function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (msg) => {
    const text = `${msg.type()}: ${msg.text()}`;
    if ((msg.type() === 'error' || msg.type() === 'warning') && text !== SERVICE_WORKER_BLOCKED) messages.push(text);
  });
  page.on('pageerror', (err) => messages.push(`pageerror: ${err.message}`));
  return messages;
}

/** Opens the app and waits until Cytoscape holds `nodeCount` nodes and the layout has spread them. */
export async function openExplorer(page: Page, nodeCount: number, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, nodeCount);
  // On narrow screens the export button waits in the closed menu; it is enabled once the canvas is ready.
  await expect(
    page.getByRole('button', { name: /^(Export image…|이미지 내보내기…)$/, includeHidden: true }),
  ).toBeEnabled();
}

/** Viewport coordinates of a node's centre, for clicking and hovering through the canvas. */
export async function nodeScreenPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((nodeId) => window.__cy!.getElementById(nodeId).renderedPosition(), id);
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('graph canvas is not on screen');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

/** Ids of the nodes Cytoscape shows, sorted, to compare with what the domain says should be visible. */
export const visibleIds = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    window
      .__cy!.nodes('[kind != "group"]:visible')
      .map((n) => n.id())
      .sort(),
  );

/** Opens the bar's menu (season on narrow screens, layout, open, theme, language, names), if closed. */
export async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^(Menu|메뉴)$/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Closes the bar's menu if it is open (it covers part of the side column while open). */
export async function closeMenu(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^(Menu|메뉴)$/ });
  if ((await button.getAttribute('aria-expanded')) === 'true') await button.click();
}
