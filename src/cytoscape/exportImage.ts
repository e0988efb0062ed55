import type { Core } from 'cytoscape';

import { ExportError, fitInto, type Rect } from '../domain/exportPlan';
import { fromCyId } from './cyId';
import { hideNamesBelow, hideSmallNames } from './nameSizes';

export interface GraphShot {
  /** Whole graph (visible elements' bounding box) or the visible viewport. */
  full: boolean;
  /** The drawing is scaled to fit inside this box, keeping its proportions. */
  maxWidth: number;
  maxHeight: number;
}

export interface ExportLook {
  labels: boolean;
  /** Keep the selection, path and season-diff marks; without it the image shows the plain chart. */
  highlight: boolean;
  /** Image pixels per model unit in the file: names that would be drawn under 10 px there are left out. */
  nameScale: number;
}

/**
 * The drawing's size at 1x, in the same terms Cytoscape's own `png()` and `svg()` measure it. With
 * names on, every name counts: the screen hides small names by its zoom, a file decides by its own scale.
 */
export function naturalSize(cy: Core, full: boolean, labels: boolean): { width: number; height: number } {
  if (!full) return { width: cy.width(), height: cy.height() };
  if (labels) hideNamesBelow(cy, Infinity);
  try {
    const box = cy.elements(':visible').boundingBox({ includeLabels: labels });
    return { width: Math.ceil(box.w), height: Math.ceil(box.h) };
  } finally {
    if (labels) hideSmallNames(cy);
  }
}

/** Image pixels per model unit when the drawing is fitted into `area` (the file's graph area). */
export function fileScale(cy: Core, full: boolean, labels: boolean, area: Rect): number {
  const natural = naturalSize(cy, full, labels);
  const scale = fitInto(natural.width, natural.height, area).width / Math.max(1, natural.width);
  // The viewport image is drawn from screen pixels, each of which is 1/zoom model units.
  return full ? scale : scale * cy.zoom();
}

/** Ids of the visible nodes that are at least partly inside the viewport. */
export function nodesInView(cy: Core): string[] {
  const view = cy.extent();
  return cy
    .nodes(':visible')
    .filter((node) => {
      const box = node.boundingBox({ includeLabels: false });
      return box.x2 >= view.x1 && box.x1 <= view.x2 && box.y2 >= view.y1 && box.y1 <= view.y2;
    })
    .map((node) => fromCyId(node.id()));
}

/** Marks of the current interaction; an export leaves them out unless asked to keep the highlight. */
const DECORATIONS = [
  'is-selected',
  'is-neighbor',
  'is-path',
  'is-path-dimmed',
  'is-dimmed',
  'is-diff-new',
  'is-diff-ended',
  'is-diff-changed',
].join(' ');

/**
 * Runs `draw` with the export's look: hover emphasis always off, the selection, path and diff marks
 * off unless `highlight`, every name hidden when `labels` is off (Cytoscape has no export option
 * for either), and the names shown that are legible at the file's scale, whatever the screen's zoom
 * hides. The drawing is synchronous inside png() and svgDocument(), so every class is back before
 * the screen next repaints.
 */
export function withExportLook<T>(cy: Core, shot: ExportLook, draw: () => T): T {
  // Hover emphasis is transient (the pointer may still rest on a node): it never goes into a file.
  cy.elements().removeClass('is-faded is-hovered');
  const decorated = shot.highlight
    ? cy.collection()
    : cy.elements().filter((e) => DECORATIONS.split(' ').some((c) => e.hasClass(c)));
  const restore = decorated.map((e) => [e, e.classes().filter((c) => DECORATIONS.includes(c))] as const);
  const all = cy.elements();
  cy.batch(() => {
    decorated.removeClass(DECORATIONS);
    if (!shot.labels) all.addClass('is-unlabelled');
  });
  hideNamesBelow(cy, shot.nameScale);
  try {
    return draw();
  } finally {
    cy.batch(() => {
      for (const [ele, classes] of restore) ele.addClass(classes.join(' '));
      if (!shot.labels) all.removeClass('is-unlabelled');
    });
    hideSmallNames(cy);
  }
}

/**
 * A transparent PNG of the graph drawing; every browser refusal becomes an ExportError. Call it inside
 * withExportLook: Cytoscape draws synchronously, before the first await here.
 */
export async function shootPng(cy: Core, shot: GraphShot): Promise<Blob> {
  if (cy.elements(':visible').empty()) throw new ExportError('empty');
  let pending: Promise<Blob>;
  try {
    // maxWidth/maxHeight make Cytoscape ignore devicePixelRatio, so sizes are the same on every screen.
    pending = cy.png({ output: 'blob-promise', full: shot.full, maxWidth: shot.maxWidth, maxHeight: shot.maxHeight });
  } catch (error) {
    throw asExportError(error);
  }
  const blob = await pending.catch((error: unknown) => {
    throw asExportError(error);
  });
  if (!(blob instanceof Blob) || blob.size === 0) throw new ExportError('no-image');
  return blob;
}

/** Turns what canvases throw into the failure a user can act on. */
export function asExportError(error: unknown): ExportError {
  if (error instanceof ExportError) return error;
  const name = error instanceof DOMException ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  // A cross-origin image drawn on a canvas "taints" it; toBlob then throws a SecurityError.
  if (name === 'SecurityError' || /tainted/i.test(message)) return new ExportError('tainted', message);
  if (error instanceof RangeError || /memory|allocat/i.test(message)) return new ExportError('memory', message);
  // Chromium's toBlob answers null, and convertToBlob throws, when a canvas is too large to encode.
  return new ExportError('no-image', message);
}
