import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import type { StoryGraph } from '../../src/domain/parseGraph';
import { type GraphInput, openGraphInput } from '../../src/io/openGraph';
import { xmldomPlatform as nodeXml } from '../../src/io/xmldomPlatform';

const fixture = (name: string): GraphInput => {
  const bytes = readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url));
  return { name, size: bytes.byteLength, bytes: async () => new Uint8Array(bytes) };
};
const open = (name: string) => openGraphInput(fixture(name), nodeXml);
const count = (graph: StoryGraph, kind: string) => graph.nodes.filter((n) => n.kind === kind).length;
const PROTO = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

describe('ids named after Object.prototype members are data in every format', () => {
  it('our own format: every node and link kept, looked up by its id', async () => {
    const graph = await open('proto-ids-own.json');
    expect([graph.nodes.length, graph.links.length]).toEqual([5, 2]);
    expect(PROTO.map((id) => graph.nodeById.get(id)?.id)).toEqual(PROTO);
  });

  for (const file of ['proto-ids.cyjs', 'proto-ids-d3.json', 'proto-ids.gexf', 'proto-ids.graphml']) {
    it(`${file}: five characters and three links, each end its own node`, async () => {
      const graph = await open(file);
      expect([count(graph, 'character'), graph.links.length]).toEqual([5, 3]);
      expect(PROTO.map((id) => graph.nodeById.get(id)?.kind)).toEqual(Array(5).fill('character'));
      expect(graph.links.map((l) => [l.source, l.target])).toEqual([
        ['__proto__', 'constructor'],
        ['toString', 'valueOf'],
        ['valueOf', '__proto__'],
      ]);
    });
  }
});

describe('real exports open', () => {
  it('yEd GraphML: port/graphml/all/endpoint keys, names from y:NodeLabel, groups from group nodes', async () => {
    const graph = await open('yed-groups.graphml');
    const people = graph.nodes.filter((n) => n.kind === 'character');
    expect(people.map((n) => [n.label, n.kind === 'character' ? n.group : null])).toEqual([
      ['Ana', 'Class 2-5'],
      ['Ben', 'Class 2-5'],
      ['Cy', undefined],
    ]);
    expect(graph.links.map((l) => [l.source, l.target, l.directed])).toEqual([
      ['n0::n0', 'n0::n1', true],
      ['n0::n1', 'n1', true],
    ]);
  });

  it('NetworkX MultiGraph GraphML: per-pair keys are not global ids; per-edge direction is kept', async () => {
    const graph = await open('networkx-multigraph.graphml');
    expect(graph.links.map((l) => [l.source, l.target, l.type, l.directed])).toEqual([
      ['ana', 'ben', 'friendship', false],
      ['ana', 'ben', 'rivalry', false],
      ['ben', 'cy', 'family', false],
      ['cy', 'ana', 'crush', true],
    ]);
  });

  it('NetworkX MultiGraph node-link JSON: two links between one pair both open', async () => {
    const graph = await open('networkx-multigraph.json');
    expect(graph.links.map((l) => l.type)).toEqual(['friendship', 'rivalry', 'family']);
  });

  it('d3-force output: link ends are node objects known only by index', async () => {
    const graph = await open('d3-force-index.json');
    expect(graph.links.map((l) => [l.source, l.target])).toEqual([
      ['0', '1'],
      ['1', '2'],
    ]);
    expect(graph.nodeById.get('0')?.label).toBe('Ana');
  });

  it('Cytoscape: a node with a data.source field stays a node when its group says so', async () => {
    const graph = await open('cytoscape-node-source.cyjs');
    expect([count(graph, 'character'), graph.links.length]).toEqual([2, 1]);
  });

  it('ids longer than 200 characters are kept as names and re-keyed inside', async () => {
    const graph = await open('long-ids.json');
    expect([count(graph, 'character'), graph.links.length]).toEqual([3, 2]);
    expect(graph.nodes.slice(0, 3).map((n) => n.label)).toEqual(['Long A', 'Long B', 'c']);
    expect(graph.nodes.every((n) => n.id.length <= 200)).toBe(true);
  });

  it('a season attribute on nodes: a link between seasons 1 and 2 holds from season 2 on', async () => {
    const graph = await open('seasons-mixed.json');
    expect(graph.nodes.map((n) => [n.id, n.seasons])).toEqual([
      ['ana', ['season-1', 'season-2']],
      ['ben', ['season-2']],
      ['cy', ['season-1', 'season-2']],
      ['season-1', ['season-1']],
      ['season-2', ['season-2']],
    ]);
    expect(graph.links.map((l) => l.seasons)).toEqual([['season-2'], ['season-1', 'season-2']]);
  });

  it('a graph of only places opens', async () => {
    const graph = await open('places-only.gexf');
    expect([count(graph, 'location'), graph.links.length]).toEqual([3, 2]);
  });
});

describe('encodings and files that are not graphs', () => {
  it('decodes UTF-16 by its byte order mark and Latin-1 by the XML declaration', async () => {
    expect((await open('utf16-bom.graphml')).nodes.slice(0, 2).map((n) => n.label)).toEqual(['Jeong-u', '정우']);
    expect((await open('latin1.gexf')).nodes.slice(0, 2).map((n) => n.label)).toEqual(['Chloé', 'Zoë']);
  });

  it('names a ZIP archive and a PNG image by what they are', async () => {
    await expect(open('archive.zip')).rejects.toMatchObject({
      problems: [{ path: '(file)', message: 'this is a ZIP archive; unpack it and open the graph file inside' }],
    });
    await expect(open('picture.png')).rejects.toMatchObject({
      problems: [{ path: '(file)', message: 'this is a PNG image, not a graph file' }],
    });
  });
});
