import type { Core } from 'cytoscape';

export interface LayoutRequest {
  nodes: string[];
  edges: [string, string][];
  quality: 'draft';
}

export interface LayoutResult {
  positions: Record<string, { x: number; y: number }>;
  ms: number;
}

/**
 * Lays out the visible elements in a Web Worker and applies the positions in one preset layout.
 * Resolves with the worker's layout time; rejects if the worker fails.
 */
export function layoutInWorker(cy: Core): Promise<number> {
  const nodes = cy.nodes(':visible');
  const request: LayoutRequest = {
    nodes: nodes.map((n) => n.id()),
    edges: cy.edges(':visible').map((e) => [e.source().id(), e.target().id()]),
    // fcose's spectral-only draft stays near a second at a few thousand nodes; 'default' took 25 s on
    // a 1,000-node, 3,000-link graph here.
    quality: 'draft',
  };
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<number>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutResult>) => {
      worker.terminate();
      if (cy.destroyed()) return resolve(event.data.ms);
      const { positions } = event.data;
      nodes.layout({ name: 'preset', positions, fit: true, padding: 30 }).run();
      resolve(event.data.ms);
    };
    worker.onerror = (error) => {
      worker.terminate();
      reject(new Error(error.message || 'The layout worker failed'));
    };
    worker.postMessage(request);
  });
}
