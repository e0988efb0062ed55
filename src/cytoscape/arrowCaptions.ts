import type { BoundingBox12, Core, EdgeSingular } from 'cytoscape';

import type { Rect } from '../domain/exportPlan';
import { slideToFree } from './captions';
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

const within = (inner: BoundingBox12, outer: BoundingBox12) =>
  inner.x1 >= outer.x1 && inner.x2 <= outer.x2 && inner.y1 >= outer.y1 && inner.y2 <= outer.y2;

/**
 * Runs `draw` with the short caption of every visible story link drawn on it, on a background, at
 * least `minPx` image pixels tall when one model unit is `scale` pixels. A caption that would cover
 * another caption, a name or a node at its link's middle slides along the link as a selection's
 * caption does (captions.ts); one that finds no free spot, or would reach past the drawing (the image
 * was fitted to it without captions), is left out: links between the most connected people go first,
 * then shorter captions. The styles are gone again right after the synchronous drawing.
 */
export function withArrowCaptions<T>(
  cy: Core,
  sizing: { scale: number; minPx: number; toImage: ((box: BoundingBox12) => Rect) | null },
  draw: (report: CaptionsReport | null) => T,
): T {
  const links = cy.edges('.is-story:visible');
  const bounds = cy.elements().boundingBox();
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
    const slid: { edge: EdgeSingular; dx: number; dy: number }[] = [];
    const free = (box: BoundingBox12) =>
      within(box, bounds) && !placed.some((p) => overlaps(p.box, box)) && !obstacles.some((o) => overlaps(o, box));
    for (const edge of ordered) {
      const box = labelBox(edge);
      const spot = box.w === 0 ? undefined : slideToFree(edge, box, free);
      if (!spot) {
        dropped.merge(edge);
        continue;
      }
      placed.push({ edge, box: spot.box });
      if (spot.dx !== 0 || spot.dy !== 0) slid.push({ edge, dx: spot.dx, dy: spot.dy });
    }
    cy.batch(() => {
      dropped.addClass(DROPPED);
      // On top of any slide the on-screen emphasis gave the caption (captionDx, captionDy).
      for (const { edge, dx, dy } of slid)
        edge.style({
          'text-margin-x': Number(edge.data('captionDx') ?? 0) + dx,
          'text-margin-y': Number(edge.data('captionDy') ?? 0) + dy,
        });
    });
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
      links.removeStyle('font-size text-max-width text-margin-x text-margin-y');
      links.removeClass(`${SHOWN} ${DROPPED}`);
    });
  }
}
