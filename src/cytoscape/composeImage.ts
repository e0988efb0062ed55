import type { Composition } from '../contracts/graphApi';
import { ExportError, fitInto, LAYOUT, type Rect } from '../domain/exportPlan';
import type { ExportLegendRow } from '../domain/exportText';
import { LINK_STYLES, NODE_SHAPES, type ThemeColors } from '../theme/palette';
import { asExportError } from './exportImage';

const FONT = 'system-ui, "Noto Sans CJK KR", "Noto Sans KR", sans-serif';
type Ctx = OffscreenCanvasRenderingContext2D;

const scaled = (r: Rect, f: number): Rect => ({
  x: Math.round(r.x * f),
  y: Math.round(r.y * f),
  width: Math.max(1, Math.round(r.width * f)),
  height: Math.max(1, Math.round(r.height * f)),
});

/**
 * Draws the graph picture, the legend and the caption onto one offscreen canvas of exactly the
 * planned size and encodes it as PNG (off the main thread's critical path: convertToBlob is async).
 */
export async function composePng(graph: Blob, c: Composition, onEncode?: () => void): Promise<Blob> {
  const width = Math.max(1, Math.round(c.plan.width * c.factor));
  const height = Math.max(1, Math.round(c.plan.height * c.factor));
  let bitmap: ImageBitmap | null = null;
  try {
    bitmap = await createImageBitmap(graph);
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    // Chromium hands back no context when it cannot allocate the pixels.
    if (!ctx) throw new ExportError('memory');
    if (c.background !== null) {
      ctx.fillStyle = c.background;
      ctx.fillRect(0, 0, width, height);
    }
    const target = fitInto(bitmap.width, bitmap.height, scaled(c.plan.graph, c.factor));
    ctx.drawImage(bitmap, target.x, target.y, target.width, target.height);
    const unit = c.plan.unit * c.factor;
    if (c.legend && c.plan.legend) drawLegend(ctx, scaled(c.plan.legend, c.factor), unit, c.colors, c.legend);
    if (c.caption && c.plan.caption) drawCaption(ctx, scaled(c.plan.caption, c.factor), unit, c.colors, c.caption);
    onEncode?.();
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    if (blob.size === 0) throw new ExportError('no-image');
    return blob;
  } catch (error) {
    throw asExportError(error);
  } finally {
    bitmap?.close();
  }
}

function text(ctx: Ctx, value: string, x: number, y: number, size: number, colors: ThemeColors, bold = false) {
  ctx.font = `${bold ? '600 ' : ''}${size}px ${FONT}`;
  ctx.textBaseline = 'middle';
  // An outline in the background colour keeps text readable on a transparent image, as on the graph.
  ctx.lineJoin = 'round';
  ctx.lineWidth = Math.max(1, size / 5);
  ctx.strokeStyle = colors.textOutline;
  ctx.strokeText(value, x, y);
  ctx.fillStyle = colors.text;
  ctx.fillText(value, x, y);
}

function drawLegend(
  ctx: Ctx,
  area: Rect,
  unit: number,
  colors: ThemeColors,
  legend: { title: string; rows: readonly ExportLegendRow[] },
) {
  const pad = LAYOUT.padding * unit;
  const row = LAYOUT.rowHeight * unit;
  const x = area.x + pad;
  let y = area.y + pad + (LAYOUT.titleHeight * unit) / 2;
  text(ctx, legend.title, x, y, 15 * unit, colors, true);
  y += (LAYOUT.titleHeight * unit) / 2 + row / 2;
  for (const entry of legend.rows) {
    const swatch = 14 * unit;
    if (entry.group === 'node') {
      drawShape(ctx, NODE_SHAPES[entry.kind], x + swatch / 2, y, swatch, colors.node[entry.kind]);
    } else {
      const color =
        entry.kind in colors.link ? colors.link[entry.kind as keyof ThemeColors['link']] : colors.structural;
      ctx.strokeStyle = color;
      ctx.lineWidth = (entry.kind in colors.link ? 2.5 : 1.2) * unit;
      const style = LINK_STYLES[entry.kind];
      ctx.setLineDash(style === 'dashed' ? [6 * unit, 4 * unit] : style === 'dotted' ? [1.5 * unit, 3 * unit] : []);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 2 * swatch, y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    text(ctx, `${entry.label} (${entry.count})`, x + 2.6 * swatch, y, 13 * unit, colors);
    y += row;
  }
}

function drawShape(
  ctx: Ctx,
  shape: (typeof NODE_SHAPES)[keyof typeof NODE_SHAPES],
  cx: number,
  cy: number,
  size: number,
  color: string,
) {
  const r = size / 2;
  ctx.beginPath();
  if (shape === 'ellipse') ctx.arc(cx, cy, r, 0, 2 * Math.PI);
  else if (shape === 'round-rectangle') ctx.roundRect(cx - r, cy - r * 0.8, size, size * 0.8, r / 3);
  else {
    const corners = shape === 'diamond' ? 4 : 6;
    for (let i = 0; i < corners; i += 1) {
      const angle = (2 * Math.PI * i) / corners + (shape === 'diamond' ? -Math.PI / 2 : 0);
      ctx.lineTo(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
    }
    ctx.closePath();
  }
  ctx.fillStyle = color;
  ctx.fill();
}

function drawCaption(
  ctx: Ctx,
  area: Rect,
  unit: number,
  colors: ThemeColors,
  caption: { title: string; lines: readonly string[] },
) {
  const pad = LAYOUT.padding * unit;
  const x = area.x + pad;
  let y = area.y + pad + (LAYOUT.titleHeight * unit) / 2;
  text(ctx, caption.title, x, y, 18 * unit, colors, true);
  y += (LAYOUT.titleHeight * unit) / 2 + (LAYOUT.lineHeight * unit) / 2;
  for (const line of caption.lines) {
    text(ctx, line, x, y, 13 * unit, colors);
    y += LAYOUT.lineHeight * unit;
  }
}
