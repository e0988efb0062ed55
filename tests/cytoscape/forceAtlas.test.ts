import { describe, expect, it } from 'vitest';

import { generateGraph } from '../../bench/generateGraph';
import { layoutQuality } from '../../bench/layoutQuality';
import { forceAtlasPositions, iterationsFor } from '../../src/cytoscape/forceAtlas';
import { spreadPositions } from '../../src/cytoscape/spread';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);

describe('forceAtlasPositions', () => {
  it('places the same graph the same way every time', () => {
    const edges: [string, string][] = [
      ['n0', 'n1'],
      ['n1', 'n2'],
      ['n2', 'n0'],
      ['n3', 'n4'],
    ];
    expect(forceAtlasPositions(ids(6), edges, 40)).toEqual(forceAtlasPositions(ids(6), edges, 40));
  });

  it('gives every node, whatever its id, a finite position, and ignores links to unknown nodes and loops', () => {
    const nodes = ['__proto__', 'constructor', 'toString', 'a'];
    const placed = forceAtlasPositions(
      nodes,
      [
        ['__proto__', 'constructor'],
        ['a', 'a'],
        ['a', 'ghost'],
      ],
      20,
    );
    expect(Object.keys(placed).sort()).toEqual([...nodes].sort());
    for (const id of nodes) expect(Number.isFinite(placed[id]!.x) && Number.isFinite(placed[id]!.y)).toBe(true);
  });

  it('draws every component of a sparse graph in two dimensions, neighbours near each other', () => {
    // One link per character: six components. fcose's draft drew four of them as exact straight lines.
    const graph = generateGraph(1000, 1);
    const nodes = graph.nodes.map((n) => n.id);
    const edges = graph.links.map((l): [string, string] => [l.source, l.target]);
    const quality = layoutQuality(
      spreadPositions(forceAtlasPositions(nodes, edges, iterationsFor(nodes.length))),
      edges,
    );
    expect(quality.components).toBe(6);
    expect(quality.collapsed).toBe(0);
    expect(quality.linkStretch).toBeLessThan(0.25);
  });
});

describe('iterationsFor', () => {
  it('spends fewer iterations on larger graphs', () => {
    expect(iterationsFor(1000)).toBeGreaterThan(iterationsFor(5000));
    expect(iterationsFor(5000)).toBeGreaterThanOrEqual(iterationsFor(20000));
    expect(iterationsFor(20000)).toBeGreaterThanOrEqual(20);
  });
});
