import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import type { StoryGraph } from '../../src/domain/parseGraph';
import { type GraphInput, openGraphInput } from '../../src/io/openGraph';
import { xmldomPlatform as nodeXml } from '../../src/io/xmldomPlatform';

const fixture = (name: string): GraphInput => {
  const bytes = readFileSync(new URL(`../fixtures/open/${name}`, import.meta.url));
  return { name, size: bytes.byteLength, bytes: async () => new Uint8Array(bytes) };
};
const open = (name: string) => openGraphInput(fixture(name), nodeXml);
const count = (graph: StoryGraph, kind: string) => graph.nodes.filter((n) => n.kind === kind).length;

describe('opening each supported format', () => {
  it('reads our own format and names exports after the file', async () => {
    const graph = await open('own-format.json');
    expect([graph.nodes.length, graph.links.length]).toEqual([7, 10]);
    expect(graph.meta.slug).toBe('own-format');
  });

  it('reads Cytoscape.js JSON with elements as { nodes, edges }, keeping positions', async () => {
    const graph = await open('cytoscape-elements.json');
    expect([count(graph, 'character'), count(graph, 'location'), graph.links.length]).toEqual([4, 1, 6]);
    expect(graph.nodeById.get('n2')).toMatchObject({ label: 'Ben', group: 'Students', position: { x: 200, y: 0 } });
    expect(graph.nodes.every((n) => n.position !== undefined)).toBe(true);
    expect(graph.linkById.get('e2')).toMatchObject({ kind: 'relationship', type: 'friendship', directed: false });
    expect(graph.linkById.get('e4')).toMatchObject({ type: 'other', label: 'lab partner' });
    expect(graph.linkById.get('e5')).toMatchObject({ kind: 'tied-to', source: 'n3', target: 'n5' });
    expect(graph.linkById.get('e6')).toMatchObject({ kind: 'loyalty', type: 'protects', directed: true });
    expect(graph.meta).toMatchObject({ title: 'cytoscape-elements.json', slug: 'cytoscape-elements' });
  });

  it('reads Cytoscape.js JSON with elements as an array', async () => {
    const graph = await open('cytoscape-array.json');
    expect([count(graph, 'character'), graph.links.length]).toEqual([3, 2]);
    expect(graph.linkById.get('bc')).toMatchObject({ type: 'family' });
  });

  it('reads D3 node-link JSON and turns season attributes into seasons', async () => {
    const graph = await open('d3-node-link.json');
    expect([count(graph, 'character'), graph.links.length]).toEqual([7, 6]);
    expect(graph.seasons.map((s) => s.label)).toEqual(['Season 1', 'Season 2']);
    const [s1, s2] = graph.seasons.map((s) => s.id);
    expect(graph.nodeById.get('Mme.Magloire')?.seasons).toEqual([s1, s2]);
    expect(graph.nodeById.get('Valjean')?.seasons).toEqual([s2]);
    // No season given: the node is in every season.
    expect(graph.nodeById.get('Cosette')?.seasons).toEqual([s1, s2]);
    expect(graph.nodeById.get('Fantine')).toMatchObject({ kind: 'character', group: '3' });
  });

  it('reads GEXF with its positions, and years as seasons', async () => {
    const graph = await open('gexf-graph.gexf');
    expect([count(graph, 'character'), graph.links.length]).toEqual([4, 3]);
    expect(graph.seasons.map((s) => s.label)).toEqual(['2021', '2022']);
    expect(graph.nodeById.get('1')).toMatchObject({ label: 'Mina', role: 'Pilot', position: { x: 150, y: 40 } });
    expect(graph.nodes.every((n) => n.position !== undefined)).toBe(true);
    // GEXF numbers nodes and edges from 0 alike; edge ids that are node ids are renamed.
    expect(graph.linkById.get('link-0')).toMatchObject({ kind: 'relationship', type: 'hierarchy' });
    expect(graph.linkById.get('link-2')).toMatchObject({ type: 'other', label: 'old crewmates' });
  });

  it('reads GraphML, mapping kinds and link types', async () => {
    const graph = await open('graphml-graph.graphml');
    expect([count(graph, 'character'), count(graph, 'actor'), count(graph, 'location')]).toEqual([3, 1, 1]);
    expect(graph.links.length).toBe(5);
    const byType = new Map(graph.links.map((l) => [l.type ?? l.kind, l]));
    expect(byType.get('crush')).toMatchObject({ kind: 'relationship', source: 'v1', target: 'v2', directed: true });
    expect(byType.get('plays')).toMatchObject({ source: 'v3', target: 'v1' });
    expect(byType.get('tied-to')).toMatchObject({ source: 'v2', target: 'v4' });
    expect(byType.get('betrays')).toMatchObject({ kind: 'loyalty' });
    expect(byType.get('other')).toMatchObject({ label: 'mentor' });
  });
});
