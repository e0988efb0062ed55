// `npm run bench:ab -- <distA> <distB> [runs] [nodes|shipped]`: opens the graph in two builds
// (`vite build --mode e2e --outDir …`), alternating A and B run by run, cold (a new browser context
// each run), and prints the medians of what opening costs: first paint, drawn at final positions,
// longest main-thread block and total blocking time (the part of every long task over 50 ms), and
// from a trace the main thread's CPU time until drawn and the CPU time of its longest task. On a
// machine shared with other work the wall-clock figures stretch with the load while the CPU times
// stay close to what the page itself does, so compare those first; alternating A and B keeps the
// wall-clock comparison fair too.
import { readFileSync } from 'node:fs';

import { chromium } from 'playwright';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { generateGraph } from './generateGraph';
import { LONG_TASKS, waitForDrawn, type Win } from './probes';
import { median } from './report';
import { serveApp } from './server';

const [distA, distB, runsArg, graphArg] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: bench:ab -- <distA> <distB> [runs] [nodes|shipped]');
const runs = Number(runsArg ?? 5);
const graph = graphArg ?? 'shipped';
const json =
  graph === 'shipped' ? readFileSync('data/graph.json', 'utf8') : JSON.stringify(generateGraph(Number(graph)));
const servers = await Promise.all([distA, distB].map((dist) => serveApp(dist, () => json)));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

interface Load {
  firstPaint: number;
  ready: number;
  longest: number;
  blocking: number;
  cpu: number;
  longestCpu: number;
}
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args: { name?: string; data?: { frame?: string; url?: string } };
}

/** Main-thread CPU time (ms) of the page's tasks from navigation until `ready`, and of its longest task. */
function cpuFrom(events: TraceEvent[], readyMs: number): { cpu: number; longestCpu: number } {
  const mark = events.find((e) => e.name === 'aouad:graph-drawn')!;
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const main = thread(mark);
  const tasks = events.filter((e) => thread(e) === main && e.ph === 'X' && e.name === 'RunTask');
  // The trace clock is in microseconds; navigation started `readyMs` before the drawn mark at the latest.
  const end = Math.max(mark.ts, ...events.filter((e) => e.name === 'aouad:graph-laid-out').map((e) => e.ts));
  const start = end - readyMs * 1000;
  const inLoad = tasks.filter((e) => e.ts >= start - 1 && e.ts <= end);
  const longest = inLoad.reduce((a, b) => ((b.dur ?? 0) > (a?.dur ?? 0) ? b : a), inLoad[0]);
  return {
    cpu: inLoad.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000,
    longestCpu: (longest?.tdur ?? 0) / 1000,
  };
}
async function open(url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  await browser.startTracing(page, {
    categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing', '__metadata'],
  });
  await page.goto(url);
  await waitForDrawn(page, 300_000);
  await page.waitForTimeout(1000);
  const load = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
    const tasks = (window as unknown as Win).__longTasks;
    return {
      firstPaint: at('first-contentful-paint'),
      ready: Math.max(at('aouad:graph-drawn'), at('aouad:graph-laid-out')),
      longest: Math.max(0, ...tasks),
      blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    };
  });
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await context.close();
  return { ...load, ...cpuFrom(traceEvents, load.ready) };
}

const results: Load[][] = [[], []];
for (let i = 0; i < runs; i += 1) {
  // A B, then B A: neither build always goes first.
  const order = i % 2 === 0 ? [0, 1] : [1, 0];
  for (const which of order) results[which]!.push(await open(servers[which]!.url));
  process.stdout.write(`run ${i + 1}/${runs}\n`);
}
await browser.close();
for (const { server } of servers) server.close();

const keys = ['cpu', 'longestCpu', 'firstPaint', 'ready', 'longest', 'blocking'] as const;
console.log(`\n${graph}, ${runs} runs each, medians in ms (all runs in brackets)`);
for (const [i, dist] of [distA, distB].entries()) {
  const row = keys.map((k) => {
    const values = results[i]!.map((r) => r[k]);
    return `${k} ${median(values)!.toFixed(0)} [${values.map((v) => v.toFixed(0)).join(' ')}]`;
  });
  console.log(`${i === 0 ? 'A' : 'B'} ${dist}: ${row.join(' · ')}`);
}
