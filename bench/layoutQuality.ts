import type { Point } from '../src/cytoscape/spread';

/** How readable a drawing without designed positions came out; see docs/performance.md. */
export interface LayoutQuality {
  /** Components of 4+ nodes whose spread across is under 1/20 of their spread along: drawn as a straight line. */
  collapsed: number;
  components: number;
  /** Share of nodes with another node's centre closer than one node (26 px): overprinted bodies. */
  overlapping: number;
  /** Median link length over the median distance between random node pairs: low means neighbours sit together. */
  linkStretch: number;
}

const NODE = 26;

function componentsOf(ids: string[], edges: [string, string][]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const [s, t] of edges) if (parent.has(s) && parent.has(t)) parent.set(find(s), find(t));
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const root = find(id);
    const group = groups.get(root);
    if (group) group.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()];
}

/** Square root of the smaller over the larger eigenvalue of the points' covariance: 0 for a line, 1 for a disc. */
export function flatness(points: Point[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let [xx, yy, xy] = [0, 0, 0];
  for (const p of points) {
    xx += (p.x - mx) ** 2;
    yy += (p.y - my) ** 2;
    xy += (p.x - mx) * (p.y - my);
  }
  const mean = (xx + yy) / 2;
  const spread = Math.sqrt(((xx - yy) / 2) ** 2 + xy * xy);
  const large = mean + spread;
  return large === 0 ? 0 : Math.sqrt(Math.max(mean - spread, 0) / large);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function layoutQuality(positions: Record<string, Point>, edges: [string, string][]): LayoutQuality {
  const ids = Object.keys(positions);
  const groups = componentsOf(ids, edges).filter((g) => g.length >= 4);
  const collapsed = groups.filter((g) => flatness(g.map((id) => positions[id]!)) < 0.05).length;
  // A grid of cells one node wide finds close pairs without comparing every pair.
  const cells = new Map<string, Point[]>();
  const key = (x: number, y: number) => `${Math.floor(x / NODE)},${Math.floor(y / NODE)}`;
  for (const id of ids) {
    const p = positions[id]!;
    const cell = cells.get(key(p.x, p.y));
    if (cell) cell.push(p);
    else cells.set(key(p.x, p.y), [p]);
  }
  let overlapping = 0;
  for (const id of ids) {
    const p = positions[id]!;
    const near = [-1, 0, 1].flatMap((dx) =>
      [-1, 0, 1].flatMap((dy) => cells.get(key(p.x + dx * NODE, p.y + dy * NODE)) ?? []),
    );
    if (near.some((q) => q !== p && Math.hypot(q.x - p.x, q.y - p.y) < NODE)) overlapping += 1;
  }
  const length = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
  const links = edges
    .filter(([s, t]) => positions[s] && positions[t])
    .map(([s, t]) => length(positions[s]!, positions[t]!));
  const pairs = ids
    .slice(0, 2000)
    .map((id, i) => length(positions[id]!, positions[ids[(i * 7919 + 13) % ids.length]!]!));
  return {
    collapsed,
    components: groups.length,
    overlapping: overlapping / Math.max(ids.length, 1),
    linkStretch: median(links) / Math.max(median(pairs), 1e-9),
  };
}
