import { describe, expect, it } from 'vitest';

import { flatness, layoutQuality } from '../../bench/layoutQuality';

describe('flatness', () => {
  it('is 0 for points on a straight line and 1 for the corners of a square', () => {
    expect(flatness([0, 1, 2, 3].map((i) => ({ x: i * 10, y: i * 5 })))).toBe(0);
    expect(
      flatness([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 0, y: 10 },
        { x: 10, y: 10 },
      ]),
    ).toBeCloseTo(1, 10);
  });
});

describe('layoutQuality', () => {
  const chain: [string, string][] = [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'd'],
    ['e', 'f'],
    ['f', 'g'],
    ['g', 'h'],
    ['h', 'e'],
  ];

  it('counts a component of four or more drawn as a line, and overprinted bodies', () => {
    const positions = {
      // a–d on a line: collapsed.
      a: { x: 0, y: 0 },
      b: { x: 100, y: 0 },
      c: { x: 200, y: 0 },
      d: { x: 300, y: 1 },
      // e–h spread both ways, with e and f 10 px apart: two overprinted nodes.
      e: { x: 1000, y: 0 },
      f: { x: 1010, y: 0 },
      g: { x: 1200, y: 200 },
      h: { x: 1000, y: 200 },
    };
    const quality = layoutQuality(positions, chain);
    expect(quality.components).toBe(2);
    expect(quality.collapsed).toBe(1);
    expect(quality.overlapping).toBe(2 / 8);
  });
});
