// `npm run bench`: builds the app, serves it on loopback and measures it in headless Chromium on the
// shipped graph and on generated graphs of 1k, 5k and 20k characters. Prints a table, writes
// bench/results.json. Figures are medians of RUNS cold runs.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { generateGraph } from './generateGraph';
import { measureRun, type RunResult } from './measure';
import { serveApp } from './server';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const OUT = 'dist-bench';
const sizes = (process.env.BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number).filter(Boolean);

execSync(`npx vite build --mode e2e --outDir ${OUT} --logLevel warn`, { stdio: 'inherit' });
const html = readFileSync(`${OUT}/index.html`, 'utf8');
const initialJs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].reduce(
  (sum, m) => sum + gzipSync(readFileSync(`${OUT}/${m[1]}`)).length,
  0,
);

const scenarios = [
  { name: 'AOUAD (shipped)', json: readFileSync('data/graph.json', 'utf8') },
  ...sizes.map((n) => ({ name: `${n / 1000}k / ${(n * 3) / 1000}k`, json: JSON.stringify(generateGraph(n)) })),
];
let current = '';
const { url, server } = await serveApp(OUT, () => current);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

const median = (values: (number | null)[]) => {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  return v.length === 0 ? null : v[Math.floor((v.length - 1) / 2)]!;
};

const results: { scenario: string; nodes: number; links: number; median: Record<string, number | null> }[] = [];
for (const scenario of scenarios) {
  current = scenario.json;
  const parsed = JSON.parse(scenario.json) as { nodes: unknown[]; links: unknown[] };
  const runs: RunResult[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    process.stdout.write(`${scenario.name}: run ${i + 1}/${RUNS}\r`);
    runs.push(await measureRun(browser, url));
  }
  const keys = Object.keys(runs[0]!) as (keyof RunResult)[];
  const med = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
  results.push({ scenario: scenario.name, nodes: parsed.nodes.length, links: parsed.links.length, median: med });
}
await browser.close();
server.close();

const f = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? 'n/a' : v.toFixed(digits));
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a && b ? `${(b / a).toFixed(1)}×` : 'n/a';
const rows = results.map(({ scenario, nodes, links, median: m }) =>
  [
    scenario,
    `${nodes} / ${links}`,
    f(m.ready),
    `${f(m.layout)} (main ${f(m.layoutMainThread)})`,
    f(m.longestBlockLoad),
    `${f(m.filter, 1)} / paint ${f(m.filterPaint)} (rebuild ${f(m.filterRebuild, 1)}, ${ratio(m.filter, m.filterRebuild)})`,
    f(m.legend, 1),
    `${f(m.search, 1)} (scan ${f(m.searchScan, 1)})`,
    f(m.select, 1),
    `${f(m.export2x)} (1× ${f(m.export1x)})`,
    f(m.longestBlockAll),
    `${f(m.heapMb, 1)} (+${f(m.heapGrowthMb, 1)})`,
  ].join(' | '),
);
const header =
  'graph | nodes / links | ready ms | re-layout ms | longest block at load ms | season filter ms (sync / to paint) | legend filter ms | search ms | select → card ms | PNG 2× ms | longest block overall ms | heap MB (+ after 50 filters)';
const table = [
  `| ${header} |`,
  `|${header
    .split('|')
    .map(() => '---')
    .join('|')}|`,
  ...rows.map((r) => `| ${r} |`),
].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${execSync(`${CHROMIUM_PATH} --version`).toString().trim()}`;
console.log(
  `\n${table}\n\nInitial JS: ${(initialJs / 1024).toFixed(1)} kB gzip. Machine: ${machine}. Median of ${RUNS} cold runs.`,
);
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ machine, runs: RUNS, initialJsGzipBytes: initialJs, results }, null, 2)}\n`,
);
