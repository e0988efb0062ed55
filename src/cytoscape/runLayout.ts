import type { Core } from 'cytoscape';

import { isLargeGraph } from '../domain/graphSize';
import { LAYOUT_OPTIONS } from './layoutOptions';
import type { LayoutPlan } from './layoutPlan';
import { ensureFcose } from './registerExtensions';
import { layoutInWorker } from './workerLayout';

/**
 * Used on mount when the real layout is not a main-thread fcose run. No fit: measuring the graph here
 * would style every element and size every label before the first frame does it again; the first
 * view is computed from the positions instead (startView.ts).
 */
export const PRESET_LAYOUT = { name: 'preset', fit: false } as const;

/** Marks for the benchmark: when the graph is first drawn and when it has its final positions. */
export const MARKS = { drawn: 'aouad:graph-drawn', laidOut: 'aouad:graph-laid-out' } as const;

/** Lays out the visible elements: in a worker for large graphs, else fcose on the main thread. */
export async function runLayout(cy: Core): Promise<void> {
  if (isLargeGraph(cy.nodes(':visible').length, cy.edges(':visible').length)) await layoutInWorker(cy);
  else {
    await ensureFcose();
    cy.elements(':visible').layout(LAYOUT_OPTIONS).run();
  }
}

/** The layout prop for the first mount: fcose itself for small graphs, else a fit of the start positions. */
export const initialLayoutFor = (plan: LayoutPlan) => (plan === 'main-thread' ? LAYOUT_OPTIONS : PRESET_LAYOUT);
