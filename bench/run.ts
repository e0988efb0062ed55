// `npm run bench`: builds the app, serves it on loopback and measures it in headless Chromium on the
// shipped graph and on generated graphs of 1k, 5k and 20k characters. Prints a table of medians with
// same-run baselines and target verdicts, and writes bench/results.json.
//   BENCH_RUNS        cold runs per graph (default 3)
//   BENCH_LARGE_RUNS  cold runs for graphs of 10,000 nodes or more (default 1: each takes minutes)
//   BENCH_SIZES       generated graph sizes (default 1000,5000,20000)
//   BENCH_SHIPPED=0   leave out the shipped graph
//   BENCH_OUT         where to write the JSON results (default bench/results.json)
//   BENCH_DIST        measure an existing `vite build --mode e2e` output instead of building (A/B runs)
//   BENCH_OPEN=0      leave out opening files through the file input (100 nodes / 200k links; 20k / 60k GEXF)
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { generateGexf, generateLinkHeavy } from './generateForeign';
import { generateGraph } from './generateGraph';
import { gephiBarTable } from './gephiBar';
import { measureRun, type RunResult } from './measure';
import { measureOpen, openFigures, type OpenResult } from './openFile';
import { formatTable, median, type ScenarioReport, targetSummary } from './report';
import { serveApp } from './server';
import { figuresFor, initialJsFigure } from './targets';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 1);
const OUT = process.env.BENCH_DIST ?? 'dist-bench';
const sizes = (process.env.BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number).filter(Boolean);
const withShipped = process.env.BENCH_SHIPPED !== '0';
const started = Date.now();

if (!process.env.BENCH_DIST)
  execSync(`npx vite build --mode e2e --outDir ${OUT} --logLevel warn`, { stdio: 'inherit' });
const html = readFileSync(`${OUT}/index.html`, 'utf8');
const initialJs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].reduce(
  (sum, m) => sum + gzipSync(readFileSync(`${OUT}/${m[1]}`)).length,
  0,
);

const scenarios = [
  ...(withShipped ? [{ id: 'shipped', name: 'AOUAD (shipped)', json: readFileSync('data/graph.json', 'utf8') }] : []),
  ...sizes.map((n) => ({
    id: String(n),
    name: `${n / 1000}k / ${(n * 3) / 1000}k`,
    json: JSON.stringify(generateGraph(n)),
  })),
];
let current = '';
const { url, server } = await serveApp(OUT, () => current);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

const reports: ScenarioReport[] = [];
const raw: Record<string, RunResult[] | OpenResult[]> = {};
for (const scenario of scenarios) {
  current = scenario.json;
  const parsed = JSON.parse(scenario.json) as { nodes: unknown[]; links: unknown[] };
  const count = parsed.nodes.length >= 10_000 ? LARGE_RUNS : RUNS;
  const runs: RunResult[] = [];
  for (let i = 0; i < count; i += 1) {
    process.stdout.write(`${scenario.name}: run ${i + 1}/${count}\n`);
    runs.push(await measureRun(browser, url));
  }
  const keys = Object.keys(runs[0]!) as (keyof RunResult)[];
  const med = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as Record<
    keyof RunResult,
    number | null
  >;
  raw[scenario.name] = runs;
  reports.push({
    graph: `${scenario.name}, ${parsed.nodes.length} / ${parsed.links.length}`,
    runs: count,
    figures: figuresFor(scenario.id, med),
  });
}
// Opened files: the link-heavy multigraph an outside test froze the page with, and a Gephi export at the size target.
const openings =
  process.env.BENCH_OPEN === '0'
    ? []
    : [
        { name: '100 nodes / 200k links (D3 JSON)', file: 'multigraph.json', text: generateLinkHeavy(100, 200_000) },
        { name: '20k / 60k Gephi GEXF', file: 'gephi-20k.gexf', text: generateGexf(20_000, 60_000) },
      ];
current = readFileSync('data/graph.json', 'utf8');
for (const opening of openings) {
  process.stdout.write(`open ${opening.name}: run 1/1\n`);
  const result = await measureOpen(browser, url, opening.file, opening.text);
  raw[`open ${opening.name}`] = [result];
  const mb = (Buffer.byteLength(opening.text) / 2 ** 20).toFixed(1);
  reports.push({
    graph: `open ${opening.name}, ${mb} MB${result.refused ? ', refused' : ''}`,
    runs: 1,
    figures: openFigures(result, result.refused),
  });
}
await browser.close();
server.close();
reports.push({ graph: 'build', runs: 1, figures: [initialJsFigure(initialJs / 1024)] });

const chromiumVersion = execSync(`${CHROMIUM_PATH} --version 2>/dev/null`).toString().trim();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${chromiumVersion}`;
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`\n${formatTable(reports)}\n`);
console.log(
  `Against Gephi Lite (the speed issue's figures from this machine; ours from this run):\n\n${gephiBarTable(reports)}\n`,
);
console.log(
  `Targets:\n${targetSummary(reports)
    .map((line) => `- ${line}`)
    .join('\n')}\n`,
);
console.log(`Machine: ${machine}. ${new Date().toISOString()}, ${minutes} min.`);
writeFileSync(
  process.env.BENCH_OUT ?? 'bench/results.json',
  `${JSON.stringify({ machine, date: new Date().toISOString(), minutes: Number(minutes), reports, raw }, null, 2)}\n`,
);
