import { seededRandom } from '../scripts/layout/seeded';

/**
 * A GEXF 1.3 file as Gephi exports it: labels, one node attribute, `viz` positions, sizes and colours,
 * and `count` weighted undirected edges. 20,000 nodes with 60,000 edges come to about 9 MB.
 */
export function generateGexf(nodes: number, edges: number, seed = 7): string {
  const rand = seededRandom(seed);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta lastmodifieddate="2026-12-01"><creator>Gephi 0.10.1</creator></meta>',
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node"><attribute id="modularity_class" title="Modularity Class" type="integer"/></attributes>',
    '    <nodes>',
  ];
  for (let i = 0; i < nodes; i += 1) {
    const [x, y] = [(rand() - 0.5) * nodes, (rand() - 0.5) * nodes].map((v) => v.toFixed(4));
    out.push(
      `      <node id="${i}" label="Person ${i}"><attvalues><attvalue for="modularity_class" value="${i % 17}"/></attvalues>` +
        `<viz:size value="10.0"/><viz:position x="${x}" y="${y}" z="0.0"/><viz:color r="${i % 256}" g="120" b="200"/></node>`,
    );
  }
  out.push('    </nodes>', '    <edges>');
  for (let i = 0; i < edges; i += 1) {
    const source = Math.floor(rand() * nodes);
    const target = (source + 1 + Math.floor(rand() * (nodes - 1))) % nodes;
    out.push(`      <edge id="${i}" source="${source}" target="${target}" weight="1.0"/>`);
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

/** D3 node-link JSON with few nodes and very many links (a multigraph, as NetworkX writes it). */
export function generateLinkHeavy(nodes: number, links: number, seed = 11): string {
  const rand = seededRandom(seed);
  const nodeList = Array.from({ length: nodes }, (_, i) => ({ id: `n${i}` }));
  const linkList = Array.from({ length: links }, () => {
    const source = Math.floor(rand() * nodes);
    const target = (source + 1 + Math.floor(rand() * (nodes - 1))) % nodes;
    return { source: `n${source}`, target: `n${target}` };
  });
  return JSON.stringify({ directed: false, multigraph: true, nodes: nodeList, links: linkList });
}
