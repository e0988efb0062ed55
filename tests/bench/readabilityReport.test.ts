import { describe, expect, it } from 'vitest';

import type { Readability } from '../../bench/readability/geometry';
import { meets, missedTargets, readabilityTable } from '../../bench/readability/report';

const clean: Readability = {
  nodes: 37,
  links: 80,
  labelOverlaps: 0,
  labelsOverNodes: 0,
  nodeOverlaps: 0,
  storyCrossings: 26,
  pairCrossings: 16,
  tunnels: 0,
  legibleShare: 1,
  readableNames: 33,
  minNamePx: 12.1,
  graphShare: 0.85,
};

describe('readability report', () => {
  it('compares each measure with its target in the right direction', () => {
    expect(meets('storyCrossings', 40)).toBe(true);
    expect(meets('storyCrossings', 41)).toBe(false);
    expect(meets('graphShare', 0.69)).toBe(false);
    expect(meets('legibleShare', 1)).toBe(true);
    expect(meets('minNamePx', 3)).toBeUndefined();
  });

  it('names every missed target of a targeted view, and none of a view without targets', () => {
    const results = [
      { name: 'default 1400×900', targeted: true, figures: clean },
      { name: 'phone 390×844', targeted: false, figures: { ...clean, labelOverlaps: 3 } },
    ];
    expect(missedTargets(results)).toEqual(['default 1400×900: pairCrossings 16 (target 15)']);
    const table = readabilityTable(results);
    expect(table).toContain('| crossings of distinct pairs | ≤ 15 | **16 ✗** | 16 |');
    expect(table).toContain('| label overlaps | ≤ 0 | 0 ✓ | 3 |');
    expect(table).toContain('| names readable (≥ 10 px, whole, clear) |  | 33 | 33 |');
  });
});
