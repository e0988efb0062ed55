import type { Core, EdgeSingular } from 'cytoscape';

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Shows the captions of the emphasised links (a selection's, a path's) only where they do not
 * overprint one another: story links first, then shorter captions; a hidden caption is still in the
 * card. Caption boxes scale with the zoom like everything else, so one pass per emphasis is enough.
 */
export function declutterCaptions(cy: Core): void {
  cy.batch(() => cy.edges('.is-caption-hidden').removeClass('is-caption-hidden'));
  const shown = cy.edges('.is-neighbor:visible, .is-path:visible');
  const ordered = shown.sort((a: EdgeSingular, b: EdgeSingular) => {
    const story = Number(b.hasClass('is-story')) - Number(a.hasClass('is-story'));
    return story !== 0 ? story : String(a.data('caption')).length - String(b.data('caption')).length;
  });
  const placed: Box[] = [];
  const hide = cy.collection();
  ordered.forEach((edge) => {
    if (!edge.data('caption')) return;
    const box = edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (box.w === 0 || placed.some((other) => meets(other, box))) hide.merge(edge);
    else placed.push(box);
  });
  cy.batch(() => hide.addClass('is-caption-hidden'));
}
