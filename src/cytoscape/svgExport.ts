import type { Core } from 'cytoscape';

import type { Composition } from '../contracts/graphApi';
import { ExportError, fitInto } from '../domain/exportPlan';
import { FRAME_FONT, type FrameItem, frameItems, swatchPath } from './exportFrame';
import { graphSvg } from './svgGraph';
import { dashArray, el, escapeXml, num } from './svgMarkup';

function frameSvg(item: FrameItem, c: Composition): string {
  if (item.type === 'text') {
    return el(
      'text',
      {
        x: item.x,
        y: item.y,
        'font-family': FRAME_FONT,
        'font-size': item.size,
        'font-weight': item.bold ? 600 : null,
        'dominant-baseline': 'central',
        fill: c.colors.text,
        stroke: c.colors.textOutline,
        'stroke-width': Math.max(1, item.size / 5),
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
      },
      escapeXml(item.text),
    );
  }
  if (item.type === 'line') {
    const { x1, y1, x2, y2 } = item;
    return el('line', {
      x1,
      y1,
      x2,
      y2,
      stroke: item.color,
      'stroke-width': item.width,
      'stroke-dasharray': dashArray(item.dash),
    });
  }
  return el('path', { d: swatchPath(item.shape, item.x, item.y, item.size), fill: item.color });
}

/**
 * The export as an SVG document of the planned size: the graph drawn from Cytoscape's positions and
 * computed styles, placed where the PNG places its picture, with the same legend and caption.
 */
export function svgDocument(cy: Core, c: Composition, full: boolean): string {
  if (cy.elements(':visible').empty()) throw new ExportError('empty');
  const { plan } = c;
  // The same box Cytoscape's png() draws: every displayed element with its labels, or the viewport.
  const box = full ? cy.elements().boundingBox() : cy.extent();
  const natural = full
    ? { width: Math.ceil(box.w), height: Math.ceil(box.h) }
    : { width: cy.width(), height: cy.height() };
  const target = fitInto(natural.width, natural.height, plan.graph);
  const scale = target.width / Math.max(1, natural.width);
  const transform = full
    ? `translate(${num(target.x)} ${num(target.y)}) scale(${scale}) translate(${num(-box.x1)} ${num(-box.y1)})`
    : `translate(${num(target.x)} ${num(target.y)}) scale(${scale}) translate(${num(cy.pan().x)} ${num(cy.pan().y)}) scale(${cy.zoom()})`;
  const clip = el('clipPath', { id: 'graph-area' }, el('rect', { ...target }));
  const parts = [
    el('defs', {}, clip),
    c.background === null ? '' : el('rect', { width: plan.width, height: plan.height, fill: c.background }),
    el('g', { 'clip-path': 'url(#graph-area)' }, el('g', { class: 'graph', transform }, graphSvg(cy))),
    el(
      'g',
      { class: 'frame' },
      frameItems(c)
        .map((item) => frameSvg(item, c))
        .join(''),
    ),
  ];
  const title = c.caption ? el('title', {}, escapeXml(c.caption.title)) : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: plan.width,
        height: plan.height,
        viewBox: `0 0 ${plan.width} ${plan.height}`,
      },
      title + parts.join(''),
    )
  );
}
