import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';

import { labelSvg } from './svgLabels';
import { dashArray, el, num } from './svgMarkup';
import { shapePath } from './svgShapes';

/** A list style (dash pattern) as numbers; Cytoscape hands lists back as arrays. */
const numbers = (value: unknown): number[] => (Array.isArray(value) ? value.map(Number) : []);

function dashFor(style: string, pattern: unknown): string | null {
  if (style === 'dotted') return '1 1';
  if (style === 'dashed') return dashArray(numbers(pattern).length > 0 ? numbers(pattern) : [6, 3]);
  return null;
}

function nodeSvg(node: NodeSingular): string {
  const { x, y } = node.position();
  // `padding()` is public (compound boxes grow by it) but missing from @types/cytoscape.
  const padding = (node as NodeSingular & { padding(): number }).padding();
  const w = node.width() + 2 * padding;
  const h = node.height() + 2 * padding;
  const border = node.numericStyle('border-width');
  const fillOpacity = node.numericStyle('background-opacity');
  const shape = el('path', {
    class: node.isParent() ? 'group' : 'node',
    'data-id': node.id(),
    d: shapePath(String(node.style('shape')), x, y, w, h),
    fill: fillOpacity > 0 ? String(node.style('background-color')) : 'none',
    'fill-opacity': fillOpacity > 0 && fillOpacity < 1 ? fillOpacity : null,
    stroke: border > 0 ? String(node.style('border-color')) : null,
    'stroke-width': border > 0 ? border : null,
    'stroke-opacity':
      border > 0 && node.numericStyle('border-opacity') < 1 ? node.numericStyle('border-opacity') : null,
    'stroke-dasharray':
      border > 0 ? dashFor(String(node.style('border-style')), node.numericStyle('border-dash-pattern')) : null,
  });
  const opacity = node.effectiveOpacity();
  return el('g', { opacity: opacity < 1 ? opacity : null }, shape);
}

const mid = (a: Position, b: Position): Position => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** The points Cytoscape draws an edge through: its ends and, for curves and segments, the points between. */
function edgePath(edge: EdgeSingular): { d: string; before: Position; after: Position } {
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const curve = String(edge.style('curve-style'));
  const p = (q: Position) => `${num(q.x)} ${num(q.y)}`;
  if (curve === 'segments' || curve === 'taxi' || curve === 'round-segments' || curve === 'round-taxi') {
    const points = edge.segmentPoints() ?? [];
    const all = [s, ...points, t];
    return { d: `M${all.map(p).join('L')}`, before: all.at(-2)!, after: all[1]! };
  }
  const controls = curve === 'haystack' || curve === 'straight' ? [] : (edge.controlPoints() ?? []);
  if (controls.length === 0) return { d: `M${p(s)}L${p(t)}`, before: s, after: t };
  // Cytoscape chains quadratic curves through the midpoints between consecutive control points.
  let d = `M${p(s)}`;
  controls.forEach((c, i) => {
    const next = controls[i + 1];
    d += `Q${p(c)} ${p(next ? mid(c, next) : t)}`;
  });
  return { d, before: controls.at(-1)!, after: controls[0]! };
}

/** A triangle arrow (Cytoscape's default shape) with its tip on `tip`, pointing away from `from`. */
function arrowSvg(edge: EdgeSingular, end: 'source' | 'target', tip: Position, from: Position): string {
  const shape = String(edge.style(`${end}-arrow-shape`));
  if (shape === 'none') return '';
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const [dx, dy] = [(tip.x - from.x) / length, (tip.y - from.y) / length];
  const width = edge.numericStyle('width');
  const size = Math.max(Math.pow(width * 13.37, 0.9), 29) * edge.numericStyle('arrow-scale');
  const base = { x: tip.x - dx * 0.3 * size, y: tip.y - dy * 0.3 * size };
  const [nx, ny] = [-dy * 0.15 * size, dx * 0.15 * size];
  const points = [tip, { x: base.x + nx, y: base.y + ny }, { x: base.x - nx, y: base.y - ny }];
  return el('path', {
    class: 'arrow',
    d: `M${points.map((q) => `${num(q.x)} ${num(q.y)}`).join('L')}Z`,
    fill: String(edge.style(`${end}-arrow-color`)),
  });
}

function edgeSvg(edge: EdgeSingular): string {
  const { d, before, after } = edgePath(edge);
  const line = el('path', {
    class: 'link',
    'data-id': edge.id(),
    d,
    fill: 'none',
    stroke: String(edge.style('line-color')),
    'stroke-width': edge.numericStyle('width'),
    'stroke-linecap': String(edge.style('line-cap')),
    'stroke-dasharray': dashFor(String(edge.style('line-style')), edge.numericStyle('line-dash-pattern')),
  });
  const arrows =
    arrowSvg(edge, 'target', edge.targetEndpoint(), before) + arrowSvg(edge, 'source', edge.sourceEndpoint(), after);
  const opacity = edge.effectiveOpacity();
  return el('g', { opacity: opacity < 1 ? opacity : null }, line + arrows);
}

const zIndex = (ele: NodeSingular | EdgeSingular) => ele.numericStyle('z-index') || 0;

/**
 * The visible graph as SVG markup in model coordinates, painted in Cytoscape's order: group boxes
 * (outermost first), then links, then nodes, each by z-index; labels last, so no shape covers a name.
 */
export function graphSvg(cy: Core): string {
  const nodes = cy.nodes(':visible').map((n) => n);
  const depth = (n: NodeSingular) => n.ancestors().length;
  const groups = nodes.filter((n) => n.isParent()).sort((a, b) => depth(a) - depth(b) || zIndex(a) - zIndex(b));
  const leaves = nodes.filter((n) => !n.isParent()).sort((a, b) => zIndex(a) - zIndex(b));
  const edges = cy
    .edges(':visible')
    .map((e) => e)
    .sort((a, b) => zIndex(a) - zIndex(b));
  const parts = [
    el('g', { class: 'groups' }, groups.map(nodeSvg).join('')),
    el('g', { class: 'links' }, edges.map(edgeSvg).join('')),
    el('g', { class: 'nodes' }, leaves.map(nodeSvg).join('')),
  ];
  const named = [...groups.map(labelSvg), ...edges.map(labelSvg), ...leaves.map(labelSvg)];
  parts.push(el('g', { class: 'labels' }, named.join('')));
  return parts.join('');
}
