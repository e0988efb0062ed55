import type { Composition } from '../contracts/graphApi';
import { ExportError, fitInto, type Rect } from '../domain/exportPlan';
import type { ThemeColors } from '../theme/palette';
import { FRAME_FONT, type FrameItem, frameItems, swatchPath } from './exportFrame';
import { asExportError } from './exportImage';

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
    for (const item of frameItems(c)) paint(ctx, item, c.factor, c.colors);
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

function paint(ctx: Ctx, item: FrameItem, f: number, colors: ThemeColors) {
  if (item.type === 'text') {
    const size = item.size * f;
    ctx.font = `${item.bold ? '600 ' : ''}${size}px ${FRAME_FONT}`;
    ctx.textBaseline = 'middle';
    // An outline in the background colour keeps text readable on a transparent image, as on the graph.
    ctx.lineJoin = 'round';
    ctx.lineWidth = Math.max(1, size / 5);
    ctx.strokeStyle = colors.textOutline;
    ctx.strokeText(item.text, item.x * f, item.y * f);
    ctx.fillStyle = colors.text;
    ctx.fillText(item.text, item.x * f, item.y * f);
  } else if (item.type === 'line') {
    ctx.strokeStyle = item.color;
    ctx.lineWidth = item.width * f;
    ctx.setLineDash(item.dash.map((d) => d * f));
    ctx.beginPath();
    ctx.moveTo(item.x1 * f, item.y1 * f);
    ctx.lineTo(item.x2 * f, item.y2 * f);
    ctx.stroke();
    ctx.setLineDash([]);
  } else {
    ctx.fillStyle = item.color;
    ctx.fill(new Path2D(swatchPath(item.shape, item.x * f, item.y * f, item.size * f)));
  }
}
