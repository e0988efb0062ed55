import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';

import { addInSlices } from '../../src/cytoscape/addInSlices';

/** A group box, `n` members inside it in a chain, and the chain's links: parents first, nodes before links. */
function chain(n: number): ElementDefinition[] {
  const nodes = Array.from({ length: n }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `n${i}`, parent: 'box' },
  }));
  const links = Array.from({ length: n - 1 }, (_, i) => ({
    group: 'edges' as const,
    data: { id: `e${i}`, source: `n${i}`, target: `n${i + 1}` },
  }));
  return [{ group: 'nodes', data: { id: 'box' } }, ...nodes, ...links];
}

/** Cytoscape's own state (not in its typings): whether a batch is open, in which nothing is drawn. */
const batching = (cy: Core) => (cy as Core & { batching(): boolean }).batching();

const headless = () => cytoscape({ headless: true, styleEnabled: true });

describe('adding a large graph in slices', () => {
  it('adds every element, in more than one call, with parents and link ends intact', async () => {
    const cy = headless();
    const add = vi.spyOn(cy, 'add');
    expect(await addInSlices(cy, chain(3000), new AbortController().signal)).toBe(true);
    expect(cy.nodes().length).toBe(3001);
    expect(cy.edges().length).toBe(2999);
    expect(cy.$id('n2999').parent().first().id()).toBe('box');
    expect(cy.$id('e1500').source().id()).toBe('n1500');
    expect(add.mock.calls.length).toBeGreaterThan(1);
    // Closed at the end, so the whole graph can be drawn.
    expect(batching(cy)).toBe(false);
  });

  it('keeps the batch open between slices, so no frame is drawn of a half-built graph', async () => {
    const cy = headless();
    const between: boolean[] = [];
    const watch = setInterval(() => between.push(batching(cy)), 0);
    await addInSlices(cy, chain(3000), new AbortController().signal);
    clearInterval(watch);
    expect(between.length).toBeGreaterThan(0);
    expect(between.every(Boolean)).toBe(true);
  });

  it('stops when aborted, says so and leaves the batch closed', async () => {
    const cy = headless();
    const controller = new AbortController();
    const done = addInSlices(cy, chain(3000), controller.signal);
    controller.abort();
    expect(await done).toBe(false);
    expect(cy.elements().length).toBeLessThan(6000);
    expect(batching(cy)).toBe(false);
  });
});
