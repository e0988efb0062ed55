import type { Core, NodeSingular } from 'cytoscape';

import type { Rect } from '../domain/exportPlan';
import { fitGeometry } from './exportGeometry';
import { labelBox } from './labelBox';
import { freeAmong, makeRoom, type NameChoice, PLACE_PROPS, placeName } from './namePlaces';

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
  // Leads first (drawn larger), then by the links on screen: the principal's many off-screen cast and
  // place links must not win him the room beside Su-hyeok.
  const shownLinks = (n: NodeSingular) => n.connectedEdges(':visible').length;
  const priority = [...named].sort(
    (a, b) =>
      KIND_ORDER.indexOf(String(a.data('kind'))) - KIND_ORDER.indexOf(String(b.data('kind'))) ||
      b.width() - a.width() ||
      shownLinks(b) - shownLinks(a),
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
      const chosen = new Map<string, NameChoice>();
      const fullOf = (n: NodeSingular) => fullLabel.get(n.id()) ?? '';
      const isFree = freeAmong(placed, bodies);
      hidden = [];
      for (const node of priority) {
        // Only a lead (a name drawn largest on screen) moves another name out of its way, or stands
        // half a line off its node: the rest leave that room to arrow captions.
        const lead = node.hasClass('tier-1');
        const choice =
          placeName(node, fullOf(node), isFree) ??
          (lead && makeRoom(node, fullOf, placed, bodies, chosen) ? chosen.get(node.id()) : null) ??
          (lead ? placeName(node, fullOf(node), isFree, true) : null);
        if (!choice) hidden.push(node);
        else if (!placed.includes(node)) {
          placed.push(node);
          chosen.set(node.id(), choice);
        }
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
