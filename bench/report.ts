// The pure part of the benchmark: medians, target verdicts and the printed table. No browser here, so
// tests/bench/report.test.ts can check it.

/** The middle value (lower middle for an even count); `null` values (not measurable) are left out. */
export function median(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  return v.length === 0 ? null : v[Math.floor((v.length - 1) / 2)]!;
}

/** An upper bound a figure must stay under. */
export interface Target {
  below: number;
  /** Where the bound comes from, e.g. "issue 8: one frame". */
  why: string;
}

export type Verdict = 'met' | 'missed' | 'n/a' | '';

export function verdict(value: number | null, target: Target | undefined): Verdict {
  if (!target) return '';
  if (value === null) return 'n/a';
  return value < target.below ? 'met' : 'missed';
}

/** One reported figure: a median, what it was compared with in the same run, and its target. */
export interface Figure {
  measure: string;
  unit: 'ms' | 'MB' | 'kB';
  value: number | null;
  baseline?: { what: string; value: number | null };
  target?: Target;
}

/**
 * How many times the baseline the figure is (0.25× = four times faster than the baseline), so the
 * comparison survives a machine that is slower or busier on the day.
 */
export function ratio(value: number | null, baseline: number | null | undefined): string {
  if (value === null || baseline === null || baseline === undefined || baseline === 0) return '';
  const r = value / baseline;
  return `${r < 0.1 ? r.toFixed(3) : r < 10 ? r.toFixed(2) : r.toFixed(0)}×`;
}

export function formatValue(value: number | null, unit: Figure['unit']): string {
  if (value === null) return 'n/a';
  const digits = unit === 'MB' || Math.abs(value) < 20 ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

export interface ScenarioReport {
  graph: string;
  runs: number;
  figures: Figure[];
}

const HEADER = ['graph', 'measure', 'median', 'baseline (same run)', 'ratio', 'target', 'verdict'];

/** A Markdown table, one row per figure, so it reads in a terminal and pastes into the docs as it is. */
export function formatTable(reports: readonly ScenarioReport[]): string {
  const rows = reports.flatMap(({ graph, runs, figures }) =>
    figures.map((f, i) => [
      i === 0 ? `${graph} (${runs}×)` : '',
      f.measure,
      formatValue(f.value, f.unit),
      f.baseline ? `${f.baseline.what}: ${formatValue(f.baseline.value, f.unit)}` : '',
      ratio(f.value, f.baseline?.value),
      f.target ? `< ${formatValue(f.target.below, f.unit)}` : '',
      verdict(f.value, f.target),
    ]),
  );
  return [HEADER, HEADER.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Every figure that has a target, with how far off it is: the README's list of met and missed targets. */
export function targetSummary(reports: readonly ScenarioReport[]): string[] {
  return reports.flatMap(({ graph, figures }) =>
    figures
      .filter((f) => f.target)
      .map((f) => {
        const v = verdict(f.value, f.target);
        const by = v === 'missed' && f.value !== null ? ` by ${formatValue(f.value - f.target!.below, f.unit)}` : '';
        return `${graph}, ${f.measure}: ${formatValue(f.value, f.unit)} (target < ${formatValue(f.target!.below, f.unit)}) ${v}${by}`;
      }),
  );
}

/**
 * The leak check: the heap after 50 filter changes may exceed the heap before by at most 1 MB or 2 %,
 * whichever is larger (garbage collection is forced before both readings, but never exact).
 */
export function leakAllowance(heapBeforeMb: number | null): number {
  return Math.max(1, (heapBeforeMb ?? 0) * 0.02);
}
