import type { Core } from 'cytoscape';

import type { ExportJob, ExportStage } from '../contracts/graphApi';
import { ExportError } from '../domain/exportPlan';
import { type CaptionsReport, withArrowCaptions } from './arrowCaptions';
import { composePng } from './composeImage';
import { type FrameItem, frameItems } from './exportFrame';
import { fitGeometry } from './exportGeometry';
import { fileScale, shootPng, withExportLook } from './exportImage';
import { type NamesReport, withLegibleNames } from './legibleNames';
import { MIN_NAME_PX } from './nameSizes';
import { svgDocument } from './svgExport';

declare global {
  interface Window {
    /** What the last file's names, arrow captions and frame look like, for the browser tests (e2e builds only). */
    __exportReport?: { names: NamesReport | null; captions: CaptionsReport | null; frame: FrameItem[] };
  }
}

/**
 * Draws with the export's look. A posting image enlarges every name to its minimum size and leaves out
 * the ones that would then overprint; any other file shows the names legible at its own scale. Arrow
 * captions, when asked for, go where they cover no name and no other caption. The e2e build is told
 * what was drawn.
 */
function drawing<T>(cy: Core, job: ExportJob, draw: () => T): T {
  const report = (names: NamesReport | null, captions: CaptionsReport | null) => {
    if (import.meta.env.VITE_EXPOSE_CY === '1' && job.factor === 1) {
      window.__exportReport = { names, captions, frame: frameItems(job) };
    }
  };
  const area = job.plan.graph;
  const scaled = { ...area, width: area.width * job.factor, height: area.height * job.factor };
  const minNamePx = job.full && job.labels ? job.minNamePx : null;
  // Measured on the file's own size, so a preview (factor below 1) shows the names the file will hold.
  const nameScale = minNamePx === null ? fileScale(cy, job.full, job.labels, area) : Infinity;
  const withCaptions = (names: NamesReport | null) => {
    job.onNamesLeftOut?.(names?.leftOut ?? 0);
    if (!job.arrowCaptions) {
      report(names, null);
      return draw();
    }
    // Captions as large as the legend's text in a post (20 px beside 24 px names), else legible.
    const minPx = (minNamePx === null ? MIN_NAME_PX : (minNamePx * 5) / 6) * job.factor;
    const fit = job.full ? fitGeometry(cy, scaled) : null;
    const scale = fit ? fit.scale : nameScale * job.factor;
    return withArrowCaptions(cy, { scale, minPx, toImage: fit?.toImage ?? null }, (captions) => {
      report(names, captions);
      return draw();
    });
  };
  return withExportLook(cy, { labels: job.labels, highlight: job.highlight, nameScale }, () =>
    minNamePx === null ? withCaptions(null) : withLegibleNames(cy, scaled, minNamePx * job.factor, withCaptions),
  );
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
