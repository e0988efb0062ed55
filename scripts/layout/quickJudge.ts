import { TARGETS } from '../../bench/readability/geometry';
import type { Visibility } from '../../src/domain/filters';
import type { StoryGraph } from '../../src/domain/parseGraph';
import { STORY_LINK_KINDS } from '../../src/domain/schema';
import { LABEL_GAP } from './labels';
import { shortLinkCost } from './linkRoom';
import type { Verdict } from './refine';
import type { Body } from './scene';

/** cy.fit's padding in the app. */
const PADDING = 30;
const STORY: ReadonlySet<string> = new Set(STORY_LINK_KINDS);
/** What one broken rule costs: more than any number of crossings, so a search first repairs, then improves. */
const BROKEN = 100_000;

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by) (squares: Math.hypot is slow). */
function toSegment2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const lx = bx - ax;
  const ly = by - ay;
  const length2 = lx * lx + ly * ly;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * lx + (py - ay) * ly) / length2));
  const dx = px - (ax + t * lx);
  const dy = py - (ay + t * ly);
  return dx * dx + dy * dy;
}

/**
 * The benchmark's measure (geometry.ts on the fitted scenes of `views` × `canvases`) in model
 * coordinates, without allocating, fast enough for a search that tries tens of thousands of drawings.
 * A fit only scales and moves the drawing, so crossings, tunnels and overprints are the same on every
 * canvas. It is a little stricter than the benchmark (no half-pixel slack); the chosen drawing is
 * measured again with geometry.ts itself. Takes the ids' coordinates as [x0, y0, x1, y1, …].
 */
