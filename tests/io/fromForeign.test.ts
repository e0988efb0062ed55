import { describe, expect, it } from 'vitest';

import { connectPolicy, dataUrlOrigin } from '../../src/io/connectPolicy';
import type { ForeignGraph } from '../../src/io/foreignGraph';
import { fileSlug, fromForeign } from '../../src/io/fromForeign';
import { graphFromJsonText } from '../../src/io/openJson';

const graph = (nodes: ForeignGraph['nodes'], links: ForeignGraph['links'] = [], directed = false) =>
  fromForeign({ nodes, links, directed }, 'test.json');
const n = (id: string, attrs: Record<string, unknown> = {}) => ({ id, attrs, path: `nodes[${id}]` });
const l = (source: string, target: string, attrs: Record<string, unknown> = {}) => ({
  id: null,
  source,
  target,
  attrs,
  directed: null,
  path: `links[${source}-${target}]`,
});

describe('mapping foreign attributes', () => {
  it('reads label from label, name or title, and falls back to the id', () => {
    const g = graph([n('a', { Name: 'Ana' }), n('b', { title: 'Ben' }), n('c')]);
    expect(['a', 'b', 'c'].map((id) => g.nodeById.get(id)?.label)).toEqual(['Ana', 'Ben', 'c']);
  });

  it('defaults the node kind to character, and never reads prototype keys as kinds', () => {
    const g = graph([n('a', { type: 'constructor' }), n('b', { kind: 'Place' }), n('c', { group: 'Actor' })]);
    expect(g.nodes.map((node) => node.kind)).toEqual(['character', 'location', 'actor', 'season']);
    expect(g.nodeById.get('a')).toMatchObject({ group: 'constructor', role: 'constructor' });
  });

  it('leaves role and group unset when the file names none, instead of English filler words', () => {
    const g = graph([n('a')]);
    const a = g.nodeById.get('a');
    expect(a?.kind === 'character' && [a.role, a.group]).toEqual([undefined, undefined]);
  });

  it('keeps a known status, and marks others unknown', () => {
    const g = graph([n('a', { status: 'Dead' }), n('b', { status: 'sleepy' })]);
    expect(g.nodes.slice(0, 2).map((node) => (node.kind === 'character' ? node.status[0]!.state : null))).toEqual([
      'dead',
      'unknown',
    ]);
  });

  it('gives one "Whole graph" season when nothing says when, without clashing with node ids', () => {
    const g = graph([n('season-all'), n('b')], [l('season-all', 'b')]);
    expect(g.seasons.map((s) => [s.id, s.label])).toEqual([['season-all-2', 'Whole graph']]);
    expect(g.links[0]).toMatchObject({ id: 'link-1', seasons: ['season-all-2'], type: 'other' });
  });

  it('orders numbered seasons by number and named ones after, and dates links by their own attribute', () => {
    const g = graph(
      [n('a', { period: 'finale' }), n('b', { season: 2 }), n('c', { season: 'Season 1, s2' })],
      [l('c', 'b', { time: 2 })],
    );
    expect(g.seasons.map((s) => s.label)).toEqual(['Season 1', 'Season 2', 'finale']);
    expect(g.links[0]!.seasons).toEqual([g.seasons[1]!.id]);
  });

  it('opens a link between nodes of different years: each node stays from its year on, the link from the later', () => {
    const g = graph([n('a', { year: 2020 }), n('b', { year: 2021 })], [l('a', 'b')]);
    expect([g.nodeById.get('a')?.seasons, g.nodeById.get('b')?.seasons]).toEqual([
      ['season-2020', 'season-2021'],
      ['season-2021'],
    ]);
    expect(g.links[0]?.seasons).toEqual(['season-2021']);
  });

  it('places season nodes when the file places every node, so no layout has to run', () => {
    const g = graph([n('a', { x: 0, y: 0 }), n('b', { x: '100', y: '50' })]);
    expect(g.nodes.every((node) => node.position !== undefined)).toBe(true);
    expect(g.nodeById.get('b')?.position).toEqual({ x: 100, y: 50 });
  });

  it('follows D3 links given as node indices when nodes carry no ids', () => {
    const g = graphFromJsonText(
      'mis.json',
      JSON.stringify({ nodes: [{ name: 'A' }, { name: 'B' }], links: [{ source: 0, target: 1 }] }),
    );
    expect(g.links[0]).toMatchObject({ source: '0', target: '1' });
    expect(g.nodeById.get('1')?.label).toBe('B');
  });

  it('reads graphology JSON (nodes with key and attributes, edges)', () => {
    const g = graphFromJsonText(
      'g.json',
      JSON.stringify({
        options: { type: 'directed' },
        nodes: [{ key: 'x', attributes: { label: 'X' } }, { key: 'y' }],
        edges: [{ key: 'e', source: 'x', target: 'y', attributes: { type: 'family' } }],
      }),
    );
    expect(g.linkById.get('e')).toMatchObject({ kind: 'relationship', type: 'family', directed: true });
  });

  it('names exports after the file', () => {
    expect(['My Graph (v2).gexf', 'über.json', '.json'].map(fileSlug)).toEqual(['my-graph-v2', 'ber', 'graph']);
  });
});

describe('connect policy for ?data=', () => {
  it('adds only the origin of an http(s) data URL with a plain host', () => {
    const page = 'http://127.0.0.1:4173/app/';
    expect(connectPolicy('', page)).toBe("connect-src 'self'");
    expect(connectPolicy('?data=https://example.org/g/x.gexf?v=1', page)).toBe(
      "connect-src 'self' https://example.org",
    );
    expect(connectPolicy('?data=files/x.json', page)).toBe("connect-src 'self' http://127.0.0.1:4173");
    expect(dataUrlOrigin('javascript:alert(1)', page)).toBeNull();
    expect(dataUrlOrigin("https://a.example/'unsafe-inline'", page)).toBe('https://a.example');
  });
  it('adds no origin for an IPv6 host (a CSP cannot name one) or a URL with credentials', () => {
    const page = 'http://127.0.0.1:4173/';
    expect(connectPolicy('?data=http://[::1]:8080/g.json', page)).toBe("connect-src 'self'");
    expect(connectPolicy('?data=https://ann:secret@example.org/g.json', page)).toBe("connect-src 'self'");
    expect(dataUrlOrigin('https://ann@example.org/g.json', page)).toBeNull();
  });
});
