import { describe, expect, it } from 'vitest';

import { generateGraph } from '../../bench/generateGraph';
import { parseGraph } from '../../src/domain/parseGraph';

describe('benchmark graph generator', () => {
  it('makes valid graphs of the asked size, the same every time', () => {
    const graph = parseGraph(generateGraph(1000));
    expect(graph.nodes.filter((n) => n.kind === 'character')).toHaveLength(1000);
    expect(graph.links.length).toBeGreaterThan(2800);
    expect(JSON.stringify(generateGraph(50))).toBe(JSON.stringify(generateGraph(50)));
  });
});
