import { isLargeGraph } from '../domain/graphSize';
import type { StoryGraph } from '../domain/parseGraph';
import type { Point } from './spread';

/**
 * How a wide drawing is turned for an upright screen: a quarter turn (its left edge becomes the top,
 * so the chart reads downwards), stretched across and squeezed a little down. Names are wide and
 * short, and after the turn what stood above each other stands side by side, where a name needs more
 * room. Chosen with a sweep on the shipped chart (readable names and leads in a phone's first view,
 * names that overprint): across 1.4 no two names overprint at episode 1, at episode 12 or with
 * everything (at 1.3 two pairs do); down 0.9 holds 19 readable names and five leads at episode 12 on
 * a phone, down 1 holds 17.
 */
const ACROSS = 1.4;
const DOWN = 0.9;
/** Only a drawing this much wider than tall is turned; a square or tall one already suits the screen. */
const WIDE = 1.2;

export const turnUpright = (p: Point): Point => ({ x: -p.y * ACROSS, y: p.x * DOWN });

/**
 * Whether a graph's own drawing is turned for an upright screen (a phone, a tablet held upright): it
 * has a position for every node, is drawn with names (not a large graph), and is wide.
 */
export function turnsUpright(graph: StoryGraph): boolean {
  if (graph.nodes.length < 2 || isLargeGraph(graph.nodes.length, graph.links.length)) return false;
  const points = graph.nodes.map((n) => n.position);
  if (points.some((p) => p === undefined)) return false;
  const xs = points.map((p) => p!.x);
  const ys = points.map((p) => p!.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  return width > height * WIDE;
}
