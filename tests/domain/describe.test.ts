import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { describeLink, linksOf } from '../../src/domain/describe';
import { exportFileName } from '../../src/domain/exportName';
import { applyFilters } from '../../src/domain/filters';
import { parseGraph } from '../../src/domain/parseGraph';
import { WHOLE_GRAPH } from './fixture';

const graph = parseGraph(JSON.parse(readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8')));
const link = (id: string) => graph.links.find((l) => l.id === id)!;

describe('describeLink', () => {
  it('reads a directed link source to target with its caption', () => {
    expect(describeLink(graph, link('l2'))).toBe('Ben dies for Ana');
  });
  it('reads an undirected link as a pair', () => {
    expect(describeLink(graph, link('l1'))).toBe('Ana and Ben: best friends');
  });
  it('adds the target side when it differs', () => {
    expect(describeLink(graph, { ...link('l2'), labelReverse: 'never knew' })).toBe(
      'Ben dies for Ana (Ana: never knew)',
    );
  });
  it('keeps the target side, told with hindsight, back until the season is watched to its end', () => {
    const l2 = { ...link('l2'), labelReverse: 'never knew' };
    expect(describeLink(graph, l2, { season: 1, episode: 5 })).toBe('Ben dies for Ana');
    expect(describeLink(graph, l2, { season: 1, episode: 6 })).toBe('Ben dies for Ana (Ana: never knew)');
  });
});

describe('linksOf', () => {
  it('lists only the visible links of a node, with the node at the other end', () => {
    const s2 = applyFilters(graph, { ...WHOLE_GRAPH, season: 's2' });
    const lines = linksOf(graph, 'ana', s2.links);
    expect(lines.map((l) => l.link.id).sort()).toEqual(['l3', 'l5', 'l7']);
    expect(lines.find((l) => l.link.id === 'l3')?.other.id).toBe('cy');
  });
});

describe('exportFileName', () => {
  it('names the file after the show and the season filter', () => {
    expect(exportFileName('all-of-us-are-dead', { number: 1 }, 'png')).toBe('all-of-us-are-dead-s1.png');
    expect(exportFileName('all-of-us-are-dead', null, 'png')).toBe('all-of-us-are-dead-all.png');
  });
  it('never produces path separators or spaces from a hostile slug', () => {
    expect(exportFileName('../My Show/', null, 'png')).toBe('my-show-all.png');
  });
});
