import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { applyFilters, legendKey } from '../../src/domain/filters';
import { parseGraph } from '../../src/domain/parseGraph';
import {
  cursorId,
  cursorOptions,
  cursorParam,
  firstKnown,
  firstVisitCursor,
  hasEpisodes,
  isKnown,
  isNodeKnown,
  isStoryTextKnown,
  parseCursor,
} from '../../src/domain/spoiler';
import { smallGraph as graph, WHOLE_GRAPH } from './fixture';

const at = (season: number, episode: number) => ({ season, episode });
const link = (id: string) => graph.links.find((l) => l.id === id)!;

describe('cursor positions', () => {
  it('lists not started, every episode of an aired season, then everything with the announced season', () => {
    const options = cursorOptions(graph.seasons);
    expect(options.map((o) => o.id)).toEqual(['none', 's1e1', 's1e2', 's1e3', 's1e4', 's1e5', 's1e6', 'all']);
    expect(options.map((o) => o.position.kind)).toEqual([
      'not-started',
      'episode',
      'episode',
      'episode',
      'episode',
      'episode',
      'season-end',
      'everything',
    ]);
    expect(options.at(-1)).toEqual({
      id: 'all',
      position: { kind: 'everything', announcedSeasons: [2] },
      cursor: null,
    });
    expect(options[0]!.cursor).toEqual(at(1, 0));
  });
  it('offers an unreleased season no position of its own: it cannot be watched', () => {
    expect(parseCursor('s2', graph.seasons)).toBeUndefined();
    expect(cursorOptions(graph.seasons).some((o) => o.cursor?.season === 2)).toBe(false);
  });
  it('round-trips through its URL form and rejects positions the data lacks', () => {
    expect(parseCursor(cursorId(at(1, 4)), graph.seasons)).toEqual({ cursor: at(1, 4) });
    expect(parseCursor('ALL', graph.seasons)).toEqual({ cursor: null });
    expect(parseCursor(cursorParam(at(1, 0)), graph.seasons)).toEqual({ cursor: at(1, 0) });
    expect(parseCursor('s1e99', graph.seasons)).toBeUndefined();
    expect(parseCursor('<script>', graph.seasons)).toBeUndefined();
  });
  it('puts a first visit at the first episode, and a graph without episodes has nothing to ask', () => {
    expect(firstVisitCursor(graph.seasons)).toEqual(at(1, 1));
    const unaired = graph.seasons.map((s) => ({ ...s, released: false }));
    expect(firstVisitCursor(unaired)).toBeNull();
    expect(hasEpisodes(unaired)).toBe(false);
    expect(cursorOptions(unaired).map((o) => o.id)).toEqual(['all']);
  });
});

describe('firstKnown and isKnown', () => {
  it('uses the episode when given and the last episode of the season when not', () => {
    expect(firstKnown(graph, link('l2'))).toEqual(at(1, 5));
    expect(firstKnown(graph, link('l10'))).toEqual(at(1, 6));
    expect(firstKnown(graph, link('l3'))).toEqual(at(2, Infinity));
  });
  it('knows a fact exactly from its episode on', () => {
    expect(isKnown(at(1, 5), at(1, 4))).toBe(false);
    expect(isKnown(at(1, 5), at(1, 5))).toBe(true);
    expect(isKnown(at(1, 6), at(1, 5))).toBe(false);
    expect(isKnown(at(1, Infinity), at(2, Infinity))).toBe(true);
    expect(isKnown(at(9, 9), null)).toBe(true);
  });
});

describe('a fact with a season but no episode', () => {
  it('is hidden before the last episode of its season and shown at it, not at the first', () => {
    expect(applyFilters(graph, { ...WHOLE_GRAPH, cursor: at(1, 1) }).links.has('l10')).toBe(false);
    expect(applyFilters(graph, { ...WHOLE_GRAPH, cursor: at(1, 5) }).links.has('l10')).toBe(false);
    expect(applyFilters(graph, { ...WHOLE_GRAPH, cursor: at(1, 6) }).links.has('l10')).toBe(true);
  });
  it('in an unreleased season is known only once the whole season is chosen', () => {
    expect(firstKnown(graph, { seasons: ['s2'] })).toEqual(at(2, Infinity));
  });
  it('takes the episode only when it belongs to the earliest season listed', () => {
    expect(firstKnown(graph, { seasons: ['s2', 's1'], episode: 2 })).toEqual(at(1, 6));
    expect(firstKnown(graph, { seasons: ['s1', 's2'], episode: 2 })).toEqual(at(1, 2));
  });
});

