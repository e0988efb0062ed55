import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { toElements } from '../../src/cytoscape/toElements';
import { turnsUpright, turnUpright } from '../../src/cytoscape/upright';
import { parseGraph } from '../../src/domain/parseGraph';

const read = (url: URL) =>
  JSON.parse(readFileSync(url, 'utf8')) as { nodes: { position?: { x: number; y: number } }[] };
const shippedFile = read(new URL('../../data/graph.json', import.meta.url));
const shipped = parseGraph(shippedFile);
const positionOf = (elements: ReturnType<typeof toElements>, id: string) =>
  elements.find((el) => el.data.id === id)?.position;

describe('the drawing turned for an upright screen', () => {
  it('turns a quarter turn so the left edge becomes the top, wider across and shorter down', () => {
    expect(turnUpright({ x: 100, y: 50 })).toEqual({ x: -70, y: 90 });
    expect(turnUpright({ x: -400, y: -250 })).toEqual({ x: 350, y: -360 });
  });

  it('turns the shipped chart, whose designed drawing is wide', () => {
    expect(turnsUpright(shipped)).toBe(true);
    const upright = toElements(shipped, true);
    // On-jo stands at (182, -384.5) in the designed drawing; Cheong-san, at its left, moves to the top.
    expect(positionOf(upright, 'on-jo')).toEqual({ x: 538.3, y: 163.8 });
    expect(positionOf(upright, 'cheong-san')!.y).toBeLessThan(positionOf(upright, 'on-jo')!.y);
    expect(positionOf(toElements(shipped), 'on-jo')).toEqual({ x: 182, y: -384.5 });
  });

  it('leaves a drawing alone that is already tall, lacks a position, or is a large graph', () => {
    const tall = parseGraph({
      ...shippedFile,
      nodes: shippedFile.nodes.map((n) => ({ ...n, position: n.position && { x: n.position.y, y: n.position.x } })),
    });
    expect(turnsUpright(tall)).toBe(false);
    const unplaced = parseGraph({
      ...shippedFile,
      nodes: shippedFile.nodes.map((n, i) => (i === 0 ? { ...n, position: undefined } : n)),
    });
    expect(turnsUpright(unplaced)).toBe(false);
    const many = Array.from({ length: 401 }, (_, i) => ({ id: `n${i}`, position: { x: i * 10, y: 0 } }));
    expect(turnsUpright({ ...shipped, nodes: many as unknown as typeof shipped.nodes })).toBe(false);
  });
});
