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
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 26, height: 26 } }],
    elements: [
      ...nodes.map((id) => ({ group: 'nodes' as const, data: { id } })),
      ...edges.map(([source, target], i) => ({ group: 'edges' as const, data: { id: `e${i}`, source, target } })),
    ],
  });
  cy.layout({
    name: 'fcose',
    quality,
    randomize: true,
    animate: false,
    packComponents: true,
  } as cytoscape.LayoutOptions).run();
  const drafted: LayoutResult['positions'] = {};
  cy.nodes().forEach((node) => {
    drafted[node.id()] = node.position();
  });
  cy.destroy();
  const result: LayoutResult = { positions: spreadPositions(drafted), ms: performance.now() - started };
  self.postMessage(result);
};
