import type { Core } from 'cytoscape';

import type { Direction } from '../contracts/graphApi';

const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The visible neighbour that lies most nearly in `direction` from a node on screen (within 60° of
 * it), nearest first; null when there is none that way. Lets arrow keys travel along links.
 */
export function neighbourInDirection(cy: Core, id: string, direction: Direction): string | null {
  const node = cy.getElementById(id);
  if (node.empty() || !node.visible()) return null;
  const from = node.position();
  const [dx, dy] = VECTORS[direction];
  let best: { id: string; score: number } | null = null;
  node
    .connectedEdges(':visible')
    .connectedNodes(':visible')
    .forEach((other) => {
      if (other.id() === id) return;
      const p = other.position();
      const vx = p.x - from.x;
      const vy = p.y - from.y;
      const length = Math.hypot(vx, vy) || 1;
      const cos = (vx * dx + vy * dy) / length;
      if (cos < 0.5) return;
      const score = length / cos;
      if (!best || score < best.score) best = { id: other.id(), score };
    });
  return (best as { id: string } | null)?.id ?? null;
}
