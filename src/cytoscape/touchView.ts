import type { BoundingBox12, Core, EventObject, NodeSingular, Position } from 'cytoscape';

import { overlaps } from './exportGeometry';
import { labelBox } from './labelBox';
import { hideSmallNames, MIN_NAME_PX, NAME_SIZES } from './nameSizes';
import { union } from './startView';

/** Taps this far (CSS px) outside a node's edge still choose it: fingers are wider than mouse pointers. */
export const TAP_MARGIN = 24;
export const MAX_ZOOM = 4;
/** Names a phone's first view should hold before it looks for leads (the phone issue's target). */
const START_NAMES = 12;
/** A lead's body, as the window must hold it: this far around its centre (model units). */
const EDGE = 20;
/** Screen pixels kept clear inside the canvas's edge, so no name is cut by it. */
const INSET = 8;
/** Above this many drawn names the window search (names² windows × names) would stall: centre on the leads. */
const MAX_SEARCHED_NAMES = 150;

/**
 * The visible node whose edge is nearest to a tap on the background, if within TAP_MARGIN. Group boxes
 * are not candidates: a tap inside one would always be "on" it, never beside the person it frames.
 */
export function nodeNearTap(cy: Core, rendered: Position): NodeSingular | null {
  let best: NodeSingular | null = null;
  let bestGap = TAP_MARGIN;
  cy.nodes(':visible')
    .not('.is-group')
    .forEach((node) => {
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
 * Fit: every visible element in view, even when a re-layout spread the chart wider than the zoom limit
 * allowed; the limit then follows, again half of the whole view.
 */
export function fitAll(cy: Core): void {
  const limit = cy.minZoom();
  cy.minZoom(1e-6);
  cy.fit(cy.elements(':visible'), 30);
  cy.minZoom(Math.min(limit, cy.zoom() / 2));
}

/**
 * The readable start view, for a phone or an upright tablet, and for any screen where the whole chart
 * would be drawn with no name at all (a landscape tablet, or actors and places on at 1280 × 720): the
 * zoom where every character's name is drawn at MIN_NAME_PX or more, on a window that holds
 * START_NAMES names no other drawn label covers (or as many as any window holds) and, among those, the
 * most leads (then the most names, then the nearest to the leads), instead of the whole cast at a size
 * where no name can be read. Fit still shows everything. Labels scale with the zoom, so which names
 * collide does not depend on it.
 */
export function readableStartView(cy: Core): void {
  // A hair above the threshold: 10 / 13.5 × 13.5 may come out at 9.999…
  const zoom = Math.min(MAX_ZOOM, (MIN_NAME_PX + 0.05) / NAME_SIZES[3]);
  cy.zoom(zoom);
  hideSmallNames(cy);
  // All of it fits at that size (an upright tablet): show all of it, as large as it fits. The margin
  // is narrower than the window's: a name 4 px from the edge is whole, one cut by it is not.
  const shown = cy.elements(':visible');
  const all = shown.boundingBox();
  if (all.w * zoom <= cy.width() - INSET && all.h * zoom <= cy.height() - INSET) {
    cy.fit(shown, INSET / 2);
    hideSmallNames(cy);
    return;
  }
  const named = cy.nodes(':visible').filter((node) => node.style('label') !== '');
  if (named.length > MAX_SEARCHED_NAMES) {
    const leads = named.filter('.tier-1');
    cy.center(leads.nonempty() ? leads : named);
    return;
  }
  const labels = named.map((node) => ({ node, box: labelBox(node) }));
  const clean = labels
    .filter(
      ({ node, box }) =>
        node.hasClass('kind-character') && labels.every((o) => o.node === node || !overlaps(box, o.box)),
    )
    .map(({ box }) => box);
  const people = cy.nodes('.kind-character:visible');
  if (clean.length === 0 || people.empty()) {
    cy.center(cy.nodes(':visible'));
    return;
  }
  const leads = people.filter('.tier-1').nonempty() ? people.filter('.tier-1') : people;
  const story = centreOf(leads.map((n) => n.position()));
  // The window in model units, a little inside the canvas so no name is cut by its edge.
  const half = { x: (cy.width() - 2 * INSET) / zoom / 2, y: (cy.height() - 2 * INSET) / zoom / 2 };
  // Leads whose body, and name when it is drawn, sit inside the window: a lead cut off at the edge
  // with half a name is not shown.
  const leadBoxes = leads.map((n) => {
    const body = grow(n.position(), EDGE);
    return n.style('label') === '' ? body : union([body, labelBox(n)])!;
  });
  const inside = (c: Position) => (b: BoundingBox12) =>
    b.x1 >= c.x - half.x && b.x2 <= c.x + half.x && b.y1 >= c.y - half.y && b.y2 <= c.y + half.y;
  const held = (c: Position) => clean.filter(inside(c));
  const leadsAt = (c: Position) => leadBoxes.filter(inside(c));
  // The best windows have a name at their left or right edge and one at their top or bottom edge.
  const edges = [...clean, ...leadBoxes];
  const xs = edges.flatMap((b) => [b.x1 + half.x, b.x2 - half.x]);
  const ys = edges.flatMap((b) => [b.y1 + half.y, b.y2 - half.y]);
  const windows = [story, ...xs.flatMap((x) => ys.map((y) => ({ x, y })))].map((c) => ({
    c,
    names: held(c).length,
    leads: leadsAt(c).length,
    off: Math.hypot(c.x - story.x, c.y - story.y),
  }));
  // Enough names to read at a glance, then as many leads as possible: the window with the most names
  // lay beside the leads' crowd and left Cheong-san, Nam-ra, Su-hyeok and Gwi-nam off a phone's view.
  const enough = Math.min(START_NAMES, Math.max(...windows.map((w) => w.names)));
  const chosen = windows
    .filter((w) => w.names >= enough)
    .reduce((a, b) =>
      b.leads > a.leads || (b.leads === a.leads && (b.names > a.names || (b.names === a.names && b.off < a.off)))
        ? b
        : a,
    );
  let best = chosen.c;
  // The window is flush with a name on two sides: centre the names and the leads it holds instead, so
  // no band of the screen is left empty (they fit, since they all fit in the window).
  const names = [...held(best), ...leadsAt(best)];
  if (names.length > 0) {
    const [x1, x2] = [Math.min(...names.map((b) => b.x1)), Math.max(...names.map((b) => b.x2))];
    const [y1, y2] = [Math.min(...names.map((b) => b.y1)), Math.max(...names.map((b) => b.y2))];
    best = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  }
  cy.pan({ x: cy.width() / 2 - best.x * zoom, y: cy.height() / 2 - best.y * zoom });
}

const grow = (p: Position, by: number): BoundingBox12 =>
  ({ x1: p.x - by, x2: p.x + by, y1: p.y - by, y2: p.y + by }) as BoundingBox12;

const centreOf = (points: Position[]): Position => ({
  x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
  y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
});

/**
 * On a touch screen one finger pans wherever it lands. Cytoscape pans under a finger only when it starts
 * on the background or on a pannable element; nodes are not pannable by default (and cannot be dragged
 * here), so a swipe that began on a person or inside a group box did nothing.
 */
export function panUnderFinger(cy: Core, touch: boolean): void {
  if (touch) cy.nodes().panify();
  else cy.nodes().unpanify();
}

/**
 * Keeps the chart under a panning finger. Cytoscape 3.34 starts a one-finger pan with the finger's
 * distance in screen pixels multiplied by the zoom, so below zoom 1 the chart slips behind the finger by
 * the first pixels of every swipe (about 9 px of 60 at a phone's whole-chart zoom). Each pan step is set
 * from where the finger and the view started instead. Returns the function that removes the listeners.
 */
export function followFinger(cy: Core): () => void {
  const container = cy.container();
  if (!container) return () => {};
  let start: { x: number; y: number; pan: Position; zoom: number } | null = null;
  // A new gesture, or the finger left on the glass after a pinch: pans count from here.
  const remember = (e: TouchEvent) => {
    const finger = e.touches.length === 1 ? e.touches[0] : undefined;
    start = finger ? { x: finger.clientX, y: finger.clientY, pan: { ...cy.pan() }, zoom: cy.zoom() } : null;
  };
  const onPan = (e: EventObject) => {
    const event = e.originalEvent;
    const finger = event instanceof TouchEvent && event.touches.length === 1 ? event.touches[0] : undefined;
    if (!start || !finger || cy.zoom() !== start.zoom) return;
    cy.pan({ x: start.pan.x + finger.clientX - start.x, y: start.pan.y + finger.clientY - start.y });
  };
  const events = ['touchstart', 'touchend', 'touchcancel'] as const;
  for (const type of events) container.addEventListener(type, remember, { passive: true });
  cy.on('dragpan', onPan);
  return () => {
    for (const type of events) container.removeEventListener(type, remember);
    cy.off('dragpan', onPan);
  };
}
