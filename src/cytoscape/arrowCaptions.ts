import type { BoundingBox12, Core, EdgeSingular } from 'cytoscape';

import type { Rect } from '../domain/exportPlan';
import { overlaps } from './exportGeometry';
import { labelBox } from './labelBox';

/** A caption as drawn in the image: its box (background included) in image pixels, and its text size. */
export interface DrawnCaption {
  id: string;
  text: string;
  box: Rect;
  fontPx: number;
}

export interface CaptionsReport {
  drawn: DrawnCaption[];
  /** Captions left out because they would have covered another caption, a name or a node. */
  leftOut: number;
  /** The names drawn in the same image, which no caption may cover. */
  names: Rect[];
}

/** Stylesheet classes (stylesheet.ts): the caption on its background, and a caption left out. */
const SHOWN = 'is-export-caption';
const DROPPED = 'is-caption-dropped';
/** The stylesheet's caption size and width at zoom 1, grown together so a caption wraps the same. */
const BASE = { font: 12.5, maxWidth: 220 };

/**
 * Runs `draw` with the short caption of every visible story link drawn on it, on a background, at
 * least `minPx` image pixels tall when one model unit is `scale` pixels. A caption that would cover
 * another caption, a name or a node is left out: links between the most connected people go first,
 * then shorter captions. The styles are gone again right after the synchronous drawing.
 */
export function withArrowCaptions<T>(
  cy: Core,
  sizing: { scale: number; minPx: number; toImage: ((box: BoundingBox12) => Rect) | null },
  draw: (report: CaptionsReport | null) => T,
): T {
  const links = cy.edges('.is-story:visible');
  const font = Math.max(BASE.font, sizing.minPx / Math.max(sizing.scale, 1e-9));
  cy.batch(() => {
    links.addClass(SHOWN);
    links.style({ 'font-size': font, 'text-max-width': `${(BASE.maxWidth * font) / BASE.font}px` });
  });
  try {
    const nodes = cy.nodes(':visible');
    const named = nodes.filter((n) => String(n.style('label') ?? '') !== '');
    const nameBoxes = named.map((n) => labelBox(n));
    const obstacles = [
      ...nameBoxes,
      ...nodes.filter((n) => !n.isParent()).map((n) => n.boundingBox({ includeLabels: false })),
    ];
    const weight = (e: EdgeSingular) => e.source().degree(false) + e.target().degree(false);
    const ordered = links
      .map((e) => e)
      .sort((a, b) => weight(b) - weight(a) || String(a.style('label')).length - String(b.style('label')).length);
    const placed: { edge: EdgeSingular; box: BoundingBox12 }[] = [];
    const dropped = cy.collection();
    for (const edge of ordered) {
      const box = labelBox(edge);
      const clash = box.w === 0 || placed.some((p) => overlaps(p.box, box)) || obstacles.some((o) => overlaps(o, box));
      if (clash) dropped.merge(edge);
      else placed.push({ edge, box });
    }
    cy.batch(() => dropped.addClass(DROPPED));
    const { toImage } = sizing;
    const report = toImage
      ? {
          drawn: placed.map(({ edge, box }) => ({
            id: edge.id(),
            text: String(edge.style('label')),
            box: toImage(box),
            fontPx: font * sizing.scale,
          })),
          leftOut: dropped.length,
          names: nameBoxes.map(toImage),
        }
      : null;
    return draw(report);
  } finally {
    cy.batch(() => {
      links.removeStyle('font-size text-max-width');
      links.removeClass(`${SHOWN} ${DROPPED}`);
    });
  }
}
