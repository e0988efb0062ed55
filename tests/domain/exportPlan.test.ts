import { describe, expect, it } from 'vitest';

import { exportFileName } from '../../src/domain/exportName';
import {
  DEFAULT_EXPORT_OPTIONS,
  effectiveParts,
  type ExportOptions,
  fitInto,
  LAYOUT,
  MAX_EXPORT_AREA,
  MAX_EXPORT_SIDE,
  planExport,
  sizeProblem,
} from '../../src/domain/exportPlan';

const natural = { width: 800, height: 500 };
const input = { natural, legendRows: 8, captionLines: 1 };
const plan = (change: Partial<ExportOptions>) => planExport({ ...DEFAULT_EXPORT_OPTIONS, ...change }, input);

describe('planExport: preset to pixel size', () => {
  it('scale presets multiply the natural size', () => {
    expect(plan({ preset: '1x' })).toMatchObject({ width: 800, height: 500 });
    expect(plan({ preset: '2x' })).toMatchObject({ width: 1600, height: 1000 });
    expect(plan({ preset: '4x' })).toMatchObject({ width: 3200, height: 2000 });
  });
  it('frame presets keep their frame whatever the graph', () => {
    expect(plan({ preset: 'social' })).toMatchObject({ width: 1200, height: 675 });
    expect(plan({ preset: 'slide', legend: true, caption: true })).toMatchObject({ width: 1920, height: 1080 });
    expect(plan({ preset: 'a4' })).toMatchObject({ width: 3508, height: 2480 });
    expect(plan({ preset: 'poster' })).toMatchObject({ width: 9921, height: 7016 });
  });
  it('a custom width keeps the proportions, legend included', () => {
    expect(plan({ preset: 'custom', customWidth: 400 })).toMatchObject({ width: 400, height: 250 });
    const withLegend = plan({ preset: 'custom', customWidth: 1010, legend: true });
    expect(withLegend.width).toBe(1010);
    expect(withLegend.legend?.width).toBe(LAYOUT.legendWidth);
    expect(withLegend.graph.width).toBe(800);
  });
  it('a legend and caption grow a scaled image and never overlap the graph', () => {
    const p = plan({ preset: '2x', legend: true, caption: true });
    expect(p.graph).toEqual({ x: 0, y: 0, width: 1600, height: 1000 });
    expect(p.legend).toMatchObject({ x: 1600, width: 2 * LAYOUT.legendWidth, height: p.height });
    expect(p.caption).toMatchObject({ x: 0, y: 1000, width: 1600 });
    expect(p.width).toBe(1600 + 2 * LAYOUT.legendWidth);
  });
  it('a flat graph still leaves room for every legend row', () => {
    const p = planExport(
      { ...DEFAULT_EXPORT_OPTIONS, preset: '1x', legend: true },
      { ...input, natural: { width: 900, height: 40 } },
    );
    expect(p.height).toBeGreaterThanOrEqual(2 * LAYOUT.padding + LAYOUT.titleHeight + 8 * LAYOUT.rowHeight);
  });
  it('frame layouts split the frame between graph, legend and caption', () => {
    const p = plan({ preset: 'slide', explain: true });
    expect(p.graph.width + p.legend!.width).toBe(1920);
    expect(p.graph.height + p.caption!.height).toBe(1080);
  });
  it('a self-explaining image turns legend and caption on, in SVG as in PNG (our SVG writer draws both)', () => {
    expect(effectiveParts({ ...DEFAULT_EXPORT_OPTIONS, explain: true })).toEqual({ legend: true, caption: true });
    expect(effectiveParts({ ...DEFAULT_EXPORT_OPTIONS, format: 'svg', explain: true })).toEqual({
      legend: true,
      caption: true,
    });
  });
});

describe('sizeProblem: the cap', () => {
  it('accepts sizes up to the side and area limits', () => {
    expect(sizeProblem(MAX_EXPORT_SIDE, MAX_EXPORT_AREA / MAX_EXPORT_SIDE)).toBeNull();
    expect(sizeProblem(9921, 7016)).toBeNull();
  });
  it('refuses one pixel more on a side, or too many pixels in all', () => {
    expect(sizeProblem(MAX_EXPORT_SIDE + 1, 10)).toEqual({ reason: 'side', limit: MAX_EXPORT_SIDE });
    expect(sizeProblem(12_000, 12_000)).toEqual({ reason: 'area', limit: MAX_EXPORT_AREA });
  });
  it('refuses empty and nonsense sizes, including 0 and NaN', () => {
    expect(sizeProblem(0, 100)).toEqual({ reason: 'empty' });
    expect(sizeProblem(Number.NaN, 100)).toEqual({ reason: 'empty' });
    expect(sizeProblem(100, Infinity)).toEqual({ reason: 'empty' });
  });
  it('stays under the measured Chromium limit (65,535 px side, 2^28 px area)', () => {
    expect(MAX_EXPORT_SIDE).toBeLessThan(65_535);
    expect(MAX_EXPORT_AREA).toBeLessThan(2 ** 28);
  });
});

describe('fitInto', () => {
  it('centres a box inside a rectangle, keeping its proportions', () => {
    expect(fitInto(200, 100, { x: 0, y: 0, width: 100, height: 100 })).toEqual({ x: 0, y: 25, width: 100, height: 50 });
  });
});

describe('exportFileName', () => {
  it('adds the details that tell two exports apart, made safe', () => {
    expect(exportFileName('all-of-us-are-dead', null, 'svg', ['viewport', '1920x1080'])).toBe(
      'all-of-us-are-dead-all-viewport-1920x1080.svg',
    );
    expect(exportFileName('show', { number: 2 }, 'png', ['../x y'])).toBe('show-s2-x-y.png');
  });
});
