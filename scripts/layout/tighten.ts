import { boxesOverlap } from '../../bench/readability/geometry';
import { footprint } from './place';
import type { Positions } from './refine';
import type { Body } from './scene';

const round = (v: number) => Math.round(v * 10) / 10;

/** Any two footprints overlapping? Then the drawing is as tight as it may be. */
function crowded(bodies: ReadonlyMap<string, Body>, positions: Positions): number {
  const boxes = [...positions].map(([id, p]) => footprint(p, bodies.get(id)!, 2));
  return boxes.reduce((n, a, i) => n + boxes.slice(i + 1).filter((b) => boxesOverlap(a, b, 0)).length, 0);
}

/**
 * Pulls the drawing together, first across, then down, as far as it goes without two names or bodies
 * touching: fcose leaves room that would only make the names smaller once the view is fitted.
 */
export function compact(bodies: ReadonlyMap<string, Body>, positions: Positions): Positions {
  let current = positions;
  const allowed = crowded(bodies, positions);
  for (const axis of ['x', 'y', 'x', 'y'] as const) {
    let [lo, hi] = [0.3, 1];
    const scaled = (f: number): Positions =>
      new Map([...current].map(([id, p]) => [id, axis === 'x' ? { x: p.x * f, y: p.y } : { x: p.x, y: p.y * f }]));
    for (let step = 0; step < 12; step += 1) {
      const mid = (lo + hi) / 2;
      if (crowded(bodies, scaled(mid)) > allowed) lo = mid;
      else hi = mid;
    }
    current = scaled(hi);
  }
  return new Map([...current].map(([id, p]) => [id, { x: round(p.x), y: round(p.y) }]));
}

/** Widens (or heightens) the drawing to the canvas's proportions: distances only grow, crossings stay. */
export function stretch(positions: Positions, aspect: number): Positions {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs) || 1;
  const h = Math.max(...ys) - Math.min(...ys) || 1;
  const [sx, sy] = w / h < aspect ? [(aspect * h) / w, 1] : [1, w / h / aspect];
  return new Map([...positions].map(([id, p]) => [id, { x: round(p.x * sx), y: round(p.y * sy) }]));
}
