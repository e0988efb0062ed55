import type { Core, ElementDefinition } from 'cytoscape';

/** Aim for slices of about this long, so a click or a key between two slices waits no longer. */
const SLICE_MS = 50;
/** The first slice is the smallest: a 1,000-node graph's elements took 0.3 s for the first 500. */
const MIN_SLICE = 100;
const MAX_SLICE = 8_000;

/** Lets the browser handle input between two slices. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Adds a large graph's elements in slices of about 50 ms each instead of one call that blocks the page
 * for seconds (9 s for 80,000 elements here). Cytoscape draws nothing while a batch is open, so the
 * batch stays open between slices and each slice closes it only to style its own elements (and size
 * them, which the first frame would otherwise do for every element at once): no frame is drawn until
 * the last slice, and that first frame draws the whole graph once. Parents come before their children
 * and nodes before links in `elements`, so every slice refers only to what is already there.
 * `beforeFrame` runs after the last slice with the batch still open (to move the nodes to positions a
 * layout found meanwhile). Resolves `false` if `signal` aborts first (the elements added so far stay;
 * the caller removes them).
 */
export async function addInSlices(
  cy: Core,
  elements: ElementDefinition[],
  signal: AbortSignal,
  beforeFrame?: () => Promise<void>,
): Promise<boolean> {
  let size = MIN_SLICE;
  cy.startBatch();
  try {
    // The canvas was just built in this task: the first slice waits for the next one.
    await nextTask();
    for (let start = 0; start < elements.length;) {
      if (signal.aborted || cy.destroyed()) return false;
      const began = performance.now();
      const added = cy.add(elements.slice(start, start + size));
      start += size;
      cy.endBatch();
      added.boundingBox();
      cy.startBatch();
      const took = Math.max(1, performance.now() - began);
      size = Math.round(Math.min(MAX_SLICE, Math.max(MIN_SLICE, (size * SLICE_MS) / took)));
      await nextTask();
    }
    if (beforeFrame && !signal.aborted) {
      await beforeFrame();
      // What moving the nodes costs stays out of the task that closes the batch and asks for the frame.
      await nextTask();
    }
    return !signal.aborted && !cy.destroyed();
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
}
