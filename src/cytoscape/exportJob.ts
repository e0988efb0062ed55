import type { Core } from 'cytoscape';

import type { ExportJob, ExportStage } from '../contracts/graphApi';
import { ExportError } from '../domain/exportPlan';
import { composePng } from './composeImage';
import { type FrameItem, frameItems } from './exportFrame';
import { fileScale, shootPng, withExportLook } from './exportImage';
import { svgDocument } from './svgExport';

declare global {
  interface Window {
    /** Where the last file's legend and caption were drawn, for the browser tests (e2e builds only). */
    __exportReport?: { frame: FrameItem[] };
  }
}

/**
 * Makes the file (or, with `factor` below 1, its preview): Cytoscape draws the graph into the planned
 * graph area, then the legend and caption are composed around it. Every step is asynchronous
 * (`blob-promise`, `createImageBitmap`, `convertToBlob`), so the page keeps responding meanwhile.
 * The SVG is written from the same positions and styles, with the same frame, in one step.
 */
export async function runExport(cy: Core, job: ExportJob, onStage: (stage: ExportStage) => void): Promise<Blob> {
  const area = job.plan.graph;
  // Measured on the file's own size, so a preview (factor below 1) shows the names the file will hold.
  const look = { ...job, nameScale: fileScale(cy, job.full, job.labels, area) };
  onStage('draw');
  if (import.meta.env.VITE_EXPOSE_CY === '1' && job.factor === 1) window.__exportReport = { frame: frameItems(job) };
  if (job.format === 'svg' && job.factor === 1) {
    const text = withExportLook(cy, look, () => svgDocument(cy, job, job.full));
    if (!text.includes('<svg')) throw new ExportError('no-image');
    return new Blob([text], { type: 'image/svg+xml' });
  }
  const graph = await shootPng(cy, {
    full: job.full,
    labels: job.labels,
    highlight: job.highlight,
    nameScale: look.nameScale,
    maxWidth: Math.max(1, Math.round(area.width * job.factor)),
    maxHeight: Math.max(1, Math.round(area.height * job.factor)),
  });
  onStage('compose');
  return composePng(graph, job, () => onStage('encode'));
}
