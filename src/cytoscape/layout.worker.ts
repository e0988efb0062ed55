/// <reference lib="webworker" />
import { forceAtlasPositions, iterationsFor } from './forceAtlas';
import { spreadPositions } from './spread';
import type { LayoutRequest, LayoutResult } from './workerLayout';

// Runs ForceAtlas2 inside a worker, so large graphs never block the page.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges } = event.data;
  const started = performance.now();
  const placed = forceAtlasPositions(nodes, edges, iterationsFor(nodes.length));
  const result: LayoutResult = { positions: spreadPositions(placed), ms: performance.now() - started };
  self.postMessage(result);
};
