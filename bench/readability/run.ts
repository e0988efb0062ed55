// `npm run bench:readability`: builds the app, serves it on loopback and measures, in headless Chromium,
// what the chart draws for the shipped graph (bench/readability/geometry.ts): overprints, crossings,
// links through nodes, legible names and the canvas used, for the default view and season 1 at
// 1400×900, the default view at 1280×720 and a phone at 390×844. Prints a Markdown table of medians
// with the issue's targets and exits non-zero when a target is missed.
//   BENCH_RUNS  loads per view (default 3)
//   BENCH_DIST  measure an existing `vite build --mode e2e` output instead of building
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { chromium } from 'playwright';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { serveApp } from '../server';
import type { Readability } from './geometry';
import { measureView, READABILITY_VIEWS } from './measure';
import { medianReadability, missedTargets, readabilityTable, type ViewResult } from './report';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const OUT = process.env.BENCH_DIST ?? 'dist-bench';

if (!process.env.BENCH_DIST)
  execSync(`npx vite build --mode e2e --outDir ${OUT} --logLevel warn`, { stdio: 'inherit' });
const graph = readFileSync('data/graph.json', 'utf8');
const { url, server } = await serveApp(OUT, () => graph);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results: ViewResult[] = [];
try {
  for (const view of READABILITY_VIEWS) {
    const runs: Readability[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await measureView(browser, url, view));
    results.push({ name: view.name, targeted: view.targeted, figures: medianReadability(runs) });
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\nReadability of the shipped chart, median of ${RUNS} loads (phone: the part on screen)\n`);
console.log(readabilityTable(results));
const missed = missedTargets(results);
console.log(missed.length === 0 ? '\nEvery target met.' : `\nMissed:\n${missed.map((m) => `- ${m}`).join('\n')}`);
process.exitCode = missed.length === 0 ? 0 : 1;
