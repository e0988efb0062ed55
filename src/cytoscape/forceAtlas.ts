import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

import type { Point } from './spread';

/** Golden angle: consecutive nodes on the start spiral never line up along a ray. */
const TURN = Math.PI * (3 - Math.sqrt(5));

/**
 * Iterations for a graph of `nodes`: each costs about 8 ms at 1,000 nodes, 36 ms at 5,000 and 160 ms
 * at 20,000 here (Barnes–Hut from 1,500). Thirty already draw a random graph's neighbourhoods as well as
 * fcose's draft did; fifty cut the length of a typical link by a further tenth.
 */
export function iterationsFor(nodes: number): number {
  if (nodes <= 2000) return 50;
  return nodes <= 8000 ? 30 : 20;
}

/**
 * ForceAtlas2 (Barnes–Hut from 1,500 nodes, other settings inferred from the graph's size) from a
 * sunflower spiral, so the same graph always gets the same drawing. Links pull neighbours together and
 * every node repels every other, so each component spreads in two dimensions.
 */
export function forceAtlasPositions(
  nodes: string[],
  edges: [string, string][],
  iterations: number,
): Record<string, Point> {
  // Nodes go in by index: the library indexes them through plain objects, where an id such as
  // `__proto__` or `constructor` would be misread; the positions come back under the ids given.
  const index = new Map(nodes.map((id, i) => [id, String(i)]));
  const graph = new Graph({ multi: true, allowSelfLoops: false, type: 'undirected' });
  nodes.forEach((_, i) => {
    const radius = 10 * Math.sqrt(i + 0.5);
    graph.mergeNode(String(i), { x: radius * Math.cos(i * TURN), y: radius * Math.sin(i * TURN) });
  });
  for (const [source, target] of edges) {
    const [s, t] = [index.get(source), index.get(target)];
    if (s !== undefined && t !== undefined && s !== t) graph.addEdge(s, t);
  }
  forceAtlas2.assign(graph, {
    iterations,
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: nodes.length >= 1500 },
  });
  // Ids are data: a prototype-less record keeps `__proto__` an ordinary key.
  const placed = Object.create(null) as Record<string, Point>;
  nodes.forEach((id, i) => {
    const { x, y } = graph.getNodeAttributes(String(i)) as Point;
    placed[id] = { x, y };
  });
  return placed;
}
