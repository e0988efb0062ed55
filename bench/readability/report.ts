import { median } from '../report';
import { type Readability, TARGETS } from './geometry';

type Measure = keyof Readability;

/** Rows of the table: the measure, how it is written, and whether more is better. */
const ROWS: { key: Measure; title: string; digits: number }[] = [
  { key: 'nodes', title: 'nodes drawn', digits: 0 },
  { key: 'links', title: 'links drawn', digits: 0 },
  { key: 'labelOverlaps', title: 'label overlaps', digits: 0 },
  { key: 'labelsOverNodes', title: 'labels over nodes', digits: 0 },
  { key: 'nodeOverlaps', title: 'node overlaps', digits: 0 },
  { key: 'storyCrossings', title: 'story-link crossings', digits: 0 },
  { key: 'pairCrossings', title: 'crossings of distinct pairs', digits: 0 },
  { key: 'tunnels', title: 'links through nodes', digits: 0 },
  { key: 'legibleShare', title: 'names ≥ 10 px (share)', digits: 2 },
  { key: 'readableNames', title: 'names readable (≥ 10 px, whole, clear)', digits: 0 },
  { key: 'minNamePx', title: 'smallest name (px)', digits: 1 },
  { key: 'graphShare', title: 'graph share of canvas', digits: 2 },
];

const AT_LEAST: ReadonlySet<Measure> = new Set(['legibleShare', 'graphShare']);

/** Whether a figure meets the target; undefined when the measure has none. */
export function meets(key: Measure, value: number): boolean | undefined {
  if (!(key in TARGETS)) return undefined;
  const target = TARGETS[key as keyof typeof TARGETS];
  return AT_LEAST.has(key) ? value >= target - 1e-9 : value <= target;
}

/** The median of each measure over several loads of one view. */
export function medianReadability(runs: readonly Readability[]): Readability {
  return Object.fromEntries(
    ROWS.map(({ key }) => [key, median(runs.map((r) => r[key])) ?? Number.NaN]),
  ) as unknown as Readability;
}

export interface ViewResult {
  name: string;
  targeted: boolean;
  figures: Readability;
}

/** A Markdown table, one column per view; targeted views mark a missed target with its bound. */
export function readabilityTable(results: readonly ViewResult[]): string {
  const head = `| measure | target | ${results.map((r) => r.name).join(' | ')} |`;
  const rule = `|---|---|${results.map(() => '---|').join('')}`;
  const rows = ROWS.map(({ key, title, digits }) => {
    const bound = key in TARGETS ? `${AT_LEAST.has(key) ? '≥' : '≤'} ${TARGETS[key as keyof typeof TARGETS]}` : '';
    const cells = results.map(({ figures, targeted }) => {
      const value = figures[key];
      const text = value.toFixed(digits);
      const ok = targeted ? meets(key, value) : undefined;
      return ok === undefined ? text : ok ? `${text} ✓` : `**${text} ✗**`;
    });
    return `| ${title} | ${bound} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}

/** The targets missed in targeted views, each with its figure and bound. */
export function missedTargets(results: readonly ViewResult[]): string[] {
  return results.flatMap(({ name, targeted, figures }) =>
    targeted
      ? (Object.keys(TARGETS) as Measure[])
          .filter((key) => meets(key, figures[key]) === false)
          .map((key) => `${name}: ${key} ${figures[key]} (target ${TARGETS[key as keyof typeof TARGETS]})`)
      : [],
  );
}
