import type { StoryGraph } from '../../src/domain/parseGraph';
import { around, firstFree, footprint, rim } from './place';
import type { Positions } from './refine';
import type { Body } from './scene';

const round = (v: number) => Math.round(v * 10) / 10;

/** Actors beside their character, places and seasons on the rim; the characters stay where they are. */
export function placeTheRest(graph: StoryGraph, bodies: ReadonlyMap<string, Body>, positions: Positions): Positions {
  const all: Positions = new Map(positions);
  const taken = [...positions].map(([id, p]) => footprint(p, bodies.get(id)!));
  for (const node of graph.nodes.filter((n) => n.kind === 'actor')) {
    const played = graph.links.find((l) => l.kind === 'plays' && l.source === node.id)?.target;
    const anchor = (played === undefined ? undefined : all.get(played)) ?? { x: 0, y: 0 };
    all.set(node.id, firstFree(around(anchor, 70, 35, 8), bodies.get(node.id)!, taken));
  }
  const box = taken.reduce((b, t) => ({
    x1: Math.min(b.x1, t.x1),
    y1: Math.min(b.y1, t.y1),
    x2: Math.max(b.x2, t.x2),
    y2: Math.max(b.y2, t.y2),
  }));
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  for (const kind of ['location', 'season'] as const) {
    const nodes = graph.nodes.filter((n) => n.kind === kind);
    nodes.forEach((node, i) => {
      const ends = graph.links
        .filter((l) => l.source === node.id || l.target === node.id)
        .map((l) => all.get(l.source === node.id ? l.target : l.source))
        .filter((p) => p !== undefined);
      const toward = ends.length
        ? { x: ends.reduce((s, p) => s + p.x, 0) / ends.length, y: ends.reduce((s, p) => s + p.y, 0) / ends.length }
        : null;
      const angle = toward ? Math.atan2(toward.y - centre.y, toward.x - centre.x) : (2 * Math.PI * i) / nodes.length;
      all.set(node.id, firstFree(rim(box, angle, kind === 'season' ? 140 : 40), bodies.get(node.id)!, taken));
    });
  }
  return new Map([...all].map(([id, p]) => [id, { x: round(p.x), y: round(p.y) }]));
}
