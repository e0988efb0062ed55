import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { applyFilters, countVisible, DEFAULT_FILTERS, visibleDegrees, withLayerOf } from '../../src/domain/filters';
import { parseGraph } from '../../src/domain/parseGraph';
import { WHOLE_GRAPH } from './fixture';

const graph = parseGraph(JSON.parse(readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8')));

describe('applyFilters', () => {
  it('draws the story chart by default: characters and their story links only', () => {
    const v = applyFilters(graph, DEFAULT_FILTERS);
    expect([...v.nodes].sort()).toEqual(['ana', 'ben', 'cy']);
    expect([...v.links].sort()).toEqual(['l1', 'l2', 'l3']);
  });

  it('each layer adds its own kind of node and the links that reach it', () => {
    const actors = applyFilters(graph, { ...DEFAULT_FILTERS, layers: ['actors'] });
    expect([...actors.nodes].sort()).toEqual(['actor-ana', 'ana', 'ben', 'cy']);
    expect([...actors.links].sort()).toEqual(['l1', 'l2', 'l3', 'l4', 'l5']);
    const places = applyFilters(graph, { ...DEFAULT_FILTERS, layers: ['places', 'seasons'] });
    expect([...places.nodes].sort()).toEqual(['ana', 'ben', 'cy', 's1', 's2', 'school']);
    expect(places.links.size).toBe(8);
  });

  it('a graph without characters shows all its nodes whatever the layers', () => {
    const places = parseGraph({
      ...JSON.parse(readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8')),
      nodes: graph.nodes.filter((n) => n.kind !== 'character'),
      links: [],
    });
    expect(applyFilters(places, DEFAULT_FILTERS).nodes.size).toBe(4);
  });

  it('shows every node and link with every layer on', () => {
    const v = applyFilters(graph, WHOLE_GRAPH);
    expect(v.nodes.size).toBe(graph.nodes.length);
    expect(v.links.size).toBe(graph.links.length);
  });

  it('season 1 hides season-2-only characters, their links and the other season node', () => {
    const v = applyFilters(graph, { ...WHOLE_GRAPH, season: 's1' });
    expect([...v.nodes].sort()).toEqual(['actor-ana', 'ana', 'ben', 's1', 'school']);
    expect([...v.links].sort()).toEqual(['l1', 'l10', 'l2', 'l4', 'l6', 'l8']);
  });

  it('season 2 keeps returning characters but drops links that only hold in season 1', () => {
    const v = applyFilters(graph, { ...WHOLE_GRAPH, season: 's2' });
    expect([...v.nodes].sort()).toEqual(['actor-ana', 'ana', 'cy', 's2']);
    expect([...v.links].sort()).toEqual(['l3', 'l5', 'l7', 'l9']);
  });

  it('hides a link whenever one end is hidden, even if the link itself holds in the season', () => {
    const broken = { ...graph, links: graph.links.map((l) => (l.id === 'l1' ? { ...l, seasons: ['s1', 's2'] } : l)) };
    const v = applyFilters(broken, { ...WHOLE_GRAPH, season: 's2' });
    expect(v.links.has('l1')).toBe(false);
  });

  it('an unknown season shows nothing rather than everything', () => {
    const v = applyFilters(graph, { ...WHOLE_GRAPH, season: 's9' });
    expect(v.nodes.size).toBe(0);
    expect(v.links.size).toBe(0);
  });
});

describe('withLayerOf', () => {
  it('switches on the layer of a chosen actor or place, and leaves the filters alone for a character', () => {
    expect(withLayerOf(graph, DEFAULT_FILTERS, 'actor-ana').layers).toEqual(['actors']);
    expect(withLayerOf(graph, { ...DEFAULT_FILTERS, layers: ['seasons'] }, 'school').layers).toEqual([
      'places',
      'seasons',
    ]);
    expect(withLayerOf(graph, DEFAULT_FILTERS, 'ana')).toBe(DEFAULT_FILTERS);
    expect(applyFilters(graph, withLayerOf(graph, DEFAULT_FILTERS, 'actor-ana')).nodes.has('actor-ana')).toBe(true);
  });
});

describe('countVisible', () => {
  it('counts characters and links for the status line', () => {
    expect(countVisible(graph, applyFilters(graph, { ...WHOLE_GRAPH, season: 's1' }))).toEqual({
      characters: 2,
      nodes: 5,
      links: 6,
    });
    expect(countVisible(graph, applyFilters(graph, WHOLE_GRAPH))).toEqual({ characters: 3, nodes: 7, links: 10 });
  });
});

describe('visibleDegrees', () => {
  it('counts only the links shown, at both ends', () => {
    const all = applyFilters(graph, WHOLE_GRAPH);
    const s1 = applyFilters(graph, { ...WHOLE_GRAPH, season: 's1' });
    const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(total(visibleDegrees(graph, all))).toBe(2 * all.links.size);
    expect(total(visibleDegrees(graph, s1))).toBe(2 * s1.links.size);
    expect(visibleDegrees(graph, s1).get('ana')).toBeLessThanOrEqual(visibleDegrees(graph, all).get('ana')!);
    expect(visibleDegrees(graph, { nodes: new Set(), links: new Set() }).size).toBe(0);
  });
});
