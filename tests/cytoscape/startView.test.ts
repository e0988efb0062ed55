import { describe, expect, it } from 'vitest';

import { fitBox, labelSize, nodeBox, union } from '../../src/cytoscape/startView';

describe('the first view, computed from positions', () => {
  it('estimates a two-line Latin name and a Hangul name as Cytoscape will wrap them', () => {
    // "Nam On-jo" is 9 letters at 0.56 em, "Park Ji-hu" 10: the wider line decides; two lines 1.15 high.
    const latin = labelSize('Nam On-jo\nPark Ji-hu', 16);
    expect(latin.w).toBeCloseTo(89.6, 10);
    expect(latin.h).toBeCloseTo(36.8, 10);
    // Hangul letters are one em wide.
    const hangul = labelSize('남온조', 14.5);
    expect(hangul.w).toBeCloseTo(43.5, 10);
    expect(hangul.h).toBeCloseTo(16.675, 10);
    // A name wider than the 280 px wrap width takes two lines of at most 280.
    expect(labelSize('x'.repeat(40), 16).w).toBe(280);
    expect(labelSize('x'.repeat(40), 16).h).toBeCloseTo(36.8, 10);
    expect(labelSize('', 16)).toEqual({ w: 0, h: 0 });
  });

  it('puts the name under the node: as wide as the wider of the two, 4 units below the node', () => {
    expect(nodeBox(100, 50, 13, { w: 60, h: 20 })).toEqual({ x1: 70, x2: 130, y1: 37, y2: 87 });
    expect(nodeBox(100, 50, 13, { w: 10, h: 0 })).toEqual({ x1: 87, x2: 113, y1: 37, y2: 63 });
  });

  it('centres the union of the boxes with 30 px around it, as cy.fit does', () => {
    const box = union([
      { x1: 0, y1: 0, x2: 100, y2: 50 },
      { x1: 200, y1: -50, x2: 340, y2: 10 },
    ])!;
    expect(box).toEqual({ x1: 0, y1: -50, x2: 340, y2: 50 });
    // 1060 × 814 canvas: (1060 − 60) / 340 = 2.94 wide, (814 − 60) / 100 = 7.54 high: the width decides.
    const view = fitBox(box, 1060, 814, 100);
    expect(view.zoom).toBeCloseTo(1000 / 340, 10);
    expect(view.pan.x).toBeCloseTo(30, 10);
    expect(view.pan.y).toBeCloseTo(407, 10);
    // The zoom limit wins when the chart is tiny.
    expect(fitBox(box, 1060, 814, 1.5).zoom).toBe(1.5);
    expect(union([])).toBeNull();
  });
});
