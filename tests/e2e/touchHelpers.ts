import type { BoundingBox12 } from 'cytoscape';

import type { Page } from './fixtures';

/**
 * Character names drawn in the chart's visible area at ≥ 10 px on screen whose label box overlaps no
 * other drawn label: the names a user can actually read.
 */
export const readableNames = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const cy = window.__cy!;
    const ext = cy.extent();
    const zoom = cy.zoom();
    const drawn = cy
      .nodes(':visible')
      .filter((n) => n.style('label') !== '' && parseFloat(n.style('font-size')) * zoom >= 6)
      .map((n) => ({
        node: n,
        // The name alone: by default Cytoscape's box also takes in the node's body (its invisible overlay).
        box: n.boundingBox({
          includeLabels: true,
          includeNodes: false,
          includeOverlays: false,
          includeUnderlays: false,
        }),
      }));
    const inView = (b: BoundingBox12) => b.x1 >= ext.x1 && b.x2 <= ext.x2 && b.y1 >= ext.y1 && b.y2 <= ext.y2;
    const overlaps = (a: BoundingBox12, b: BoundingBox12) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    return drawn.filter(
      ({ node, box }) =>
        node.hasClass('kind-character') &&
        parseFloat(node.style('font-size')) * zoom >= 10 &&
        inView(box) &&
        drawn.every((other) => other.node === node || !overlaps(box, other.box)),
    ).length;
  });

/** Ids of the leads whose body and name are wholly inside the chart's visible area, sorted. */
export const leadsNamed = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const cy = window.__cy!;
    const ext = cy.extent();
    return cy
      .nodes('.tier-1:visible')
      .filter((n) => {
        const b = n.boundingBox({ includeLabels: true, includeNodes: true, includeOverlays: false });
        return !n.hasClass('is-nameless') && b.x1 >= ext.x1 && b.x2 <= ext.x2 && b.y1 >= ext.y1 && b.y2 <= ext.y2;
      })
      .map((n) => n.id())
      .sort();
  });

/** Controls on screen smaller than 44 × 44 CSS px (a finger's tap target), by their text or label. */
export const smallTargets = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, summary, .season-filter span')]
      .filter(
        (el) =>
          !(el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox' || el.type === 'file')),
      )
      .filter((el) => el.checkVisibility())
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width < 44 || box.height < 44;
      })
      .map((el) => el.getAttribute('aria-label') ?? (el.textContent?.trim() || el.tagName)),
  );

/** Two fingers moving apart from `at` (CDP touch events, as a real pinch sends them). */
export async function pinchOut(page: Page, at: { x: number; y: number }, spread: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const points = (d: number) => [
    { x: at.x - d, y: at.y, id: 0 },
    { x: at.x + d, y: at.y, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(20) });
  for (let step = 1; step <= 10; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(20 + (spread * step) / 10) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** One finger dragging from `from` by (dx, dy). */
export async function swipe(page: Page, from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...from, id: 0 }] });
  for (let step = 1; step <= 10; step++) {
    const point = { x: from.x + (dx * step) / 10, y: from.y + (dy * step) / 10, id: 0 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}