export function quickJudge(
  graph: StoryGraph,
  ids: readonly string[],
  views: readonly { visible: Visibility }[],
  bodies: ReadonlyMap<string, Body>,
  canvases: readonly { width: number; height: number }[],
  offCentre: (xy: Float64Array) => number,
): (xy: Float64Array) => Verdict {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const r = Float64Array.from(ids, (id) => bodies.get(id)!.size / 2);
  const halfWidth = Float64Array.from(ids, (id) => bodies.get(id)!.label.width / 2);
  const height = Float64Array.from(ids, (id) => bodies.get(id)!.label.height);
  // The smallest name font of each view decides whether every name is drawn at 10 px.
  const shown = views.map((v) => Int32Array.from(ids.flatMap((id, i) => (v.visible.nodes.has(id) ? [i] : []))));
  const smallest = shown.map((list) =>
    Math.min(
      ...[...list]
        .filter((i) => graph.nodeById.get(ids[i]!)?.kind === 'character')
        .map((i) => bodies.get(ids[i]!)!.label.font),
    ),
  );
  // Distinct pairs per view with their number of parallel links: [a, b, count, …].
  const pairs = views.map((view) => {
    const counts = new Map<string, [number, number, number]>();
    for (const id of view.visible.links) {
      const link = graph.linkById.get(id);
      if (!link || !STORY.has(link.kind) || link.source === link.target) continue;
      const a = index.get(link.source);
      const b = index.get(link.target);
      if (a === undefined || b === undefined) continue;
      const key = `${Math.min(a, b)} ${Math.max(a, b)}`;
      const entry = counts.get(key) ?? [Math.min(a, b), Math.max(a, b), 0];
      entry[2] += 1;
      counts.set(key, entry);
    }
    return Int32Array.from([...counts.values()].flat());
  });
  const ly1 = new Float64Array(n);

  return (xy) => {
    let broken = 0;
    for (let i = 0; i < n; i += 1) ly1[i] = xy[2 * i + 1]! + r[i]! + LABEL_GAP;
    for (let i = 0; i < n; i += 1) {
      const xi = xy[2 * i]!;
      const yi = xy[2 * i + 1]!;
      for (let j = 0; j < n; j += 1) {
        if (i === j) continue;
        const xj = xy[2 * j]!;
        const yj = xy[2 * j + 1]!;
        if (j > i) {
          if ((xi - xj) ** 2 + (yi - yj) ** 2 < (r[i]! + r[j]!) ** 2) broken += 1;
          const wide =
            Math.min(xi + halfWidth[i]!, xj + halfWidth[j]!) - Math.max(xi - halfWidth[i]!, xj - halfWidth[j]!);
          const tall = Math.min(ly1[i]! + height[i]!, ly1[j]! + height[j]!) - Math.max(ly1[i]!, ly1[j]!);
          if (wide > 0 && tall > 0) broken += 1;
        }
        // Label of i over the body of j.
        const dx = xj - Math.max(xi - halfWidth[i]!, Math.min(xj, xi + halfWidth[i]!));
        const dy = yj - Math.max(ly1[i]!, Math.min(yj, ly1[i]! + height[i]!));
        if (dx * dx + dy * dy < r[j]! * r[j]!) broken += 1;
      }
    }
    let cost = offCentre(xy);
    for (let v = 0; v < views.length; v += 1) {
      let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const i of shown[v]!) {
        x1 = Math.min(x1, xy[2 * i]! - Math.max(r[i]!, halfWidth[i]!));
        x2 = Math.max(x2, xy[2 * i]! + Math.max(r[i]!, halfWidth[i]!));
        y1 = Math.min(y1, xy[2 * i + 1]! - r[i]!);
        y2 = Math.max(y2, ly1[i]! + height[i]!);
      }
      const w = x2 - x1;
      const h = y2 - y1;
      for (const canvas of canvases) {
        const zoom = Math.min((canvas.width - 2 * PADDING) / w, (canvas.height - 2 * PADDING) / h);
        // Graded, so a search can tell a drawing that is nearly right from one that is far off.
        if (smallest[v]! * zoom < 10) broken += 1 + 10 - smallest[v]! * zoom;
        const share = (w * h * zoom * zoom) / (canvas.width * canvas.height);
        if (share < TARGETS.graphShare) broken += 1 + 10 * (TARGETS.graphShare - share);
      }
      const p = pairs[v]!;
      let pairCrossings = 0;
      let storyCrossings = 0;
      for (let s = 0; s < p.length; s += 3) {
        const a = p[s]!;
        const b = p[s + 1]!;
        const ax = xy[2 * a]!;
        const ay = xy[2 * a + 1]!;
        const bx = xy[2 * b]!;
        const by = xy[2 * b + 1]!;
        for (let t = s + 3; t < p.length; t += 3) {
          const c = p[t]!;
          const d = p[t + 1]!;
          if (c === a || c === b || d === a || d === b) continue;
          const cx = xy[2 * c]!;
          const cy = xy[2 * c + 1]!;
          const dx = xy[2 * d]!;
          const dy = xy[2 * d + 1]!;
          if (orient(cx, cy, dx, dy, ax, ay) * orient(cx, cy, dx, dy, bx, by) >= 0) continue;
          if (orient(ax, ay, bx, by, cx, cy) * orient(ax, ay, bx, by, dx, dy) >= 0) continue;
          pairCrossings += 1;
          storyCrossings += p[s + 2]! * p[t + 2]!;
        }
      }
      let tunnels = 0;
      for (let s = 0; s < p.length; s += 3) {
        const a = p[s]!;
        const b = p[s + 1]!;
        for (const i of shown[v]!) {
          if (i === a || i === b) continue;
          if (
            toSegment2(xy[2 * i]!, xy[2 * i + 1]!, xy[2 * a]!, xy[2 * a + 1]!, xy[2 * b]!, xy[2 * b + 1]!) <
            r[i]! * r[i]!
          )
            tunnels += p[s + 2]!;
        }
      }
      if (tunnels > TARGETS.tunnels) broken += tunnels - TARGETS.tunnels;
      // Room for captions, once: the first view holds every link the others show.
      if (v === 0)
        for (let s = 0; s < p.length; s += 3)
          cost += shortLinkCost(
            Math.hypot(xy[2 * p[s]!]! - xy[2 * p[s + 1]!]!, xy[2 * p[s]! + 1]! - xy[2 * p[s + 1]! + 1]!),
          );
      // As penalty() weighs them, once per canvas.
      cost += canvases.length * (12 * pairCrossings + 4 * storyCrossings + 25 * tunnels);
    }
    return { ok: broken === 0, cost: cost + BROKEN * broken };
  };
}
