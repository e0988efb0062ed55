import type { Core } from 'cytoscape';

import type { ExportJob, ExportStage } from '../contracts/graphApi';
import { ExportError } from '../domain/exportPlan';
import { composePng } from './composeImage';
import { type FrameItem, frameItems } from './exportFrame';
import { shootPng, withExportLook } from './exportImage';
import { type NamesReport, withLegibleNames } from './legibleNames';
import { svgDocument } from './svgExport';

declare global {
  interface Window {
    /** What the last file's names and frame look like, for the browser tests (e2e builds only). */
    __exportReport?: { names: NamesReport | null; frame: FrameItem[] };
  }
}

/** Draws with legible names when the job asks for them, and tells the e2e build what was drawn. */
function drawing<T>(cy: Core, job: ExportJob, draw: () => T): T {
  const report = (names: NamesReport | null) => {
    if (import.meta.env.VITE_EXPOSE_CY === '1' && job.factor === 1) {
      window.__exportReport = { names, frame: frameItems(job) };
    }
  };
  return withExportLook(cy, job, () => {
    if (job.minNamePx === null || !job.full || !job.labels) {
      report(null);
      return draw();
    }
    const { graph } = job.plan;
    const area = { ...graph, width: graph.width * job.factor, height: graph.height * job.factor };
    return withLegibleNames(cy, area, job.minNamePx * job.factor, (names) => {
      report(names);
      return draw();
    });
  });
}

/**
 * Makes the file (or, with `factor` below 1, its preview): Cytoscape draws the graph into the planned
 * graph area, then the legend and caption are composed around it. Every step is asynchronous
 * (`blob-promise`, `createImageBitmap`, `convertToBlob`), so the page keeps responding meanwhile.
 * The SVG is written from the same positions and styles, with the same frame, in one step.
 */
export async function runExport(cy: Core, job: ExportJob, onStage: (stage: ExportStage) => void): Promise<Blob> {
  const area = job.plan.graph;
  onStage('draw');
  if (job.format === 'svg' && job.factor === 1) {
    const text = drawing(cy, job, () => svgDocument(cy, job, job.full));
    if (!text.includes('<svg')) throw new ExportError('no-image');
    return new Blob([text], { type: 'image/svg+xml' });
  }
  const graph = await drawing(cy, job, () =>
    shootPng(cy, {
      full: job.full,
      maxWidth: Math.max(1, Math.round(area.width * job.factor)),
      maxHeight: Math.max(1, Math.round(area.height * job.factor)),
    }),
  );
  onStage('compose');
  return composePng(graph, job, () => onStage('encode'));
}
