import { describe, expect, it } from 'vitest';

import { spreadPositions } from '../../src/cytoscape/spread';

const packed = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${i}`, { x: (i % 10) * 2, y: Math.floor(i / 10) * 2 }]));

const box = (positions: Record<string, { x: number; y: number }>) => {
  const xs = Object.values(positions).map((p) => p.x);
  const ys = Object.values(positions).map((p) => p.y);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
};

describe('spreadPositions', () => {
  it('gives a packed draft layout about spacing² of room per node, keeping its shape', () => {
    const spread = spreadPositions(packed(100), 60);
    const { w, h } = box(spread);
    expect(Math.round((w * h) / 100)).toBe(3600);
    expect(w / h).toBeCloseTo(1, 5);
    expect(spread.n0!.x).toBeLessThan(spread.n1!.x);
  });

  it('leaves a layout alone when it already has room', () => {
    const roomy = { a: { x: 0, y: 0 }, b: { x: 500, y: 500 } };
    expect(spreadPositions(roomy, 60)).toBe(roomy);
  });

  it('handles a single node and a line of nodes without dividing by zero', () => {
    expect(spreadPositions({ a: { x: 3, y: 4 } })).toEqual({ a: { x: 3, y: 4 } });
    const line = spreadPositions({ a: { x: 0, y: 0 }, b: { x: 1, y: 0 }, c: { x: 2, y: 0 } }, 60);
    expect(Object.values(line).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(line.c!.x - line.a!.x).toBeGreaterThan(100);
  });
});
