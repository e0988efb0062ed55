import { num } from './svgMarkup';

/**
 * Node outlines as SVG path data, following Cytoscape's own geometry (its polygons are unit n-gons
 * stretched to fill the node's box, corners rounded by min(w/4, h/4, 8)), so the SVG matches the PNG.
 */

function unitNgon(sides: number): number[] {
  const step = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2;
  const points: number[] = [];
  for (let i = 0; i < sides; i += 1) points.push(Math.cos(start + i * step), Math.sin(-(start + i * step)));
  // Stretched to fill the square from -1 to 1 on both axes.
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return points.map((v, i) =>
    i % 2 === 0 ? ((v - minX) / (maxX - minX)) * 2 - 1 : ((v - minY) / (maxY - minY)) * 2 - 1,
  );
}

const POLYGONS: Record<string, number[]> = {
  triangle: unitNgon(3),
  rectangle: unitNgon(4),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  pentagon: unitNgon(5),
  hexagon: unitNgon(6),
  heptagon: unitNgon(7),
  octagon: unitNgon(8),
};

/** The outline of a node of this Cytoscape shape centred at (x, y), `w` × `h` including padding. */
export function shapePath(shape: string, x: number, y: number, w: number, h: number): string {
  const bare = shape.replace(/^round-/, '');
  if (shape === 'ellipse') {
    const [rx, ry] = [w / 2, h / 2];
    return `M${num(x - rx)} ${num(y)}a${num(rx)} ${num(ry)} 0 1 0 ${num(w)} 0a${num(rx)} ${num(ry)} 0 1 0 ${num(-w)} 0Z`;
  }
  if (shape === 'round-rectangle' || shape === 'roundrectangle') {
    const r = Math.min(w / 4, h / 4, 8);
    const [left, top] = [x - w / 2, y - h / 2];
    return (
      `M${num(left + r)} ${num(top)}h${num(w - 2 * r)}a${num(r)} ${num(r)} 0 0 1 ${num(r)} ${num(r)}` +
      `v${num(h - 2 * r)}a${num(r)} ${num(r)} 0 0 1 ${num(-r)} ${num(r)}h${num(2 * r - w)}` +
      `a${num(r)} ${num(r)} 0 0 1 ${num(-r)} ${num(-r)}v${num(2 * r - h)}a${num(r)} ${num(r)} 0 0 1 ${num(r)} ${num(-r)}Z`
    );
  }
  // Unknown shapes (and the rounded polygons, drawn with sharp corners) fall back to their polygon or a box.
  const points = POLYGONS[bare] ?? POLYGONS.rectangle!;
  const parts: string[] = [];
  for (let i = 0; i < points.length; i += 2) {
    parts.push(`${i === 0 ? 'M' : 'L'}${num(x + (points[i]! * w) / 2)} ${num(y + (points[i + 1]! * h) / 2)}`);
  }
  return `${parts.join('')}Z`;
}
