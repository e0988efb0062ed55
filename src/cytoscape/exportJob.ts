import type { Core } from 'cytoscape';

import type { ExportJob, ExportStage } from '../contracts/graphApi';
import { composePng } from './composeImage';
import { shootPng, shootSvg } from './exportImage';

/**
 * Makes the file (or, with `factor` below 1, its preview): Cytoscape draws the graph into the planned
 * graph area, then the legend and caption are composed around it. Every step is asynchronous
 * (`blob-promise`, `createImageBitmap`, `convertToBlob`), so the page keeps responding meanwhile.
 */
export async function runExport(cy: Core, job: ExportJob, onStage: (stage: ExportStage) => void): Promise<Blob> {
  const area = job.plan.graph;
  onStage('draw');
  if (job.format === 'svg' && job.factor === 1) {
    return shootSvg(cy, {
      full: job.full,
      labels: job.labels,
      maxWidth: area.width,
      maxHeight: area.height,
      background: job.background,
    });
  }
  const graph = await shootPng(cy, {
    full: job.full,
    labels: job.labels,
    maxWidth: Math.max(1, Math.round(area.width * job.factor)),
    maxHeight: Math.max(1, Math.round(area.height * job.factor)),
  });
  onStage('compose');
  return composePng(graph, job, () => onStage('encode'));
}
