// The speed issue's bar: Gephi Lite (commit 36b6566, React + sigma.js WebGL) measured on this machine,
// headless Debian Chromium with software rendering, opening the same kinds of graph; medians of 3 cold
// runs (1 at 20k). Pure: no browser, so tests/bench/gephiBar.test.ts can check it.
import { formatValue, type ScenarioReport } from './report';

type Measure = 'ready' | 'block' | 'heap' | 'filter';

interface BarRow {
  /** The graph as the issue names it. */
  graph: string;
  /** Which of our reports measures the same kind of graph (the start of its `graph` label). */
  ours: string;
  bar: Partial<Record<Measure, number>>;
  /** The targets: at most this many times Gephi Lite's figure, or under an absolute bound. */
  targets: Partial<Record<Measure, { times?: number; below?: number }>>;
}

/** Our figure for each measure, by the name our table gives it (generated graphs, then opened files). */
const OUR_MEASURES: Record<Measure, readonly string[]> = {
  ready: ['load → graph drawn at final positions', 'file chosen → graph drawn'],
  block: ['longest main-thread block while opening', 'longest main-thread block while opening the file'],
  heap: ['JS heap after opening and use'],
  filter: ['season filter, to next painted frame'],
};

const UNIT: Record<Measure, 'ms' | 'MB'> = { ready: 'ms', block: 'ms', heap: 'MB', filter: 'ms' };
const TITLE: Record<Measure, string> = {
  ready: 'ready',
  block: 'longest block',
  heap: 'heap after use',
  filter: 'season filter → drawn',
};

export const GEPHI_LITE_BAR: readonly BarRow[] = [
  {
    graph: '1k / 3k, no positions',
    ours: '1k / 3k,',
    bar: { ready: 3120, block: 830, heap: 23.3, filter: 400 },
    targets: { ready: { times: 0.5 }, block: { below: 200 }, filter: { times: 0.5 } },
  },
  {
    graph: '5k / 15k, no positions',
    ours: '5k / 15k,',
    bar: { ready: 6400, block: 2530, heap: 37.5, filter: 1230 },
    targets: { ready: { times: 1 }, block: { below: 1000 }, heap: { times: 1.5 }, filter: { times: 1 } },
  },
  {
    graph: '20k / 60k GEXF, positions',
    ours: 'open 20k / 60k Gephi GEXF',
    bar: { ready: 14_400, block: 7000, heap: 110, filter: 2980 },
    targets: { ready: { times: 1 }, block: { below: 3000 }, heap: { times: 1.5 }, filter: { times: 1 } },
  },
];

const ourFigure = (report: ScenarioReport, measure: Measure): number | null =>
  report.figures.find((f) => OUR_MEASURES[measure].includes(f.measure))?.value ?? null;

function verdictOf(value: number, bar: number, target: { times?: number; below?: number } | undefined) {
  if (!target) return { bound: '', verdict: '' };
  const bound = target.times !== undefined ? bar * target.times : target.below!;
  const text = target.times !== undefined ? `≤ ${target.times}×` : `≤ ${target.below} ms`;
  return { bound: text, verdict: value <= bound ? 'met' : 'missed' };
}

/**
 * Our figures beside Gephi Lite's, as ratios, with the targets, for the graphs this run
 * measured (a graph left out of the run is left out here).
 */
export function gephiBarTable(reports: readonly ScenarioReport[]): string {
  const header = ['graph', 'measure', 'Gephi Lite', 'ours', 'ratio', 'target', 'verdict'];
  const rows: string[][] = [];
  for (const row of GEPHI_LITE_BAR) {
    const report = reports.find((r) => r.graph.startsWith(row.ours));
    if (!report) continue;
    let first = true;
    for (const measure of Object.keys(TITLE) as Measure[]) {
      const bar = row.bar[measure];
      const value = ourFigure(report, measure);
      if (bar === undefined || value === null) continue;
      const { bound, verdict } = verdictOf(value, bar, row.targets[measure]);
      const unit = UNIT[measure];
      rows.push([
        first ? row.graph : '',
        TITLE[measure],
        formatValue(bar, unit),
        formatValue(value, unit),
        `${(value / bar).toFixed(2)}×`,
        bound,
        verdict,
      ]);
      first = false;
    }
  }
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
