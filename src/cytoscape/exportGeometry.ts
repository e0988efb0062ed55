import type { BoundingBox12, Core } from 'cytoscape';

import { fitInto, type Rect } from '../domain/exportPlan';

type Box = Pick<BoundingBox12, 'x1' | 'x2' | 'y1' | 'y2'>;

/** Whether two boxes share any area (touching edges do not count): the one overlap test of the renderer. */
export const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Where the drawing lands when Cytoscape fits it into `area` (the file's graph area): image pixels
 * per model unit, and a mapping from a model box to its rectangle in the image.
 */
export function fitGeometry(cy: Core, area: Rect) {
  const box = cy.elements().boundingBox();
  const natural = { width: Math.ceil(box.w), height: Math.ceil(box.h) };
  const target = fitInto(natural.width, natural.height, area);
  const scale = target.width / Math.max(1, natural.width);
  const toImage = (b: BoundingBox12): Rect => ({
    x: target.x + (b.x1 - box.x1) * scale,
    y: target.y + (b.y1 - box.y1) * scale,
    width: (b.x2 - b.x1) * scale,
    height: (b.y2 - b.y1) * scale,
  });
  return { scale, toImage };
}
