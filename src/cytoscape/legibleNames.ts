import type { Core, NodeSingular } from 'cytoscape';

import type { Rect } from '../domain/exportPlan';
import { fitGeometry, overlaps } from './exportGeometry';

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

const labelBox = (n: NodeSingular) =>
  n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });

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
  const hidden: NodeSingular[] = [];
  const base = new Map(named.map((n) => [n.id(), n.numericStyle('font-size')] as const));
  const maxWidth = new Map(named.map((n) => [n.id(), n.numericStyle('text-max-width')] as const));
  try {
    // Bigger names widen the drawing, which shrinks it in the frame: a few rounds settle the size.
    let fontSize = 0;
    for (let round = 0; round < 4; round += 1) {
      fontSize = (minPx / fitGeometry(cy, area).scale) * 1.02;
      cy.batch(() => {
        named.forEach((n) => {
          const grow = fontSize / (base.get(n.id()) || 13);
          n.style({ 'font-size': fontSize, 'text-max-width': `${(maxWidth.get(n.id()) ?? 280) * grow}px` });
        });
      });
    }
    const priority = [...named].sort(
      (a, b) =>
        KIND_ORDER.indexOf(String(a.data('kind'))) - KIND_ORDER.indexOf(String(b.data('kind'))) ||
        b.degree(false) - a.degree(false),
    );
    const kept: NodeSingular[] = [];
    for (const node of priority) {
      const box = labelBox(node);
      const clash =
        kept.some((k) => overlaps(labelBox(k), box)) ||
        bodies.some((b) => b.id() !== node.id() && overlaps(b.boundingBox({ includeLabels: false }), box));
      (clash ? hidden : kept).push(node);
    }
    // The stylesheet's export-only class (a bypass of '' would be read as "no bypass").
    hidden.forEach((n) => n.addClass('is-unlabelled'));
    const { scale, toImage } = fitGeometry(cy, area);
    const drawn = kept.map((n) => ({ id: n.id(), fontPx: fontSize * scale, box: toImage(labelBox(n)) }));
    return draw({ drawn, leftOut: hidden.length });
  } finally {
    cy.batch(() => {
      named.forEach((n) => n.removeStyle('font-size text-max-width'));
      hidden.forEach((n) => n.removeClass('is-unlabelled'));
    });
  }
}
