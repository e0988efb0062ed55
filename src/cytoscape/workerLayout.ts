import type { Core } from 'cytoscape';

export interface LayoutRequest {
  nodes: string[];
  edges: [string, string][];
}

export interface LayoutResult {
  positions: Record<string, { x: number; y: number }>;
  ms: number;
}

/** ForceAtlas2 in a Web Worker (see forceAtlas.ts); `cancel` stops it (the promise then never settles). */
export function startWorkerLayout(
  nodes: string[],
  edges: [string, string][],
): { result: Promise<LayoutResult>; cancel: () => void } {
  const request: LayoutRequest = { nodes, edges };
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const result = new Promise<LayoutResult>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (error) => {
      worker.terminate();
      reject(new Error(error.message || 'The layout worker failed'));
    };
  });
  worker.postMessage(request);
  return { result, cancel: () => worker.terminate() };
}

/**
 * Lays out the visible elements in a Web Worker and applies the positions in one preset layout.
 * Resolves with the worker's layout time; rejects if the worker fails.
 */
export async function layoutInWorker(cy: Core): Promise<number> {
  const nodes = cy.nodes(':visible');
  const { result } = startWorkerLayout(
    nodes.map((n) => n.id()),
    cy.edges(':visible').map((e) => [e.source().id(), e.target().id()]),
  );
  const { positions, ms } = await result;
  if (!cy.destroyed()) nodes.layout({ name: 'preset', positions, fit: true, padding: 30 }).run();
  return ms;
}
