import type { Composition } from '../contracts/graphApi';
import { LAYOUT, type Rect } from '../domain/exportPlan';
import type { LegendEntry } from '../theme/legendEntries';
import { LINK_STYLES, NODE_SHAPES, type ThemeColors, TONE_LINES } from '../theme/palette';

/**
 * What goes around the graph (legend, caption), as drawing instructions in image pixels. The PNG
 * painter (canvas) and the SVG writer draw the same list, so both files show the same frame, and a
 * test can read every text's size and place from it.
 */
type Swatch = (typeof NODE_SHAPES)[keyof typeof NODE_SHAPES];

export type FrameItem =
  | {
      type: 'text';
      text: string;
      x: number;
      y: number;
      size: number;
      bold: boolean;
      role: 'title' | 'legend' | 'caption';
    }
  | { type: 'shape'; shape: Swatch; x: number; y: number; size: number; color: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number; dash: number[] };

export const FRAME_FONT = 'system-ui, "Noto Sans CJK KR", "Noto Sans KR", sans-serif';

function legendItems(
  area: Rect,
  unit: number,
  columns: number,
  colors: ThemeColors,
  title: string,
  rows: readonly LegendEntry[],
) {
  const items: FrameItem[] = [];
  const pad = LAYOUT.padding * unit;
  const row = LAYOUT.rowHeight * unit;
  const top = area.y + pad + (LAYOUT.titleHeight * unit) / 2;
  items.push({ type: 'text', text: title, x: area.x + pad, y: top, size: 15 * unit, bold: true, role: 'title' });
  const swatch = 14 * unit;
  // Column by column, so node kinds and link kinds each stay together.
  const perColumn = Math.ceil(rows.length / Math.max(1, columns));
  const columnWidth = (area.width - 2 * pad) / Math.max(1, columns);
  for (const [i, entry] of rows.entries()) {
    const x = area.x + pad + Math.floor(i / perColumn) * columnWidth;
    const y = top + (LAYOUT.titleHeight * unit) / 2 + row / 2 + (i % perColumn) * row;
    if (entry.group === 'node') {
      items.push({
        type: 'shape',
        shape: NODE_SHAPES[entry.kind],
        x: x + swatch / 2,
        y,
        size: swatch,
        color: colors.node[entry.kind],
      });
    } else {
      // Story links in the colour and line of their tone, as the chart draws them; cast links grey.
      const tone = entry.group === 'tone' ? entry.tone : null;
      const style = tone ? TONE_LINES[tone] : LINK_STYLES[entry.group === 'link' ? entry.kind : 'plays'];
      items.push({
        type: 'line',
        x1: x,
        y1: y,
        x2: x + 2 * swatch,
        y2: y,
        color: tone ? colors.tone[tone] : colors.structural,
        width: (tone ? 2.5 : 1.2) * unit,
        dash: style === 'dashed' ? [6 * unit, 4 * unit] : style === 'dotted' ? [1.5 * unit, 3 * unit] : [],
      });
    }
    items.push({
      type: 'text',
      text: `${entry.label} (${entry.count})`,
      x: x + 2.6 * swatch,
      y,
      size: 13 * unit,
      bold: false,
      role: 'legend',
    });
  }
  return items;
}

function captionItems(area: Rect, unit: number, caption: { title: string; lines: readonly string[] }) {
  const items: FrameItem[] = [];
  const pad = LAYOUT.padding * unit;
  const x = area.x + pad;
  let y = area.y + pad + (LAYOUT.titleHeight * unit) / 2;
  items.push({ type: 'text', text: caption.title, x, y, size: 18 * unit, bold: true, role: 'title' });
  y += (LAYOUT.titleHeight * unit) / 2 + (LAYOUT.lineHeight * unit) / 2;
  for (const line of caption.lines) {
    items.push({ type: 'text', text: line, x, y, size: 13 * unit, bold: false, role: 'caption' });
    y += LAYOUT.lineHeight * unit;
  }
  return items;
}

/** The frame of a composition at full size (factor 1); painters scale it for a preview. */
export function frameItems(c: Pick<Composition, 'plan' | 'colors' | 'legend' | 'caption'>): FrameItem[] {
  const { plan } = c;
  return [
    ...(c.legend && plan.legend
      ? legendItems(plan.legend, plan.unit, plan.legendColumns, c.colors, c.legend.title, c.legend.rows)
      : []),
    ...(c.caption && plan.caption ? captionItems(plan.caption, plan.unit, c.caption) : []),
  ];
}

/** A legend swatch's outline as SVG path data (also used by the SVG writer). */
export function swatchPath(shape: Swatch, cx: number, cy: number, size: number): string {
  const r = size / 2;
  if (shape === 'ellipse') return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${size} 0a${r} ${r} 0 1 0 ${-size} 0Z`;
  if (shape === 'round-rectangle') {
    const [h, k] = [size * 0.8, r / 3];
    return `M${cx - r + k} ${cy - h / 2}h${size - 2 * k}q${k} 0 ${k} ${k}v${h - 2 * k}q0 ${k} ${-k} ${k}h${2 * k - size}q${-k} 0 ${-k} ${-k}v${2 * k - h}q0 ${-k} ${k} ${-k}Z`;
  }
  const corners = shape === 'diamond' ? 4 : 6;
  const points = Array.from({ length: corners }, (_, i) => {
    const angle = (2 * Math.PI * i) / corners + (shape === 'diamond' ? -Math.PI / 2 : 0);
    return `${cx + r * Math.cos(angle)} ${cy + r * Math.sin(angle)}`;
  });
  return `M${points.join('L')}Z`;
}
