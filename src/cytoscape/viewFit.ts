import type { Collection, Core } from 'cytoscape';

import { marked } from './marks';

const PADDING = 30;
const EASE = { duration: 300, easing: 'ease-in-out-cubic' } as const;
/** A neighbourhood of two people should not fill the screen with giant names. */
const MAX_FOCUS_ZOOM = 1.6;

/** The zoom at which `eles` with their labels fill the canvas (within its padding and `maxZoom`). */
export function fitZoom(cy: Core, eles: Collection, maxZoom = Infinity): number {
  const box = eles.boundingBox({ includeLabels: true });
  return Math.min(
    (cy.width() - 2 * PADDING) / Math.max(box.w, 1),
    (cy.height() - 2 * PADDING) / Math.max(box.h, 1),
    maxZoom,
    cy.maxZoom(),
  );
}

/** Eases the view to `eles` (the visible graph, a neighbourhood, a path); nothing moves but the camera. */
export function easeTo(cy: Core, eles: Collection, maxZoom = Infinity): void {
  if (eles.empty() || cy.width() === 0) return;
  cy.stop(true, false);
  const box = eles.boundingBox({ includeLabels: true });
  const zoom = fitZoom(cy, eles, maxZoom);
  const pan = {
    x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
    y: cy.height() / 2 - zoom * (box.y1 + box.h / 2),
  };
  // Reduced motion: jump instead of gliding.
  const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (still) cy.viewport({ zoom, pan });
  else cy.animate({ zoom, pan }, EASE);
}

/**
 * What the view should frame: a selection's neighbourhood, else a highlighted path, else everything
 * shown. `eles` is computed when asked for: the first view of a graph does not need it, and the
 * visible elements of a large graph take a while to collect.
 */
export function framed(
  cy: Core,
  selectedId: string | null,
): { eles: () => Collection; maxZoom: number; everything?: true } {
  const selected = selectedId === null ? cy.collection() : cy.getElementById(selectedId);
  if (selected.nonempty() && selected.visible()) {
    const hood = selected.closedNeighborhood(':visible');
    return { eles: () => hood, maxZoom: MAX_FOCUS_ZOOM };
  }
  const path = marked(cy, 'is-path').filter((ele) => ele.visible());
  if (path.nonempty()) return { eles: () => path, maxZoom: MAX_FOCUS_ZOOM };
  // Collected once, on first use: a filter change asks for it twice (to size the view, then to ease to it).
  let shown: Collection | undefined;
  return { eles: () => (shown ??= cy.elements(':visible').not('.is-group')), maxZoom: Infinity, everything: true };
}
