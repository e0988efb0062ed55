import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

import { toCyId } from '../../src/cytoscape/cyId';
import { atFirst, placeNodes } from '../../src/cytoscape/useSlicedFill';
import type { Visibility } from '../../src/domain/filters';

const visibility = { nodes: new Set(['ada']), links: new Set(['l1']) } as unknown as Visibility;

describe("a large graph's elements as they go in", () => {
  it('start nameless, and hidden where the filters hide them, so no restyle follows the first frame', () => {
    const node = (id: string) => ({ group: 'nodes' as const, data: { id }, classes: 'kind-character tier-2' });
    expect(atFirst(node('ada'), visibility).classes).toBe('kind-character tier-2 is-nameless');
    expect(atFirst(node('ben'), visibility).classes).toBe('kind-character tier-2 is-nameless is-hidden');
    const link = (id: string) => ({
      group: 'edges' as const,
      data: { id, source: 'ada', target: 'ben' },
      classes: 'kind-member',
    });
    const shown = link('l1');
    expect(atFirst(shown, visibility)).toBe(shown);
    expect(atFirst(link('l2'), visibility).classes).toBe('kind-member is-hidden');
    // A group box shows while a member does: the filter effect decides that once its members are in.
    const box = { group: 'nodes' as const, data: { id: 'group:x', kind: 'group' }, classes: 'is-group' };
    expect(atFirst(box, visibility)).toBe(box);
  });
});

describe('placeNodes', () => {
  it('moves each node with a place to it, by its domain id, and leaves the others where they started', () => {
    const cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: ['ada', '__proto__', 'ben'].map((id, i) => ({
        group: 'nodes' as const,
        data: { id: toCyId(id) },
        position: { x: i * 80, y: 0 },
      })),
    });
    const at = Object.create(null) as Record<string, { x: number; y: number }>;
    at.ada = { x: 5, y: 6 };
    at.__proto__ = { x: -7, y: 8 };
    placeNodes(cy, at);
    expect(cy.nodes().map((n) => n.position())).toEqual([
      { x: 5, y: 6 },
      { x: -7, y: 8 },
      { x: 160, y: 0 },
    ]);
    cy.destroy();
  });
});
