export interface Point {
  x: number;
  y: number;
}

/** Room each node gets, in model pixels, once a draft layout is spread out (node size plus a gap). */
export const NODE_SPACING = 60;

/**
 * Scales positions about their centre so that the bounding box gives each node about
 * `spacing × spacing` of room. fcose's draft (spectral) layout ignores node sizes and packs thousands
 * of nodes into a few hundred pixels, where they would draw as one blob; scaling keeps its shape.
 * Never shrinks a layout that is already roomy enough.
 */
export function spreadPositions(positions: Record<string, Point>, spacing = NODE_SPACING): Record<string, Point> {
  const points = Object.values(positions);
  if (points.length < 2) return positions;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = Math.max(maxX - minX, 1);
  const height = Math.max(maxY - minY, 1);
  const factor = Math.sqrt((points.length * spacing * spacing) / (width * height));
  if (factor <= 1) return positions;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const spread: Record<string, Point> = {};
  for (const [id, p] of Object.entries(positions))
    spread[id] = { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor };
  return spread;
}