describe('story text (roles, descriptions, notes)', () => {
  it('is shown only once the first season it belongs to has been watched to the end', () => {
    expect(isStoryTextKnown(graph, ['s1', 's2'], null)).toBe(true);
    expect(isStoryTextKnown(graph, ['s1', 's2'], at(1, 1))).toBe(false);
    expect(isStoryTextKnown(graph, ['s1', 's2'], at(1, 5))).toBe(false);
    expect(isStoryTextKnown(graph, ['s1', 's2'], at(1, 6))).toBe(true);
    expect(isStoryTextKnown(graph, ['s2'], at(1, 6))).toBe(false);
    expect(isStoryTextKnown(graph, ['s2'], at(2, Infinity))).toBe(true);
  });
});

describe('applyFilters with a spoiler cursor', () => {
  it('at S1E4 hides the episode-5 sacrifice, unnumbered story facts and season-2 people', () => {
    const v = applyFilters(graph, { ...WHOLE_GRAPH, cursor: at(1, 4) });
    expect([...v.links].sort()).toEqual(['l1', 'l4', 'l6', 'l8']);
    expect(v.nodes.has('cy')).toBe(false);
    expect(v.nodes.has('ben')).toBe(true);
  });
  it('at S2 (announced) shows everything', () => {
    const v = applyFilters(graph, { ...WHOLE_GRAPH, cursor: at(2, Infinity) });
    expect(v.links.size).toBe(graph.links.length);
  });
});

describe('legend filter and focus', () => {
  it('hides a node kind together with its links, and a link kind or type alone', () => {
    const noActors = applyFilters(graph, { ...WHOLE_GRAPH, hidden: [legendKey.node('actor')] });
    expect(noActors.nodes.has('actor-ana')).toBe(false);
    expect(noActors.links.has('l4')).toBe(false);
    const noFriends = applyFilters(graph, {
      ...WHOLE_GRAPH,
      hidden: [legendKey.type('relationship', 'friendship')],
    });
    expect(noFriends.links.has('l1')).toBe(false);
    expect(noFriends.links.has('l2')).toBe(true);
  });
  it('focus keeps the neighbourhood at the chosen depth over visible links only', () => {
    const one = applyFilters(graph, { ...WHOLE_GRAPH, focus: { id: 'cy', depth: 1 } });
    expect([...one.nodes].sort()).toEqual(['ana', 'cy', 's2']);
    const two = applyFilters(graph, { ...WHOLE_GRAPH, focus: { id: 'cy', depth: 2 } });
    expect(two.nodes.has('ben')).toBe(true);
    const s2Only = applyFilters(graph, { ...WHOLE_GRAPH, season: 's2', focus: { id: 'cy', depth: 3 } });
    expect(s2Only.nodes.has('ben')).toBe(false);
  });
});

describe('cast links under the cursor', () => {
  it('shows who plays whom and who is in a season from its first episode', () => {
    const v = applyFilters(graph, { ...WHOLE_GRAPH, cursor: at(1, 1) });
    expect(v.links.has('l4')).toBe(true);
    expect(v.links.has('l6')).toBe(true);
    expect(v.links.has('l5')).toBe(false);
    expect(v.links.has('l10')).toBe(false);
  });
});

describe('first appearances', () => {
  it('shows nobody before episode 1; a node the sources leave undated appears from its season’s first episode', () => {
    const shipped = parseGraph(JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')));
    const known = (upto: { season: number; episode: number }) =>
      shipped.nodes.filter((n) => n.kind !== 'season' && isNodeKnown(shipped, n, upto)).map((n) => n.id);
    expect(known(at(1, 0))).toEqual([]);
    // The chicken restaurant has no sourced first episode: it waits for episode 1 rather than greeting a viewer who has not started.
    expect(known(at(1, 1))).toContain('chicken-restaurant');
    // Son Myung-hwan is first placed in episode 7, where Gwi-nam sacrifices him to the horde.
    expect(known(at(1, 6))).not.toContain('son-myung');
    expect(known(at(1, 7))).toContain('son-myung');
    expect(known(at(1, 1))).toContain('on-jo');
    expect(known(at(1, 1))).not.toContain('seon-mu');
  });
});
