import type { Core, NodeSingular } from 'cytoscape';

import type { Rect } from '../domain/exportPlan';
import { fitGeometry, overlaps } from './exportGeometry';
import { labelBox } from './labelBox';

/** A name as drawn in the image: its box in image pixels and its font size in pixels. */
export interface DrawnName {
  id: string;
  box: Rect;
  fontPx: number;
}

export interface NamesReport {
  drawn: DrawnName[];
  /** Names left out because at a legible size they would have covered another name or node. */
  leftOut: number;
}

const KIND_ORDER = ['character', 'season', 'location', 'actor'];

type Place = Record<string, string | number>;

/**
 * Where a name may sit around its node, tried in this order: under it (as on screen), then under and
 * above slid sideways by up to half its width, then beside it slid up or down, then at its corners, always touching the node.
 */
function placesAround(width: number, height: number): Place[] {
  const slides = [0, -0.25, 0.25, -0.45, 0.45];
  const across = (valign: string, marginY: number) =>
    slides.map((f) => ({
      'text-valign': valign,
      'text-halign': 'center',
      'text-margin-x': f * width,
      'text-margin-y': marginY,
    }));
  const beside = (halign: string, marginX: number) =>
    slides.map((f) => ({
      'text-valign': 'center',
      'text-halign': halign,
      'text-margin-x': marginX,
      'text-margin-y': 2 * f * height,
    }));
  const corners = ['top', 'bottom'].flatMap((valign) =>
    ['left', 'right'].map((halign) => ({
      'text-valign': valign,
      'text-halign': halign,
      'text-margin-x': 0,
      'text-margin-y': 0,
    })),
  );
  return [{}, ...across('bottom', 4), ...across('top', -4), ...beside('right', 6), ...beside('left', -6), ...corners];
}
const PLACE_PROPS = 'text-valign text-halign text-margin-x text-margin-y label';

/**
 * Runs `draw` with every name at least `minPx` image pixels tall once the chart is fitted into `area`:
 * names are enlarged (a bypass style, gone again right after the synchronous drawing), and those that
 * would then cover another name or a node are left out, least connected first. The report says where
 * each drawn name lands in the image, so the result can be checked on the file itself.
 */
export function withLegibleNames<T>(cy: Core, area: Rect, minPx: number, draw: (report: NamesReport) => T): T {
  const bodies = cy
    .nodes(':visible')
    .map((n) => n)
    .filter((n) => !n.isParent());
  const named = bodies.filter((n) => String(n.style('label') ?? '') !== '');
  let hidden: NodeSingular[] = [];
  const base = new Map(named.map((n) => [n.id(), n.numericStyle('font-size')] as const));
  const maxWidth = new Map(named.map((n) => [n.id(), n.numericStyle('text-max-width')] as const));
  const fullLabel = new Map(named.map((n) => [n.id(), String(n.style('label'))] as const));
  const priority = [...named].sort(
    (a, b) =>
      KIND_ORDER.indexOf(String(a.data('kind'))) - KIND_ORDER.indexOf(String(b.data('kind'))) ||
      b.degree(false) - a.degree(false),
  );
  try {
    let fontSize = 0;
    let kept: NodeSingular[] = [];
    // A name moved beside its node can widen the drawing and shrink it in the frame: then the names
    // grow again and are placed anew (settles in one or two passes).
    for (let pass = 0; pass < 3; pass += 1) {
      hidden.forEach((n) => n.removeClass('is-unlabelled'));
      // Bigger names widen the drawing, which shrinks it in the frame: a few rounds settle the size.
      for (let round = 0; round < 4; round += 1) {
        fontSize = (minPx / fitGeometry(cy, area).scale) * 1.02;
        cy.batch(() => {
          named.forEach((n) => {
            const grow = fontSize / (base.get(n.id()) || 13);
            n.style({ 'font-size': fontSize, 'text-max-width': `${(maxWidth.get(n.id()) ?? 280) * grow}px` });
          });
        });
      }
      const placed: NodeSingular[] = [];
      const clashes = (node: NodeSingular) => {
        const box = labelBox(node);
        return (
          placed.some((k) => overlaps(labelBox(k), box)) ||
          bodies.some((b) => b.id() !== node.id() && overlaps(b.boundingBox({ includeLabels: false }), box))
        );
      };
      hidden = [];
      for (const node of priority) {
        (fitsSomewhere(node, fullLabel.get(node.id()) ?? '', clashes) ? placed : hidden).push(node);
      }
      kept = placed;
      // The stylesheet's export-only class (a bypass of '' would be read as "no bypass").
      hidden.forEach((n) => n.addClass('is-unlabelled'));
      if (fontSize * fitGeometry(cy, area).scale >= minPx) break;
    }
    const { scale, toImage } = fitGeometry(cy, area);
    const drawn = kept.map((n) => ({ id: n.id(), fontPx: fontSize * scale, box: toImage(labelBox(n)) }));
    return draw({ drawn, leftOut: hidden.length });
  } finally {
    cy.batch(() => {
      named.forEach((n) => n.removeStyle(`font-size text-max-width ${PLACE_PROPS}`));
      hidden.forEach((n) => n.removeClass('is-unlabelled'));
    });
  }
}

/**
 * Tries the name around its node (see `placesAround`), then the character's name alone (without the
 * actor's line) in the same places, so a lead in a crowded centre keeps a name rather than losing it
 * to a quieter neighbour. Leaves the node styled at the first free place; false if there is none.
 */
function fitsSomewhere(node: NodeSingular, full: string, clashes: (node: NodeSingular) => boolean): boolean {
  const nameOnly = full.split('\n')[0] ?? full;
  const labels = nameOnly === full ? [full] : [full, nameOnly];
  for (const label of labels) {
    node.removeStyle(PLACE_PROPS);
    if (label !== full) node.style({ label });
    const { w, h } = labelBox(node);
    for (const place of placesAround(w, h)) {
      node.removeStyle(PLACE_PROPS);
      node.style({ ...place, ...(label === full ? {} : { label }) });
      if (!clashes(node)) return true;
    }
  }
  node.removeStyle(PLACE_PROPS);
  return false;
}
