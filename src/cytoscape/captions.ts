import type { BoundingBox12, Core, EdgeSingular } from 'cytoscape';

import { overlaps } from './exportGeometry';
import { forget, mark, marked, remember, unmark } from './marks';

export type Box = Pick<BoundingBox12, 'x1' | 'x2' | 'y1' | 'y2'>;

const grow = (b: Box, by: number): Box => ({ x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by });

/** Where a caption may sit, as a share of its link's length from the middle (towards either end). */
const SLIDES = [0, 0.15, -0.15, 0.28, -0.28];

/**
 * The first place along its link, middle first, where the caption drawn in `box` is `free`: its shift
 * and the moved box, or undefined when every place is taken. Shared by the screen and the image files.
 */
export function slideToFree(edge: EdgeSingular, box: Box, free: (moved: Box) => boolean) {
  const from = edge.source().position();
  const to = edge.target().position();
  return SLIDES.map((share) => ({ dx: (to.x - from.x) * share, dy: (to.y - from.y) * share }))
    .map(({ dx, dy }) => ({ dx, dy, box: { x1: box.x1 + dx, x2: box.x2 + dx, y1: box.y1 + dy, y2: box.y2 + dy } }))
    .find((s) => free(s.box));
}
/** The mark of links whose caption slid along them (data captionDx, captionDy). */
const SLID = 'caption-slid';

/** Clear space kept around a bright node's body: its arrowheads end there. */
const ARROW_ROOM = 10;

/**
 * Shows the captions of the emphasised links (a selection's, a path's) only where they overprint
 * nothing bright: no other caption, no name, no body of a node in the emphasis (with room for the
 * arrowheads). A caption that meets something at its link's middle slides along its link; one that
 * finds no free spot is hidden (story links first, then shorter captions); the card lists them all.
 * Caption boxes scale with the zoom like everything else, so one pass per emphasis is enough.
 */
export function declutterCaptions(cy: Core): void {
  cy.batch(() => {
    unmark(cy, 'is-caption-hidden');
    forget(cy, SLID).removeData('captionDx captionDy');
  });
  // Without a selection or a path nothing is emphasised: no search through every link.
  if (marked(cy, 'is-neighbor').empty() && marked(cy, 'is-path').empty()) return;
  const shown = cy.edges('.is-neighbor:visible, .is-path:visible');
  if (shown.empty()) return;
  const ordered = shown.sort((a: EdgeSingular, b: EdgeSingular) => {
    const story = Number(b.hasClass('is-story')) - Number(a.hasClass('is-story'));
    return story !== 0 ? story : String(a.data('caption')).length - String(b.data('caption')).length;
  });
  const region = grow(shown.boundingBox({ includeLabels: true }), 40);
  const bright = shown
    .connectedNodes()
    .filter((n) => !n.isParent() && n.visible() && overlaps(n.boundingBox(), region));
  const taken: Box[] = [
    ...bright.map((n) => grow(n.boundingBox({ includeLabels: false, includeOverlays: false }), ARROW_ROOM)),
    ...bright
      .map((n) => n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }))
      .filter((label) => label.w > 0),
  ];
  const hide = cy.collection();
  const slid: { edge: EdgeSingular; dx: number; dy: number }[] = [];
  for (const edge of ordered.toArray() as EdgeSingular[]) {
    if (!edge.data('caption')) continue;
    const box = edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (box.w === 0) {
      hide.merge(edge);
      continue;
    }
    const spot = slideToFree(edge, box, (moved) => !taken.some((other) => overlaps(other, moved)));
    if (!spot) {
      hide.merge(edge);
      continue;
    }
    taken.push(spot.box);
    if (spot.dx !== 0 || spot.dy !== 0) slid.push({ edge, dx: spot.dx, dy: spot.dy });
  }
  cy.batch(() => {
    mark(cy, hide, 'is-caption-hidden');
    const moved = cy.collection();
    for (const { edge, dx, dy } of slid) moved.merge(edge.data({ captionDx: dx, captionDy: dy }));
    remember(cy, SLID, moved);
  });
}
