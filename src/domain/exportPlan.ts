/**
 * Export sizes and layout: which preset gives how many pixels, where the graph, the legend and the
 * caption go in the image, and whether the browser can make an image that large.
 */

import { isPosting, planPosting, POSTING_FRAMES, type PostingId } from './postingPlan';

export type PresetId = '1x' | '2x' | '4x' | PostingId | 'a4' | 'poster' | 'custom';

/** `scale` presets multiply the graph's on-screen size; `frame` presets fill a fixed page. */
export type Preset = { kind: 'scale'; scale: number } | { kind: 'frame'; width: number; height: number };

export const PRESETS: Record<Exclude<PresetId, 'custom'>, Preset> = {
  '1x': { kind: 'scale', scale: 1 },
  '2x': { kind: 'scale', scale: 2 },
  '4x': { kind: 'scale', scale: 4 },
  square: { kind: 'frame', ...POSTING_FRAMES.square },
  portrait: { kind: 'frame', ...POSTING_FRAMES.portrait },
  story: { kind: 'frame', ...POSTING_FRAMES.story },
  social: { kind: 'frame', ...POSTING_FRAMES.social },
  slide: { kind: 'frame', ...POSTING_FRAMES.slide },
  // A4 landscape, 297 × 210 mm at 300 dpi.
  a4: { kind: 'frame', width: 3508, height: 2480 },
  // A3 landscape, 420 × 297 mm at 600 dpi (A2 at 600 dpi would pass the area cap below).
  poster: { kind: 'frame', width: 9921, height: 7016 },
};

export const PRESET_IDS = [...(Object.keys(PRESETS) as Exclude<PresetId, 'custom'>[]), 'custom'] as const;

export interface ExportOptions {
  format: 'png' | 'svg';
  scope: 'whole' | 'viewport';
  preset: PresetId;
  /** Used when `preset` is `custom`: the width of the whole image, in pixels. */
  customWidth: number;
  background: 'transparent' | 'solid';
  labels: boolean;
  legend: boolean;
  caption: boolean;
  /** Draw the legend, the title and every filter in force into the image (turns legend and caption on). */
  explain: boolean;
  /** Keep the selection, the shown path and the season-diff marks in the image. */
  highlight: boolean;
  /** Each visible story link's short caption drawn on it (those that would overprint are left out). */
  arrowCaptions: boolean;
  /** Legend and caption as they were before a posting size turned them on, given back on leaving it. */
  partsBeforePosting: { legend: boolean; caption: boolean } | null;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  format: 'png',
  scope: 'whole',
  preset: '2x',
  customWidth: 2000,
  background: 'solid',
  labels: true,
  legend: false,
  caption: false,
  explain: false,
  highlight: false,
  arrowCaptions: false,
  partsBeforePosting: null,
};

