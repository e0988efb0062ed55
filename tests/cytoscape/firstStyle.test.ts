import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';

// patches/cytoscape+*.patch: an element's first style settles its caches once instead of once per
// property. These are the caches a stale value would show in: sizes, bends and compound boxes.

const style = [
  { selector: 'node', style: { width: 20, height: 20, label: '' } },
  { selector: 'node.big', style: { width: 60, height: 60 } },
  { selector: 'edge', style: { 'curve-style': 'bezier' as const, width: 2 } },
];
const canvas = (): Core => cytoscape({ headless: true, styleEnabled: true, style });

describe("an element's first style (patched Cytoscape)", () => {
  it('is in place, once, after the element is added', () => {
    const cy = canvas();
    const patched = cy.style() as unknown as { settleFirstStyle?: unknown };
    expect(typeof patched.settleFirstStyle).toBe('function');
    const node = cy.add({ data: { id: 'a' }, classes: 'big', position: { x: 0, y: 0 } });
    expect(node.boundingBox().w).toBe(62);
    expect(node.renderedWidth()).toBe(60);
  });

  it('drops a size read inside a batch, before the element had its style', () => {
    const cy = canvas();
    cy.startBatch();
    const node = cy.add({ data: { id: 'a' }, classes: 'big', position: { x: 0, y: 0 } });
    const unstyled = node.boundingBox().w;
    cy.endBatch();
    expect(unstyled).not.toBe(62);
    expect(node.boundingBox().w).toBe(62);
  });

  it("grows a group box around a member added later, and sizes links to a node's later style", () => {
    const cy = canvas();
    cy.add([{ data: { id: 'box' } }, { data: { id: 'a', parent: 'box' }, position: { x: 0, y: 0 } }]);
    const before = cy.$id('box').boundingBox().w;
    cy.add({ data: { id: 'b', parent: 'box' }, position: { x: 300, y: 0 } });
    expect(cy.$id('box').boundingBox().w).toBeGreaterThan(before + 250);
    // A later style change still goes through Cytoscape's own per-property checks.
    cy.$id('a').addClass('big');
    expect(cy.$id('a').boundingBox().w).toBe(62);
  });

  it('keeps batched adds correct: sizes known once the batch closes', () => {
    const cy = canvas();
    cy.startBatch();
    cy.add([
      { data: { id: 'a' }, classes: 'big', position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 100, y: 0 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ]);
    cy.endBatch();
    expect(cy.$id('a').boundingBox().w).toBe(62);
    expect(cy.$id('b').boundingBox().w).toBe(22);
    // Headless Cytoscape has no renderer to find a link's ends: its box runs centre to centre.
    const link = cy.$id('ab').boundingBox({ includeLabels: false });
    expect([Math.round(link.x1), Math.round(link.x2)]).toEqual([-2, 102]);
  });
});
