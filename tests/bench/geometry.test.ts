import { describe, expect, it } from 'vitest';

import {
  boxesOverlap,
  boxMeetsCircle,
  measureScene,
  type Scene,
  segmentsCross,
} from '../../bench/readability/geometry';

const node = (id: string, x: number, y: number, label = true) => ({
  id,
  x,
  y,
  r: 10,
  fontPx: 12,
  named: true,
  ...(label ? { label: { x1: x - 30, x2: x + 30, y1: y + 12, y2: y + 26 } } : {}),
});

describe('readability geometry', () => {
  it('counts boxes that overlap by more than half a pixel, not ones that touch', () => {
    expect(boxesOverlap({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 9, y1: 9, x2: 20, y2: 20 })).toBe(true);
    expect(boxesOverlap({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 10, y1: 0, x2: 20, y2: 10 })).toBe(false);
    expect(boxMeetsCircle({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x: 14, y: 5, r: 5 })).toBe(true);
    expect(boxMeetsCircle({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x: 14, y: 14, r: 5 })).toBe(false);
  });

  it('counts proper crossings only', () => {
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 5 }, { x: 10, y: 5 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 10, y: 10 }, { x: 20, y: 0 })).toBe(false);
  });

  it('measures a small scene: one crossing, one pair crossing for parallel links, a tunnel and an overlap', () => {
    const scene: Scene = {
      canvas: { width: 200, height: 200 },
      nodes: [node('a', 0, 0), node('b', 100, 100), node('c', 0, 100), node('d', 100, 0), node('e', 50, 52, false)],
      links: [
        { source: 'a', target: 'b', story: true },
        { source: 'a', target: 'b', story: true },
        { source: 'c', target: 'd', story: true },
      ],
    };
    const r = measureScene(scene);
    expect(r.storyCrossings).toBe(2);
    expect(r.pairCrossings).toBe(1);
    expect(r.tunnels).toBe(3);
    expect(r.labelOverlaps).toBe(0);
    expect(r.legibleShare).toBeCloseTo(4 / 5);
    // a's and c's names (from x = -30) stick out of the canvas; b's and d's are whole and clear.
    expect(r.readableNames).toBe(2);
    expect(r.minNamePx).toBe(0);
  });

  it('does not count a name as readable where it overprints another', () => {
    const scene: Scene = {
      canvas: { width: 400, height: 400 },
      nodes: [node('a', 100, 100), node('b', 140, 105)],
      links: [],
    };
    expect(measureScene(scene).readableNames).toBe(0);
    scene.nodes[1] = node('b', 200, 105);
    expect(measureScene(scene).readableNames).toBe(2);
  });
});
