import { describe, expect, it } from 'vitest';

import { diffSeasons } from '../../src/domain/diff';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import type { GraphLink } from '../../src/domain/schema';
import { smallGraph as graph } from './fixture';

const all = applyFilters(graph, DEFAULT_FILTERS);
// The same show once season 2 has aired: only then can a link end or a character leave.
const aired = { ...graph, seasons: graph.seasons.map((s) => ({ ...s, released: true, episodes: 6 })) };

describe('diffSeasons', () => {
  it('finds links that end, start or change type between two aired seasons', () => {
    const diff = diffSeasons(aired, 's1', 's2', all.links, all.nodes)!;
    const byPair = Object.fromEntries(diff.links.map((c) => [c.pair.join('+'), c.change]));
    expect(byPair).toEqual({ 'ana+ben': 'ended', 'cy+ana': 'new' });
    expect(diff.announced).toBe(false);
  });

  it('for a season only announced: what is announced, never an ending or an unknown state as a change', () => {
    const diff = diffSeasons(graph, 's1', 's2', all.links, all.nodes)!;
    expect(diff.announced).toBe(true);
    expect(diff.links.map((c) => [c.pair.join('+'), c.change])).toEqual([['cy+ana', 'new']]);
    expect(diff.statuses).toEqual([]);
    expect(diff.returning).toEqual(['ana']);
    expect(diff.arriving).toEqual(['cy']);
  });

  it('reports a changed type when the same pair is linked differently', () => {
    const rivals: GraphLink = { ...graph.links[0]!, id: 'l1b', kind: 'relationship', type: 'rivalry', seasons: ['s2'] };
    const changed = { ...graph, links: [...graph.links, rivals] };
    const diff = diffSeasons(changed, 's1', 's2', new Set([...all.links, 'l1b']), all.nodes)!;
    expect(diff.links.find((c) => c.pair.join('+') === 'ana+ben')?.change).toBe('changed');
  });

  it('lists status changes between aired seasons, including characters who leave or arrive', () => {
    const diff = diffSeasons(aired, 's1', 's2', all.links, all.nodes)!;
    expect(diff.statuses).toEqual([
      { character: 'ana', before: 'alive', after: 'unknown' },
      { character: 'ben', before: 'dead', after: null },
      { character: 'cy', before: null, after: 'unknown' },
    ]);
  });

  it('ignores what is hidden', () => {
    const diff = diffSeasons(graph, 's1', 's2', new Set(), new Set());
    expect(diff).toEqual({ announced: true, links: [], statuses: [], returning: [], arriving: [] });
  });

  it('says nothing about a season the spoiler cursor has not reached the end of', () => {
    const early = applyFilters(graph, { ...DEFAULT_FILTERS, cursor: { season: 1, episode: 4 } });
    expect(diffSeasons(graph, 's1', 's2', early.links, early.nodes, { season: 1, episode: 4 })).toBeNull();
    expect(diffSeasons(graph, 's1', 's2', all.links, all.nodes, { season: 1, episode: 6 })).toBeNull();
    const watched = diffSeasons(graph, 's1', 's2', all.links, all.nodes, { season: 2, episode: Infinity });
    expect(watched).toEqual(diffSeasons(graph, 's1', 's2', all.links, all.nodes));
  });
});
