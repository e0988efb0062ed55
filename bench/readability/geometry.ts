/**
 * Readability of a drawn graph, in screen pixels: what overprints, what crosses, what is legible.
 * Pure geometry (no DOM, no Cytoscape) shared by the browser benchmark, which reads the scene from the
 * rendered chart, and by `npm run layout`, which scores candidate layouts with the same measure.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface SceneNode {
  id: string;
  x: number;
  y: number;
  /** Radius of the node's body. */
  r: number;
  /** The drawn label's box, absent when no label is drawn. */
  label?: Box;
  /** Font size as drawn on screen. */
  fontPx: number;
  /** Characters' names count towards legibility; other kinds do not. */
  named: boolean;
}

export interface SceneLink {
  source: string;
  target: string;
  story: boolean;
}

export interface Scene {
  nodes: SceneNode[];
  links: SceneLink[];
  canvas: { width: number; height: number };
}

export interface Readability {
  nodes: number;
  links: number;
  labelOverlaps: number;
  labelsOverNodes: number;
  nodeOverlaps: number;
  storyCrossings: number;
  pairCrossings: number;
  tunnels: number;
  /** Share of drawn-or-hidden character names drawn at 10 px or more. */
  legibleShare: number;
  /** Characters' names a user can read: drawn at 10 px or more, wholly on the canvas, overprinting no other name. */
  readableNames: number;
  minNamePx: number;
  /** Bounding box of nodes and labels over the canvas area. */
  graphShare: number;
}

/** Boxes that intersect by more than `slack` px both ways (anti-aliasing touches do not count). */
export function boxesOverlap(a: Box, b: Box, slack = 0.5): boolean {
  return Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > slack && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > slack;
}

/** Whether a box reaches into a circle (by more than `slack` px). */
export function boxMeetsCircle(box: Box, c: { x: number; y: number; r: number }, slack = 0.5): boolean {
  const dx = c.x - Math.max(box.x1, Math.min(c.x, box.x2));
  const dy = c.y - Math.max(box.y1, Math.min(c.y, box.y2));
  return Math.hypot(dx, dy) < c.r - slack;
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** Proper crossing of two segments: each strictly separates the other's ends. */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Distance from a point to a segment. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const lx = b.x - a.x;
  const ly = b.y - a.y;
  const length2 = lx * lx + ly * ly;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * lx + (p.y - a.y) * ly) / length2));
  return Math.hypot(p.x - (a.x + t * lx), p.y - (a.y + t * ly));
}

/** Bounding box of every node body and label. */
export function sceneBox(nodes: readonly SceneNode[]): Box | null {
  if (nodes.length === 0) return null;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const n of nodes) {
    for (const b of [{ x1: n.x - n.r, y1: n.y - n.r, x2: n.x + n.r, y2: n.y + n.r }, n.label]) {
      if (!b) continue;
      box.x1 = Math.min(box.x1, b.x1);
      box.y1 = Math.min(box.y1, b.y1);
      box.x2 = Math.max(box.x2, b.x2);
      box.y2 = Math.max(box.y2, b.y2);
    }
  }
  return box;
}

function crossings(segments: { a: Point; b: Point; ends: [string, string] }[]): number {
  let count = 0;
  for (let i = 0; i < segments.length; i += 1) {
    for (let j = i + 1; j < segments.length; j += 1) {
      const s = segments[i]!;
      const t = segments[j]!;
      if (s.ends.some((e) => t.ends.includes(e))) continue;
      if (segmentsCross(s.a, s.b, t.a, t.b)) count += 1;
    }
  }
  return count;
}

/** Every measure of a scene; see docs/readability.md for definitions. */
export function measureScene(scene: Scene): Readability {
  const { nodes } = scene;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let labelOverlaps = 0;
  let labelsOverNodes = 0;
  let nodeOverlaps = 0;
  for (let i = 0; i < nodes.length; i += 1) {
    const n = nodes[i]!;
    for (let j = i + 1; j < nodes.length; j += 1) {
      const m = nodes[j]!;
      if (n.label && m.label && boxesOverlap(n.label, m.label)) labelOverlaps += 1;
      if (Math.hypot(n.x - m.x, n.y - m.y) < n.r + m.r - 0.5) nodeOverlaps += 1;
    }
    if (n.label && nodes.some((m) => m !== n && boxMeetsCircle(n.label!, m))) labelsOverNodes += 1;
  }
  const drawn = scene.links
    .map((l) => ({ link: l, a: byId.get(l.source), b: byId.get(l.target) }))
    .filter((s): s is { link: SceneLink; a: SceneNode; b: SceneNode } => s.a !== undefined && s.b !== undefined);
  const story = drawn.filter((s) => s.link.story && s.a !== s.b);
  const segments = story.map((s) => ({ a: s.a, b: s.b, ends: [s.a.id, s.b.id] as [string, string] }));
  const pairs = new Map<string, (typeof segments)[number]>();
  for (const s of segments) pairs.set([...s.ends].sort().join('\u0000'), s);
  let tunnels = 0;
  for (const s of drawn) {
    if (s.a === s.b) continue;
    for (const n of nodes) {
      if (n === s.a || n === s.b) continue;
      if (distanceToSegment(n, s.a, s.b) < n.r - 0.5) tunnels += 1;
    }
  }
  const named = nodes.filter((n) => n.named);
  const legible = named.filter((n) => n.label && n.fontPx >= 10 - 1e-6).length;
  const onCanvas = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= scene.canvas.width && b.y2 <= scene.canvas.height;
  const readableNames = named.filter(
    (n) =>
      n.label &&
      n.fontPx >= 10 - 1e-6 &&
      onCanvas(n.label) &&
      nodes.every((m) => m === n || !m.label || !boxesOverlap(n.label!, m.label)),
  ).length;
  const box = sceneBox(nodes);
  const area = scene.canvas.width * scene.canvas.height;
  const graphShare = box && area > 0 ? ((box.x2 - box.x1) * (box.y2 - box.y1)) / area : 0;
  return {
    nodes: nodes.length,
    links: drawn.length,
    labelOverlaps,
    labelsOverNodes,
    nodeOverlaps,
    storyCrossings: crossings(segments),
    pairCrossings: crossings([...pairs.values()]),
    tunnels,
    legibleShare: named.length === 0 ? 1 : legible / named.length,
    readableNames,
    minNamePx: named.length === 0 ? 0 : Math.min(...named.map((n) => (n.label ? n.fontPx : 0))),
    graphShare: Math.min(graphShare, 1),
  };
}

/** The targets of the chart issue, at 1400×900. */
export const TARGETS = {
  labelOverlaps: 0,
  labelsOverNodes: 0,
  nodeOverlaps: 0,
  storyCrossings: 40,
  pairCrossings: 15,
  tunnels: 5,
  legibleShare: 1,
  graphShare: 0.7,
} as const;

/** One number to minimise: overprinting first, then crossings and tunnels, then small names and room. */
export function penalty(r: Readability): number {
  return (
    1000 * (r.labelOverlaps + r.nodeOverlaps) +
    400 * r.labelsOverNodes +
    12 * r.pairCrossings +
    4 * r.storyCrossings +
    25 * r.tunnels +
    800 * (1 - r.legibleShare) +
    300 * Math.max(0, TARGETS.graphShare - r.graphShare)
  );
}
