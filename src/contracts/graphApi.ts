import type { ExportPlan } from '../domain/exportPlan';
import type { LegendEntry } from '../theme/legendEntries';
import type { ThemeColors } from '../theme/palette';

/**
 * The seam between the app and the renderer: what the rest of the app may ask of the canvas without
 * ever touching Cytoscape. src/cytoscape/ implements it; state and composition only call it.
 */
export interface GraphApi {
  fit: () => void;
  relayout: () => void;
  /** The drawing's size at 1x: the visible elements (`full`) or the viewport. */
  measure: (full: boolean, labels: boolean) => { width: number; height: number };
  /** Ids of the visible nodes inside the viewport, for what a viewport export shows. */
  inView: () => string[];
  exportImage: (job: ExportJob, onStage: (stage: ExportStage) => void) => Promise<Blob>;
  /** Pans (and zooms in if needed) so a node is in the middle of the view. */
  center: (id: string) => void;
  neighbour: (id: string, direction: Direction) => string | null;
}

export const DIRECTIONS = ['left', 'right', 'up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const EXPORT_STAGES = ['draw', 'compose', 'encode'] as const;
export type ExportStage = (typeof EXPORT_STAGES)[number];

/** The picture around the graph: the planned layout, its colours, the legend and the caption. */
export interface Composition {
  plan: ExportPlan;
  /** 1 for the file; below 1 for the preview, which is the same picture drawn smaller. */
  factor: number;
  /** Null for a transparent image. */
  background: string | null;
  colors: ThemeColors;
  legend: { title: string; rows: readonly LegendEntry[] } | null;
  caption: { title: string; lines: readonly string[] } | null;
}

/** One export as the app asks for it; the renderer draws it. */
export interface ExportJob extends Composition {
  format: 'png' | 'svg';
  full: boolean;
  labels: boolean;
  /** Keep the selection, path and season-diff marks (off: the plain chart). */
  highlight: boolean;
  /** Each visible story link's caption on it, where it overprints no other caption, name or node. */
  arrowCaptions: boolean;
  /** A posting image: every drawn name at least this many pixels tall (names that would clash are left out). */
  minNamePx: number | null;
  /** Told how many names the image leaves out for want of room (always 0 outside posting sizes). */
  onNamesLeftOut?: (count: number) => void;
}
