import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

import type { Scene } from './geometry';

/**
 * The scene as Cytoscape drew it, in screen pixels, read inside the page (passed to page.evaluate, so
 * self-contained). Nodes whose body lies outside the canvas (a phone's zoomed-in start view) are left
 * out, and with them their links. A label box is Cytoscape's rendered label box minus its 2-unit
 * margin of error: the text and its outline. A name hidden by class (under 10 px) has no box.
 */
export function readScene(): Scene {
  const cy = (window as unknown as { __cy: Core }).__cy;
  const zoom = cy.zoom();
  const { width, height } = cy.container()!.getBoundingClientRect();
  const onScreen = (p: { x: number; y: number }, r: number) =>
    p.x + r > 0 && p.x - r < width && p.y + r > 0 && p.y - r < height;
  const nodes = cy
    .nodes(':visible')
    .filter((n: NodeSingular) => !n.isParent() && onScreen(n.renderedPosition(), n.renderedWidth() / 2))
    .map((n: NodeSingular) => {
      const p = n.renderedPosition();
      // The label as drawn now: a class (a name under 10 px) may have emptied it.
      const text = n.renderedStyle('label') as string | undefined;
      const box = n.renderedBoundingBox({
        includeLabels: true,
        includeNodes: false,
        includeEdges: false,
        includeOverlays: false,
      });
      const m = 2 * zoom;
      const label =
        text && box.w > 2 * m ? { x1: box.x1 + m, y1: box.y1 + m, x2: box.x2 - m, y2: box.y2 - m } : undefined;
      return {
        id: n.id(),
        x: p.x,
        y: p.y,
        // Actors are a little wider than tall: the smaller half is the body a link must miss.
        r: Math.min(n.renderedWidth(), n.renderedHeight()) / 2,
        fontPx: parseFloat(String(n.style('font-size'))) * zoom,
        named: n.hasClass('kind-character'),
        ...(label ? { label } : {}),
      };
    });
  const ids = new Set(nodes.map((n) => n.id));
  const links = cy
    .edges(':visible')
    .filter((e: EdgeSingular) => ids.has(e.source().id()) && ids.has(e.target().id()))
    .map((e: EdgeSingular) => ({ source: e.source().id(), target: e.target().id(), story: e.hasClass('is-story') }));
  return { nodes, links, canvas: { width, height } };
}
