// `npm run bench:floor`: what Cytoscape.js alone takes to draw the generated graphs, with nothing of the
// app around it: one static page that fetches the elements (positions given, so no layout), builds the
// canvas with them in one call, with the lightest style (dots, straight haystack links, no names) and
// the large-graph render options the app uses. The time from navigation to its first frame and the
// heap it leaves are the least any page drawing these graphs with Cytoscape's element model can take
// here; the app's own figures (npm run bench) are read against them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright';
import { minifySync } from 'vite';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import { generateGraph } from './generateGraph';
import { LONG_TASKS, type Win } from './probes';
import { median } from './report';
import { serveApp } from './server';

const sizes = (process.env.BENCH_FLOOR_SIZES ?? '100,1000,5000').split(',').map(Number).filter(Boolean);
const runs = Number(process.env.BENCH_RUNS ?? 3);

const PAGE = `<!doctype html><meta charset="utf-8"><div id="cy" style="position:fixed;inset:0"></div>
<script>
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
</script>
<script type="module">
  import cytoscape from './cytoscape.js';
  const elements = await (await fetch('graph.json')).json();
  performance.mark('floor:data');
  const cy = cytoscape({
    container: document.getElementById('cy'), elements, layout: { name: 'preset' },
    pixelRatio: 1, hideEdgesOnViewport: true, textureOnViewport: true,
    style: [
      { selector: 'node', style: { width: 20, height: 20, 'background-color': '#888' } },
      { selector: 'edge', style: { 'curve-style': 'haystack', width: 1, 'line-color': '#bbb' } },
    ],
  });
  performance.mark('floor:built');
  cy.one('render', () => performance.mark('floor:drawn'));
  window.__cy = cy;
</script>`;

/** The generated graph as Cytoscape elements on a square grid (positions given: no layout). */
function elementsFor(count: number): string {
  const graph = generateGraph(count);
  const side = Math.ceil(Math.sqrt(graph.nodes.length));
  const nodes = graph.nodes.map((node, i) => ({
    group: 'nodes',
    data: { id: node.id },
    position: { x: (i % side) * 60, y: Math.floor(i / side) * 60 },
  }));
  const edges = graph.links.map((link, i) => ({
    group: 'edges',
    data: { id: `e${i}`, source: link.source, target: link.target },
  }));
  return JSON.stringify([...nodes, ...edges]);
}

const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
writeFileSync(join(dir, 'index.html'), PAGE);
// The code the app bundles (with patches/ applied), minified as the app's build minifies it.
const source = readFileSync('node_modules/cytoscape/dist/cytoscape.esm.mjs', 'utf8');
writeFileSync(join(dir, 'cytoscape.js'), minifySync('cytoscape.esm.mjs', source).code);
let current = '';
const { url, server } = await serveApp(dir, () => current);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
console.log(
  '| graph | navigation → first frame | canvas built, in one call | longest task | first frame | heap after GC | a third hidden → painted |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const size of sizes) {
  current = elementsFor(size);
  const count = (JSON.parse(current) as unknown[]).length;
  const rows: { drawn: number; built: number; longest: number; frame: number; heap: number; filter: number }[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    // Also defines the helper tsx's compiled page functions call.
    await page.addInitScript(LONG_TASKS);
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('floor:drawn').length > 0, null, {
      timeout: 120_000,
    });
    await page.waitForTimeout(500);
    const row = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
      const tasks = (window as unknown as { __tasks: [number, number][] }).__tasks;
      return {
        drawn: at('floor:drawn'),
        built: at('floor:built') - at('floor:data'),
        longest: Math.max(0, ...tasks.map(([, duration]) => duration)),
        // The first frame's task: the longest one that began after the canvas was built.
        frame: Math.max(0, ...tasks.filter(([start]) => start >= at('floor:built')).map(([, duration]) => duration)),
      };
    });
    // A season filter's floor: a third of the elements hidden by a class, to the next painted frame.
    const filter = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const cy = (window as unknown as Win).__cy;
          cy.style().selector('.off').style('display', 'none').update();
          const start = performance.now();
          cy.elements()
            .filter((_, i) => i % 3 === 0)
            .addClass('off');
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
        }),
    );
    const heap = await page.evaluate(() => {
      const win = window as unknown as Win & { performance: { memory: { usedJSHeapSize: number } } };
      win.__cy.elements().removeClass('off');
      win.gc?.();
      return win.performance.memory.usedJSHeapSize / 2 ** 20;
    });
    rows.push({ ...row, filter, heap });
    await context.close();
  }
  const mid = (pick: (r: (typeof rows)[number]) => number) => median(rows.map(pick)) ?? 0;
  console.log(
    `| ${size} characters, ${count} elements (${runs}×) | ${mid((r) => r.drawn).toFixed(0)} ms | ${mid((r) => r.built).toFixed(0)} ms | ${mid((r) => r.longest).toFixed(0)} ms | ${mid((r) => r.frame).toFixed(0)} ms | ${mid((r) => r.heap).toFixed(1)} MB | ${mid((r) => r.filter).toFixed(0)} ms |`,
  );
}
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });
