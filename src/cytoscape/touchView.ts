import type { BoundingBox12, Core, NodeSingular, Position } from 'cytoscape';

/** Taps this far (CSS px) outside a node's edge still choose it: fingers are wider than mouse pointers. */
export const TAP_MARGIN = 24;
/** Names are 13 px at zoom 1; the phone start view draws them at least this big. */
const PHONE_NAME_PX = 10.5;
const NAME_FONT_PX = 13;
export const MAX_ZOOM = 4;

/** The visible node whose edge is nearest to a tap on the background, if within TAP_MARGIN. */
export function nodeNearTap(cy: Core, rendered: Position): NodeSingular | null {
  let best: NodeSingular | null = null;
  let bestGap = TAP_MARGIN;
  cy.nodes(':visible').forEach((node) => {
    const at = node.renderedPosition();
    const radius = Math.max(node.renderedOuterWidth(), node.renderedOuterHeight()) / 2;
    const gap = Math.hypot(at.x - rendered.x, at.y - rendered.y) - radius;
    if (gap <= bestGap) {
      best = node;
      bestGap = gap;
    }
  });
  return best;
}

/**
 * Zoom limits: out to half of the whole-chart view (nothing is gained further out), in to MAX_ZOOM.
 * Called once the chart is laid out and fitted.
 */
export function clampZoom(cy: Core): void {
  cy.minZoom(Math.min(cy.zoom(), 1) / 2);
  cy.maxZoom(MAX_ZOOM);
}

/**
 * A phone's first view: a window at a zoom where names are drawn at PHONE_NAME_PX, placed where it holds
 * the most character names that no other label covers, instead of the whole cast at a size where no name
 * can be read. Labels scale with the zoom, so which names collide does not depend on it.
 */
export function phoneStartView(cy: Core): void {
  const zoom = Math.min(MAX_ZOOM, PHONE_NAME_PX / NAME_FONT_PX);
  cy.zoom(zoom);
  const labels = cy.nodes(':visible').map((node) => ({ node, box: node.boundingBox({ includeNodes: false }) }));
  const clean = labels.filter(
    ({ node, box }) => node.hasClass('kind-character') && labels.every((o) => o.node === node || !overlaps(box, o.box)),
  );
  // The window in model units, a little inside the canvas so no name is cut by its edge.
  const half = { x: (cy.width() - 16) / zoom / 2, y: (cy.height() - 16) / zoom / 2 };
  const centres = clean.map(({ node }) => node.position());
  let best = centres[0];
  let bestCount = -1;
  for (const c of centres) {
    const count = clean.filter(
      ({ box }) => box.x1 >= c.x - half.x && box.x2 <= c.x + half.x && box.y1 >= c.y - half.y && box.y2 <= c.y + half.y,
    ).length;
    if (count > bestCount) [best, bestCount] = [c, count];
  }
  if (best) cy.pan({ x: cy.width() / 2 - best.x * zoom, y: cy.height() / 2 - best.y * zoom });
}

const overlaps = (a: BoundingBox12, b: BoundingBox12) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
