// `npm run bench:profile [nodes]`: opens one generated graph in headless Chromium with the CPU profiler
// on, from navigation until the layout is applied, and prints where the main thread spent its time
// (self time per function, and the longest tasks). For finding what to cut, not for reporting.
import { execSync } from 'node:child_process';

import { chromium } from 'playwright';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { generateGraph } from './generateGraph';
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
}

const nodes = Number(process.argv[2] ?? 5000);
const OUT = 'dist-bench';
if (!process.env.BENCH_NO_BUILD)
  execSync(`npx vite build --mode e2e --outDir ${OUT} --logLevel warn`, { stdio: 'inherit' });
const json = JSON.stringify(generateGraph(nodes));
const { url, server } = await serveApp(OUT, () => json);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('aouad:graph-laid-out').length > 0, null, {
  timeout: 180_000,
});
await page.waitForTimeout(500);
const marks = await page.evaluate(() =>
  performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`),
);
const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
await browser.close();
server.close();

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const frame = byId.get(id)!.callFrame;
  const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
console.log(marks.join('\n'));
console.log('\nself time (ms), top 40:');
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(ms.toFixed(0).padStart(7), key);

// A timeline: per 500 ms slice of the run, the three functions with the most self time.
const slices = new Map<number, Map<string, number>>();
let t = 0;
profile.samples.forEach((id, i) => {
  t += (profile.timeDeltas[i] ?? 0) / 1000;
  const frame = byId.get(id)!.callFrame;
  if (frame.functionName === '(idle)') return;
  const slice = slices.get(Math.floor(t / 500)) ?? new Map<string, number>();
  const key = `${frame.functionName || '(anonymous)'}:${frame.url.split('/').pop()}`;
  slice.set(key, (slice.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  slices.set(Math.floor(t / 500), slice);
});
console.log('\ntimeline (from profiler start, 500 ms slices):');
for (const [k, slice] of [...slices].sort((a, b) => a[0] - b[0])) {
  const top = [...slice].sort((a, b) => b[1] - a[1]).slice(0, 3);
  console.log(`${(k * 0.5).toFixed(1).padStart(5)} s`, top.map(([f, ms]) => `${f} ${ms.toFixed(0)}`).join(' | '));
}
