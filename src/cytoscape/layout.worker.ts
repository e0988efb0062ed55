/// <reference lib="webworker" />
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

import { spreadPositions } from './spread';
import type { LayoutRequest, LayoutResult } from './workerLayout';

cytoscape.use(fcose);

// Runs a force layout on a headless Cytoscape inside a worker, so large graphs never block the page.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, quality } = event.data;
  const started = performance.now();
  const index = new Map(nodes.map((id, i) => [id, i]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 26, height: 26 } }],
    // Nodes go in by index: fcose indexes them through plain objects, where an id such as
    // `constructor` would be misread; the positions come back under the ids given.
    elements: [
      ...nodes.map((_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` } })),
      // Edges get Cytoscape's own ids, which cannot collide with a node id such as `e0`.
      ...edges.flatMap(([source, target]) => {
        const [s, t] = [index.get(source), index.get(target)];
        return s === undefined || t === undefined
          ? []
          : [{ group: 'edges' as const, data: { source: `n${s}`, target: `n${t}` } }];
      }),
    ],
  });
  cy.layout({
    name: 'fcose',
    quality,
    randomize: true,
    animate: false,
    packComponents: true,
  } as cytoscape.LayoutOptions).run();
  // Prototype-less, so a node named `__proto__` is an ordinary key.
  const drafted: LayoutResult['positions'] = Object.create(null) as LayoutResult['positions'];
  nodes.forEach((id, i) => {
    drafted[id] = cy.getElementById(`n${i}`).position();
  });
  cy.destroy();
  const result: LayoutResult = { positions: spreadPositions(drafted), ms: performance.now() - started };
  self.postMessage(result);
};
