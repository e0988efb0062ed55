// `npm run bench:profile [nodes|shipped]`: opens one generated graph (or the shipped one) in headless
// Chromium with the CPU profiler on, from navigation until the graph is drawn at its final positions,
// and prints where the main thread spent its time: the marks, the long tasks, self time per function,
// inclusive time of the heaviest functions, and a timeline. For finding what to cut, not for reporting.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { chromium } from 'playwright';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { generateGraph } from './generateGraph';
import { LONG_TASKS, waitForDrawn, type Win } from './probes';
import { serveApp } from './server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

const arg = process.argv[2] ?? '5000';
const OUT = process.env.BENCH_DIST ?? 'dist-bench';
if (!process.env.BENCH_DIST && !process.env.BENCH_NO_BUILD)
  execSync(`npx vite build --mode e2e --outDir ${OUT} --logLevel warn`, { stdio: 'inherit' });
const json = arg === 'shipped' ? readFileSync('data/graph.json', 'utf8') : JSON.stringify(generateGraph(Number(arg)));
const { url, server } = await serveApp(OUT, () => json);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.addInitScript(LONG_TASKS);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(url);
await waitForDrawn(page, 180_000);
await page.waitForTimeout(1000);
const marks = await page.evaluate(() =>
  [
    ...performance.getEntriesByType('mark'),
    ...performance.getEntriesByType('paint'),
    ...performance.getEntriesByType('resource'),
  ]
    .map(
      (m) =>
        `${m.startTime.toFixed(0).padStart(6)} ${m.entryType} ${m.name.split('/').pop()}${m.duration ? ` (${m.duration.toFixed(0)} ms)` : ''}`,
    )
    .sort((a, b) => parseFloat(a) - parseFloat(b)),
);
const longTasks = await page.evaluate(() => (window as unknown as Win).__longTasks.map((d) => Math.round(d)));
const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
await browser.close();
server.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (f: ProfileNode['callFrame']) =>
  `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
const self = new Map<string, number>();
const total = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  self.set(name(byId.get(id)!.callFrame), (self.get(name(byId.get(id)!.callFrame)) ?? 0) + ms);
  const seen = new Set<string>();
  for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
    const key = name(byId.get(n)!.callFrame);
    if (seen.has(key)) continue;
    seen.add(key);
    total.set(key, (total.get(key) ?? 0) + ms);
  }
});
console.log(marks.join('\n'));
console.log(`\nlong tasks (ms): ${longTasks.join(', ')}`);
console.log('\nself time (ms), top 40:');
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms.toFixed(0).padStart(7), key);
console.log('\ninclusive time (ms), top 80 (excluding idle/program/root):');
for (const [key, ms] of [...total]
  .filter(([k]) => !/^\((root|idle|program|garbage collector)\)/.test(k))
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(process.env.PROFILE_TOP ?? 80)))
  console.log(ms.toFixed(0).padStart(7), key);

// A timeline: per 100 ms slice of the run, the three functions with the most self time.
const SLICE = Number(process.env.PROFILE_SLICE ?? 100);
const slices = new Map<number, Map<string, number>>();
let t = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  t += (profile.timeDeltas[i] ?? 0) / 1000;
  const frame = byId.get(id)!.callFrame;
  if (frame.functionName === '(idle)') return;
  const slice = slices.get(Math.floor(t / SLICE)) ?? new Map<string, number>();
  const key = `${frame.functionName || '(anonymous)'}:${frame.url.split('/').pop()}`;
  slice.set(key, (slice.get(key) ?? 0) + ms);
  slices.set(Math.floor(t / SLICE), slice);
});
console.log(`\ntimeline (from profiler start, ${SLICE} ms slices):`);
for (const [k, slice] of [...slices].sort((a, b) => a[0] - b[0])) {
  const busy = [...slice.values()].reduce((a, b) => a + b, 0);
  const top = [...slice].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(
    `${((k * SLICE) / 1000).toFixed(1).padStart(5)} s busy ${busy.toFixed(0).padStart(4)}`,
    top.map(([f, ms]) => `${f} ${ms.toFixed(0)}`).join(' | '),
  );
}
