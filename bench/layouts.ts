// Compares the layouts a graph without positions can get, by time and by readability: fcose's
// spectral draft (what the layout worker ran before) and ForceAtlas2 (what it runs now), on the
// benchmark's generated graphs. Run with `npm run bench:layouts`; BENCH_LAYOUT_SIZES picks the sizes.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

import { forceAtlasPositions, iterationsFor } from '../src/cytoscape/forceAtlas';
import { type Point, spreadPositions } from '../src/cytoscape/spread';
import { generateGraph } from './generateGraph';
import { layoutQuality } from './layoutQuality';

cytoscape.use(fcose);

function fcoseDraft(nodes: string[], edges: [string, string][]): Record<string, Point> {
  const index = new Map(nodes.map((id, i) => [id, `n${i}`]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 26, height: 26 } }],
    elements: [
      ...nodes.map((id) => ({ group: 'nodes' as const, data: { id: index.get(id)! } })),
      ...edges.map(([s, t]) => ({ group: 'edges' as const, data: { source: index.get(s)!, target: index.get(t)! } })),
    ],
  });
  const options = { name: 'fcose', quality: 'draft', randomize: true, animate: false, packComponents: true };
  cy.layout(options as cytoscape.LayoutOptions).run();
  const placed: Record<string, Point> = {};
  for (const id of nodes) placed[id] = { ...cy.getElementById(index.get(id)!).position() };
  cy.destroy();
  return placed;
}

const sizes = (process.env.BENCH_LAYOUT_SIZES ?? '1000,5000,20000').split(',').map(Number).filter(Boolean);
const graphs = [
  ...sizes.map((n) => ({ name: `${n / 1000}k / ${3 * (n / 1000)}k`, file: generateGraph(n) })),
  // One link per character: a handful of components, where fcose's draft drew lines.
  { name: '1k / 1k, six components', file: generateGraph(1000, 1) },
];
const layouts = [
  { name: 'fcose draft', run: fcoseDraft },
  {
    name: 'ForceAtlas2',
    run: (nodes: string[], edges: [string, string][]) => forceAtlasPositions(nodes, edges, iterationsFor(nodes.length)),
  },
];

console.log(
  '| graph | layout | time | components drawn as lines | overprinted nodes | link length / typical distance |',
);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { name, file } of graphs) {
  const nodes = file.nodes.map((n) => n.id);
  const edges = file.links.map((l): [string, string] => [l.source, l.target]);
  for (const layout of layouts) {
    const started = performance.now();
    // Both are spread to the same room per node before they are drawn, as the app does.
    const placed = spreadPositions(layout.run(nodes, edges));
    const ms = performance.now() - started;
    const q = layoutQuality(placed, edges);
    const row = [name, layout.name, `${Math.round(ms)} ms`, `${q.collapsed} of ${q.components}`];
    row.push(`${Math.round(q.overlapping * 100)} %`, q.linkStretch.toFixed(2));
    console.log(`| ${row.join(' | ')} |`);
  }
}
