import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';

import { neighbourInDirection } from '../../src/cytoscape/navigate';

// A hub with neighbours placed around it, plus one node off to the right that is not linked to it.
//            up (0,-100)
//   left (-100,0)  hub (0,0)  right (100,0)   far-right (300, 0)   stranger (60, 5)
//            diag (70, 60)        down (5, 120)
let cy: cytoscape.Core;
const makeCy = (hidden: string[] = []) => {
  const at = (id: string, x: number, y: number) => ({
    data: { id },
    position: { x, y },
    classes: hidden.includes(id) ? ['is-hidden'] : [],
  });
  const edge = (target: string) => ({ data: { id: `hub-${target}`, source: 'hub', target } });
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [{ selector: '.is-hidden', style: { display: 'none' } }],
    elements: [
      at('hub', 0, 0),
      at('up', 0, -100),
      at('left', -100, 0),
      at('right', 100, 0),
      at('far-right', 300, 0),
      at('diag', 70, 60),
      at('down', 5, 120),
      at('stranger', 60, 5),
      ...['up', 'left', 'right', 'far-right', 'diag', 'down'].map(edge),
    ],
  });
  return cy;
};
afterEach(() => cy?.destroy());

describe('neighbourInDirection', () => {
  it('moves to the nearest linked neighbour lying that way', () => {
    const c = makeCy();
    expect(neighbourInDirection(c, 'hub', 'up')).toBe('up');
    expect(neighbourInDirection(c, 'hub', 'left')).toBe('left');
    // "right" is nearer than "far-right"; the unlinked "stranger" is nearer still but is no neighbour.
    expect(neighbourInDirection(c, 'hub', 'right')).toBe('right');
  });
  it('prefers a neighbour straight ahead to a nearer one off to the side', () => {
    const c = makeCy();
    // Going down, "diag" (49° off, distance 92) loses to "down" (2° off, distance 120).
    expect(neighbourInDirection(c, 'hub', 'down')).toBe('down');
  });
  it('skips hidden neighbours and says null when nothing lies that way', () => {
    const c = makeCy(['right']);
    // With "right" hidden, the best visible neighbour that way is "diag" (41° off), not the hidden one.
    expect(neighbourInDirection(c, 'hub', 'right')).toBe('diag');
    expect(neighbourInDirection(makeCy(['right', 'diag']), 'hub', 'right')).toBe('far-right');
    expect(neighbourInDirection(c, 'up', 'up')).toBeNull();
    expect(neighbourInDirection(c, 'left', 'left')).toBeNull();
  });
  it('travels back along the link it came by', () => {
    const c = makeCy();
    expect(neighbourInDirection(c, 'left', 'right')).toBe('hub');
    expect(neighbourInDirection(c, 'missing', 'right')).toBeNull();
  });
});