/** What actually goes into the image once `explain` is taken into account (PNG and SVG alike). */
export function effectiveParts(options: ExportOptions): { legend: boolean; caption: boolean } {
  return { legend: options.legend || options.explain, caption: options.caption || options.explain };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ExportPlan {
  width: number;
  height: number;
  /** Pixels per layout unit: text and swatches are drawn at `unit` times their on-screen size. */
  unit: number;
  /** The legend's entries flow into this many columns (a posting image's legend band under the chart). */
  legendColumns: number;
  graph: Rect;
  legend: Rect | null;
  caption: Rect | null;
}

/** Layout units (on-screen pixels at 1x) of the legend column and caption band. */
export const LAYOUT = {
  legendWidth: 210,
  rowHeight: 22,
  padding: 14,
  titleHeight: 28,
  lineHeight: 20,
} as const;

export interface PlanInput {
  /** The graph drawing at 1x: the visible elements' bounding box, or the viewport. */
  natural: { width: number; height: number };
  legendRows: number;
  captionLines: number;
}

const legendHeight = (rows: number) => 2 * LAYOUT.padding + LAYOUT.titleHeight + rows * LAYOUT.rowHeight;
const captionHeight = (lines: number) => 2 * LAYOUT.padding + LAYOUT.titleHeight + lines * LAYOUT.lineHeight;

/**
 * Pixel size and layout of the image. Scale presets and a custom width grow the image around the
 * graph at its natural size; frame presets keep the frame and fit the graph into what the legend and
 * caption leave. Sizes are whole pixels, so the file has exactly the size announced in the preview.
 */
export function planExport(options: ExportOptions, input: PlanInput): ExportPlan {
  const parts = effectiveParts(options);
  const legendW = parts.legend ? LAYOUT.legendWidth : 0;
  const legendH = parts.legend ? legendHeight(input.legendRows) : 0;
  const captionH = parts.caption ? captionHeight(input.captionLines) : 0;
  const natural = { width: Math.max(1, input.natural.width), height: Math.max(1, input.natural.height) };
  if (isPosting(options.preset)) {
    return planPosting(options.preset, {
      ...parts,
      legendRows: input.legendRows,
      captionLines: input.captionLines,
      natural,
    });
  }
  const preset = options.preset === 'custom' ? null : PRESETS[options.preset];
  if (preset?.kind === 'frame') {
    const unit = Math.min(preset.width, preset.height) / 900;
    const legendWidth = Math.round(legendW * unit);
    const captionHeightPx = Math.round(captionH * unit);
    return {
      width: preset.width,
      height: preset.height,
      unit,
      legendColumns: 1,
      graph: { x: 0, y: 0, width: preset.width - legendWidth, height: preset.height - captionHeightPx },
      legend: parts.legend ? { x: preset.width - legendWidth, y: 0, width: legendWidth, height: preset.height } : null,
      caption: parts.caption
        ? { x: 0, y: preset.height - captionHeightPx, width: preset.width - legendWidth, height: captionHeightPx }
        : null,
    };
  }
  const unit = preset ? preset.scale : Math.max(1, Math.round(options.customWidth)) / (natural.width + legendW);
  const graphW = Math.max(1, Math.round(natural.width * unit));
  const graphH = Math.max(1, Math.round(Math.max(natural.height, legendH - captionH) * unit));
  const captionPx = Math.round(captionH * unit);
  const legendPx = Math.round(legendW * unit);
  const width = preset ? graphW + legendPx : Math.max(1, Math.round(options.customWidth));
  const height = graphH + captionPx;
  return {
    width,
    height,
    unit,
    legendColumns: 1,
    graph: { x: 0, y: 0, width: width - legendPx, height: graphH },
    legend: parts.legend ? { x: width - legendPx, y: 0, width: legendPx, height } : null,
    caption: parts.caption ? { x: 0, y: graphH, width: width - legendPx, height: captionPx } : null,
  };
}

/**
 * Measured on this project's test machine (Debian Chromium 156, headless, 24 GB RAM) by bisecting the
 * size for which `canvas.toBlob()` and `OffscreenCanvas.convertToBlob()` still give a file: the longest
 * side may be 65,535 px and the area 268,435,456 px (2^28, e.g. 16,384 × 16,384 or 32,768 × 8,192);
 * one pixel more and toBlob hands back null / convertToBlob throws. We stay well below both: an export
 * holds two canvases at once (Cytoscape's drawing and the composed image), each 4 bytes per pixel,
 * and other browsers and smaller machines give up earlier.
 */
export const MAX_EXPORT_SIDE = 16_384;
export const MAX_EXPORT_AREA = 2 ** 27;

export type SizeProblem = { reason: 'side'; limit: number } | { reason: 'area'; limit: number } | { reason: 'empty' };

/** Why an image of this size would fail, or null when the browser can make it. */
export function sizeProblem(width: number, height: number): SizeProblem | null {
  if (!Number.isFinite(width) || !Number.isFinite(height) || width < 1 || height < 1) return { reason: 'empty' };
  if (Math.max(width, height) > MAX_EXPORT_SIDE) return { reason: 'side', limit: MAX_EXPORT_SIDE };
  if (width * height > MAX_EXPORT_AREA) return { reason: 'area', limit: MAX_EXPORT_AREA };
  return null;
}

/** Fits a `width` × `height` box inside `rect`, centred, keeping its proportions. */
export function fitInto(width: number, height: number, rect: Rect): Rect {
  const scale = Math.min(rect.width / Math.max(1, width), rect.height / Math.max(1, height));
  const w = Math.max(1, Math.floor(width * scale));
  const h = Math.max(1, Math.floor(height * scale));
  return {
    x: rect.x + Math.floor((rect.width - w) / 2),
    y: rect.y + Math.floor((rect.height - h) / 2),
    width: w,
    height: h,
  };
}

/** Ways the browser can fail to make the file; each becomes a message, never an empty download. */
export type ExportFailure = 'no-image' | 'memory' | 'tainted' | 'empty';

export class ExportError extends Error {
  constructor(
    readonly failure: ExportFailure,
    detail?: string,
  ) {
    super(detail ?? failure);
    this.name = 'ExportError';
  }
}
