import type { Core } from 'cytoscape';

/** Longest side of an exported image, in pixels; larger canvases fail silently in some browsers. */
export const MAX_EXPORT_SIDE = 8192;
export const EXPORT_SCALE = 2;

export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * Renders the whole visible graph at 2x (less if the longest side would pass the cap) on an opaque
 * background. Rejects, rather than returning an empty file, when the browser cannot make the image.
 */
export async function exportPng(cy: Core, background: string): Promise<PngExport> {
  // Hover emphasis is transient (the pointer may still rest on a node), so it never goes into a file;
  // the filters and the selection do.
  cy.batch(() => cy.elements().removeClass('is-faded is-hovered'));
  const box = cy.elements(':visible').boundingBox();
  const longest = Math.max(Math.ceil(box.w), Math.ceil(box.h));
  if (longest <= 0) throw new Error('Nothing to export: no element is visible.');
  const scale = Math.min(EXPORT_SCALE, MAX_EXPORT_SIDE / longest);
  // Passing maxWidth/maxHeight makes Cytoscape ignore devicePixelRatio, so sizes are the same on
  // every screen; `scale` then decides the size (it takes precedence over the max dimensions).
  const blob = await cy.png({
    output: 'blob-promise',
    full: true,
    scale,
    maxWidth: MAX_EXPORT_SIDE,
    maxHeight: MAX_EXPORT_SIDE,
    bg: background,
  });
  if (!(blob instanceof Blob) || blob.size === 0) {
    throw new Error('The browser could not produce the image (it may be too large).');
  }
  return {
    blob,
    width: Math.floor(Math.ceil(box.w) * scale),
    height: Math.floor(Math.ceil(box.h) * scale),
  };
}
