import type { EdgeSingular, NodeSingular } from 'cytoscape';

import { el, escapeXml, num } from './svgMarkup';

type Element = NodeSingular | EdgeSingular;

let measureContext: OffscreenCanvasRenderingContext2D | null = null;

/** Text width in pixels for a CSS font, measured the way Cytoscape measures its labels (a 2D canvas). */
function measure(text: string, font: string): number {
  measureContext ??= new OffscreenCanvas(1, 1).getContext('2d');
  if (!measureContext) return text.length * 7;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

export interface LabelFont {
  family: string;
  size: number;
  weight: string;
  style: string;
}

export const cssFont = (f: LabelFont) => `${f.style} ${f.weight} ${f.size}px ${f.family}`;

/** The lines Cytoscape draws for a label: its `text-wrap` rule (none, wrap, ellipsis) applied. */
export function labelLines(text: string, wrap: string, maxWidth: number, font: string): string[] {
  if (wrap === 'ellipsis') {
    if (measure(text, font) < maxWidth) return [text];
    let kept = '';
    for (const ch of text) {
      if (measure(`${kept}${ch}…`, font) > maxWidth) break;
      kept += ch;
    }
    return [`${kept}…`];
  }
  if (wrap !== 'wrap') return [text];
  return text.split('\n').flatMap((line) => {
    if (measure(line, font) <= maxWidth) return [line];
    const lines: string[] = [];
    let current = '';
    for (const match of line.matchAll(/(\S+)(\s*)/g)) {
      const candidate = current === '' ? match[1]! : `${current}${match[0]}`;
      if (current !== '' && measure(candidate.trimEnd(), font) > maxWidth) {
        lines.push(current.trimEnd());
        current = match[0];
      } else current = current === '' ? match[0] : `${current}${match[0]}`;
    }
    if (current.trim() !== '') lines.push(current.trimEnd());
    return lines;
  });
}

/** Angle (radians) of an edge's autorotated label: along the line between its ends, kept upright. */
function edgeAngle(edge: EdgeSingular): number {
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  let angle = Math.atan2(t.y - s.y, t.x - s.x);
  if (angle > Math.PI / 2) angle -= Math.PI;
  if (angle < -Math.PI / 2) angle += Math.PI;
  return angle;
}

/** The element's main label as SVG (a `<text>` per line, with its background box when styled), or '' if it has none. */
export function labelSvg(ele: Element): string {
  const text = String(ele.style('label') ?? '');
  if (text === '' || ele.numericStyle('font-size') <= 0) return '';
  const font: LabelFont = {
    family: String(ele.style('font-family')),
    size: ele.numericStyle('font-size'),
    weight: String(ele.style('font-weight')),
    style: String(ele.style('font-style')),
  };
  const lines = labelLines(text, String(ele.style('text-wrap')), ele.numericStyle('text-max-width'), cssFont(font));
  // Cytoscape's own box for the label (margins, alignment and outline included) places the text.
  const box = ele.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  });
  if (!Number.isFinite(box.x1) || box.w <= 0) return '';
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  const rotate = ele.isEdge() && ele.style('text-rotation') === 'autorotate' ? edgeAngle(ele) : 0;
  const lineHeight = font.size * (ele.numericStyle('line-height') || 1);
  const outline = ele.numericStyle('text-outline-width');
  const opacity = ele.numericStyle('text-opacity') * ele.effectiveOpacity();
  // One <text> per line: each line is its own text to search, copy or read aloud (a name, then the
  // actor under it), where tspans in one <text> would read as "Nam On-joPark Ji-hu".
  const attrs = {
    'font-family': font.family,
    'font-size': font.size,
    'font-weight': font.weight,
    'font-style': font.style === 'normal' ? null : font.style,
    fill: String(ele.style('color')),
    'text-anchor': 'middle',
    'dominant-baseline': 'central',
    stroke: outline > 0 ? String(ele.style('text-outline-color')) : null,
    'stroke-width': outline > 0 ? 2 * outline : null,
    'stroke-linejoin': outline > 0 ? 'round' : null,
    'paint-order': outline > 0 ? 'stroke' : null,
  };
  const texts = lines
    .map((line, i) =>
      el('text', { x: num(cx), y: num(cy + (i - (lines.length - 1) / 2) * lineHeight), ...attrs }, escapeXml(line)),
    )
    .join('');
  const background = backgroundSvg(ele, lines, font, lineHeight, cx, cy);
  const group = background + texts;
  const transform = rotate === 0 ? null : `rotate(${num((rotate * 180) / Math.PI)} ${num(cx)} ${num(cy)})`;
  return el('g', { class: 'label', opacity: opacity < 1 ? opacity : null, transform }, group);
}

function backgroundSvg(ele: Element, lines: string[], font: LabelFont, lineHeight: number, cx: number, cy: number) {
  const opacity = ele.numericStyle('text-background-opacity');
  if (!(opacity > 0)) return '';
  const pad = ele.numericStyle('text-background-padding') || 0;
  const width = Math.max(...lines.map((line) => measure(line, cssFont(font)))) + 2 * pad;
  const height = lines.length * lineHeight + 2 * pad;
  return el('rect', {
    x: cx - width / 2,
    y: cy - height / 2,
    width,
    height,
    rx: ele.style('text-background-shape') === 'round-rectangle' ? Math.min(4, height / 4) : null,
    fill: String(ele.style('text-background-color')),
    'fill-opacity': opacity < 1 ? opacity : null,
  });
}
