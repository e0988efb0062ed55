import type { Figure, Target } from './report';
import { leakAllowance } from './report';

/** The median of each figure of a run, by name (see RunResult in measure.ts). */
export type Medians = Record<
  | 'firstPaint'
  | 'ready'
  | 'longestBlockLoad'
  | 'layout'
  | 'layoutMainThread'
  | 'filter'
  | 'filterPaint'
  | 'filterRebuild'
  | 'legend'
  | 'legendRebuild'
  | 'search'
  | 'searchScan'
  | 'select'
  | 'export2x'
  | 'export1x'
  | 'longestBlockAll'
  | 'heapMb'
  | 'heapAfterFiltersMb',
  number | null
>;

/** Issue 8's targets on a 2-core machine, by scenario (`shipped` or the generated node count). */
const TARGETS: Record<string, Partial<Record<'ready' | 'filter' | 'longestBlockLoad', Target>>> = {
  shipped: {
    ready: { below: 700, why: 'shipped graph ready' },
    filter: { below: 16, why: 'one frame' },
  },
  '5000': {
    ready: { below: 1700, why: '5k ready, laid out, interactive' },
    filter: { below: 100, why: '5k filter' },
    longestBlockLoad: { below: 200, why: '5k: no block over 200 ms' },
  },
  '20000': {
    filter: { below: 300, why: '20k filter' },
    longestBlockLoad: { below: 500, why: '20k: no block over 500 ms' },
  },
};

/** The figures reported for one graph, each with its same-run baseline and target where there is one. */
export function figuresFor(scenario: string, m: Medians): Figure[] {
  const t = TARGETS[scenario] ?? {};
  const growth = m.heapMb === null || m.heapAfterFiltersMb === null ? null : m.heapAfterFiltersMb - m.heapMb;
  return [
    {
      measure: 'load → graph drawn at final positions',
      unit: 'ms',
      value: m.ready,
      baseline: { what: 'page first paint', value: m.firstPaint },
      target: t.ready,
    },
    {
      measure: 'layout (Re-layout → laid out)',
      unit: 'ms',
      value: m.layout,
      baseline: { what: 'fcose draft on main thread', value: m.layoutMainThread },
    },
    {
      measure: 'longest main-thread block while opening',
      unit: 'ms',
      value: m.longestBlockLoad,
      baseline: { what: 'layout alone on main thread', value: m.layoutMainThread },
      target: t.longestBlockLoad,
    },
    {
      measure: 'season filter (click → classes set)',
      unit: 'ms',
      value: m.filter,
      baseline: { what: 'rebuilding elements', value: m.filterRebuild },
      target: t.filter,
    },
    { measure: 'season filter, to next painted frame', unit: 'ms', value: m.filterPaint },
    {
      measure: 'legend filter (click → classes set)',
      unit: 'ms',
      value: m.legend,
      baseline: { what: 'rebuilding elements', value: m.legendRebuild },
    },
    {
      measure: 'search keystroke → suggestions',
      unit: 'ms',
      value: m.search,
      baseline: { what: 'scan of every label', value: m.searchScan },
    },
    { measure: 'selection → card', unit: 'ms', value: m.select },
    {
      measure: 'PNG export at 2× (click → saved)',
      unit: 'ms',
      value: m.export2x,
      baseline: { what: 'cy.png at 1×', value: m.export1x },
    },
    { measure: 'longest main-thread block, whole run', unit: 'ms', value: m.longestBlockAll },
    { measure: 'JS heap after opening and use', unit: 'MB', value: m.heapMb },
    {
      measure: 'heap growth after 50 filter changes',
      unit: 'MB',
      value: growth,
      target: { below: leakAllowance(m.heapMb), why: 'no leak' },
    },
  ];
}

export const initialJsFigure = (kb: number): Figure => ({
  measure: 'initial JS (gzip)',
  unit: 'kB',
  value: kb,
  target: { below: 300, why: 'initial JS' },
});
