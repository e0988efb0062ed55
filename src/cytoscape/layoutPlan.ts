import { isLargeGraph } from '../domain/graphSize';
import type { StoryGraph } from '../domain/parseGraph';

export type LayoutPlan = 'preset' | 'main-thread' | 'worker';

/**
 * How a graph gets its positions: its own when every node has one, a force layout on the main thread
 * for small graphs (about 0.1 s), or one in a worker for graphs large in nodes or in links, so the page never freezes.
 */
export function planLayout(graph: StoryGraph): LayoutPlan {
  if (graph.nodes.length > 0 && graph.nodes.every((n) => n.position !== undefined)) return 'preset';
  return isLargeGraph(graph.nodes.length, graph.links.length) ? 'worker' : 'main-thread';
}
