import { describe, expect, it } from 'vitest';

import {
  formatTable,
  formatValue,
  leakAllowance,
  median,
  ratio,
  type ScenarioReport,
  targetSummary,
  verdict,
} from '../../bench/report';
import { figuresFor, type Medians } from '../../bench/targets';

describe('benchmark report', () => {
  it('takes the middle of the measured runs and ignores runs where a figure could not be measured', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(20);
    expect(median([null, 7, null])).toBe(7);
    expect(median([null, null])).toBeNull();
    expect(median([])).toBeNull();
  });

  it('calls a target met only when the figure is strictly under it', () => {
    const target = { below: 100, why: 'test' };
    expect(verdict(99.9, target)).toBe('met');
    expect(verdict(100, target)).toBe('missed');
    expect(verdict(null, target)).toBe('n/a');
    expect(verdict(5, undefined)).toBe('');
  });

  it('states a figure as a multiple of its same-run baseline', () => {
    expect(ratio(50, 200)).toBe('0.25×');
    expect(ratio(3, 1000)).toBe('0.003×');
    expect(ratio(1500, 100)).toBe('15×');
    expect(ratio(10, null)).toBe('');
    expect(ratio(null, 10)).toBe('');
    expect(ratio(10, 0)).toBe('');
  });

  it('formats values with their unit, keeping a decimal where it matters', () => {
    expect(formatValue(7.64, 'ms')).toBe('7.6 ms');
    expect(formatValue(1234.5, 'ms')).toBe('1235 ms');
    expect(formatValue(357.26, 'MB')).toBe('357.3 MB');
    expect(formatValue(null, 'ms')).toBe('n/a');
  });

  it('allows the heap 1 MB or 2 % of noise after 50 filter changes, whichever is more', () => {
    expect(leakAllowance(10)).toBe(1);
    expect(leakAllowance(300)).toBe(6);
    expect(leakAllowance(null)).toBe(1);
  });

  const medians = (overrides: Partial<Medians>): Medians => ({
    firstPaint: 200,
    ready: 900,
    longestBlockLoad: 300,
    layout: 250,
    layoutMainThread: null,
    filter: 7.5,
    filterPaint: 60,
    filterRebuild: 15,
    legend: 20,
    legendRebuild: 16,
    search: 6,
    searchScan: 0.2,
    select: 9,
    export2x: 200,
    export1x: 50,
    longestBlockAll: 400,
    heapMb: 10,
    heapAfterFiltersMb: 12.5,
    ...overrides,
  });

  it('prints one row per figure with baseline, ratio, target and verdict', () => {
    const reports: ScenarioReport[] = [{ graph: 'AOUAD', runs: 3, figures: figuresFor('shipped', medians({})) }];
    const lines = formatTable(reports).split('\n');
    expect(lines[0]).toBe('| graph | measure | median | baseline (same run) | ratio | target | verdict |');
    expect(lines).toHaveLength(2 + reports[0]!.figures.length);
    expect(lines).toContain(
      '| AOUAD (3×) | load → graph drawn at final positions | 900 ms | page first paint: 200 ms | 4.50× | < 700 ms | missed |',
    );
    expect(lines).toContain(
      '|  | season filter (click → classes set) | 7.5 ms | rebuilding elements: 15.0 ms | 0.50× | < 16.0 ms | met |',
    );
    // The heap grew by 2.5 MB over a 10 MB heap: more than the 1 MB allowance, so a leak.
    expect(lines).toContain('|  | heap growth after 50 filter changes | 2.5 MB |  |  | < 1.0 MB | missed |');
  });

  it('lists every target with how far a missed one is off', () => {
    const summary = targetSummary([{ graph: '5k', runs: 3, figures: figuresFor('5000', medians({ ready: 2500 })) }]);
    expect(summary).toContain('5k, load → graph drawn at final positions: 2500 ms (target < 1700 ms) missed by 800 ms');
    expect(summary).toContain('5k, season filter (click → classes set): 7.5 ms (target < 100 ms) met');
    // A graph size without targets in the issue only gets the leak check.
    expect(targetSummary([{ graph: '1k', runs: 3, figures: figuresFor('1000', medians({})) }])).toHaveLength(1);
  });
});
