import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import type { StoryGraph } from '../../src/domain/parseGraph';
import { type GraphInput, openGraphInput } from '../../src/io/openGraph';
import { nodeXml } from './xmlPlatform';

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
