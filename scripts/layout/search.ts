import type { ChartPlan } from '../../src/domain/chart';
import type { Visibility } from '../../src/domain/filters';
import type { StoryGraph } from '../../src/domain/parseGraph';
import { STORY_LINK_KINDS } from '../../src/domain/schema';
import { quickJudge } from './quickJudge';
import { type Positions, refine } from './refine';
import type { Body } from './scene';

const STORY: ReadonlySet<string> = new Set(STORY_LINK_KINDS);

/**
 * Refines a candidate's character positions (refine.ts with quickJudge.ts) for the views and canvases
 * the layout is scored on; leads are pulled towards the middle as leadsOffCentre in layout.ts weighs it.
 */
export function refiner(
  graph: StoryGraph,
  plan: ChartPlan,
  views: readonly { visible: Visibility }[],
  bodies: ReadonlyMap<string, Body>,
  canvases: readonly { width: number; height: number }[],
): (start: Positions, seed: number, steps: number) => Positions {
  const ids = graph.nodes.filter((n) => n.kind === 'character' && bodies.has(n.id)).map((n) => n.id);
  const at = new Map(ids.map((id, i) => [id, i]));
  const neighbours = ids.map((id) =>
    graph.links
      .filter((l) => STORY.has(l.kind) && (l.source === id || l.target === id))
      .map((l) => at.get(l.source === id ? l.target : l.source)!),
  );
  const leads = ids.flatMap((id, i) => (plan.tierOf.get(id) === 1 ? [i] : []));
  // The leads' mean distance from the centre, relative to the drawing's size.
  const offCentre = (xy: Float64Array): number => {
    const n = ids.length;
    let [cx, cy, spread, off] = [0, 0, 0, 0];
    for (let i = 0; i < n; i += 1) [cx, cy] = [cx + xy[2 * i]! / n, cy + xy[2 * i + 1]! / n];
    for (let i = 0; i < n; i += 1) spread = Math.max(spread, Math.hypot(xy[2 * i]! - cx, xy[2 * i + 1]! - cy));
    for (const i of leads) off += Math.hypot(xy[2 * i]! - cx, xy[2 * i + 1]! - cy);
    return (100 * off) / leads.length / (spread || 1);
  };
  const judge = quickJudge(graph, ids, views, bodies, canvases, offCentre);
  return (start, seed, steps) => {
    const xy = Float64Array.from(ids.flatMap((id) => [start.get(id)!.x, start.get(id)!.y]));
    const best = refine(xy, judge, { seed, steps, neighbours }).xy;
    return new Map(ids.map((id, i) => [id, { x: best[2 * i]!, y: best[2 * i + 1]! }]));
  };
}
