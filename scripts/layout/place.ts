import { type Box, boxesOverlap } from '../../bench/readability/geometry';
import { LABEL_GAP } from './labels';
import { type Body } from './scene';

/** The body and label of a node at `p`, with `margin` of clear space around it, at zoom 1. */
export function footprint(p: { x: number; y: number }, body: Body, margin = 6): Box {
  const r = body.size / 2;
  const w = Math.max(body.size, body.label.width) / 2;
  return {
    x1: p.x - w - margin,
    x2: p.x + w + margin,
    y1: p.y - r - margin,
    y2: p.y + r + LABEL_GAP + body.label.height + margin,
  };
}

/**
 * The first spot, trying `candidates` in order, where a node's footprint meets none of `taken`;
 * the spot is then taken. Falls back to the last candidate when all are crowded.
 */
export function firstFree(candidates: { x: number; y: number }[], body: Body, taken: Box[]): { x: number; y: number } {
  const free = candidates.find((p) => !taken.some((box) => boxesOverlap(box, footprint(p, body, 0), 0)));
  const chosen = free ?? candidates[candidates.length - 1]!;
  taken.push(footprint(chosen, body));
  return chosen;
}

/** Spots around a centre, nearest first: right, left, then the other directions, ring by ring. */
export function around(centre: { x: number; y: number }, start: number, step: number, rings: number) {
  const angles = [0, 180, 30, 150, -30, -150, 60, 120, -60, -120, 90, -90].map((d) => (d * Math.PI) / 180);
  const spots: { x: number; y: number }[] = [];
  for (let ring = 0; ring < rings; ring += 1) {
    for (const a of angles)
      spots.push({
        x: centre.x + Math.cos(a) * (start + ring * step),
        y: centre.y + Math.sin(a) * (start + ring * step),
      });
  }
  return spots;
}

/** Spots on an ellipse around `box`, from `angle` outwards in both directions, then on wider ellipses. */
export function rim(box: Box, angle: number, margin: number, rings = 6) {
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  const spots: { x: number; y: number }[] = [];
  for (let ring = 0; ring < rings; ring += 1) {
    const rx = (box.x2 - box.x1) / 2 + margin + ring * 60;
    const ry = (box.y2 - box.y1) / 2 + margin + ring * 40;
    for (let k = 0; k < 36; k += 1) {
      const a = angle + (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * (Math.PI / 36);
      spots.push({ x: cx + Math.cos(a) * rx, y: cy + Math.sin(a) * ry });
    }
  }
  return spots;
}
