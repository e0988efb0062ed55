import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseGraph, type StoryGraph } from '../../src/domain/parseGraph';
import { GraphDataError, type Problem } from '../../src/domain/problems';
import type { GraphLink, GraphNode, Status } from '../../src/domain/schema';
import { LINK_KINDS, NODE_KINDS, STORY_LINK_KINDS } from '../../src/domain/schema';

const raw: unknown = JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8'));
const parsed = tryParse(raw);

describe('data/graph.json', () => {
  // parseGraph runs the zod schema and every integrity check (unique ids, link ends, known seasons and
  // sources, inferred facts with a reason, nothing on-screen in an unreleased season, a status per season).
  it('passes parseGraph with no problems', () => {
    expect(parsed.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });
});

// The content checks need a parsed graph; when parsing fails, the test above lists every problem.
if (parsed.graph) contentChecks(parsed.graph);

function contentChecks(graph: StoryGraph) {
  describe('the shipped AOUAD dataset', () => {
    const nodesOf = <K extends GraphNode['kind']>(kind: K) =>
      graph.nodes.filter((n): n is Extract<GraphNode, { kind: K }> => n.kind === kind);
    const characters = nodesOf('character');
    const actors = nodesOf('actor');
    const locations = nodesOf('location');
    const storyLinks = graph.links.filter((l) => (STORY_LINK_KINDS as readonly string[]).includes(l.kind));
    const linksOf = (kind: GraphLink['kind']) => graph.links.filter((l) => l.kind === kind);
    const statuses: { owner: string; status: Status }[] = characters.flatMap((c) =>
      c.status.map((status) => ({ owner: c.id, status })),
    );
    const facts: { id: string; fact: GraphLink | Status }[] = [
      ...graph.links.map((l) => ({ id: l.id, fact: l })),
      ...statuses.map(({ owner, status }) => ({ id: `${owner} status ${status.seasons.join(',')}`, fact: status })),
    ];

    it('parses, with the series metadata', () => {
      expect(graph.meta).toMatchObject({
        title: 'All of Us Are Dead',
        titleKo: '지금 우리 학교는',
        slug: 'all-of-us-are-dead',
      });
    });

    it('has season 1 (2022, 12 episodes, released) and season 2 (announced, not released, no date)', () => {
      expect(graph.seasons.map((s) => [s.id, s.number, s.released])).toEqual([
        ['s1', 1, true],
        ['s2', 2, false],
      ]);
      const [s1, s2] = graph.seasons;
      expect(s1).toMatchObject({ year: 2022, episodes: 12 });
      expect(s2?.year).toBeUndefined();
      expect(s2?.episodes).toBeUndefined();
    });

    it('is big enough to explore: at least 25 characters, 8 locations and 60 story links', () => {
      expect(characters.length).toBeGreaterThanOrEqual(25);
      expect(locations.length).toBeGreaterThanOrEqual(8);
      expect(storyLinks.length).toBeGreaterThanOrEqual(60);
    });

    it('gives every character a role and a group (optional only for opened files)', () => {
      expect(characters.filter((c) => c.kind === 'character' && (!c.role || !c.group))).toEqual([]);
    });

    it('links every character and location to each of its seasons, and to nothing else', () => {
      for (const n of [...characters, ...locations]) {
        expect(n.seasons.length, n.id).toBeGreaterThan(0);
        const linked = linksOf('appears-in')
          .filter((l) => l.source === n.id)
          .map((l) => l.target);
        expect(linked.sort(), n.id).toEqual([...n.seasons].sort());
      }
      for (const l of linksOf('appears-in')) expect(l.seasons, l.id).toEqual([l.target]);
    });

    it('has every actor playing someone, in exactly the seasons the actor is in', () => {
      for (const actor of actors) {
        const plays = linksOf('plays').filter((l) => l.source === actor.id);
        expect(plays.length, actor.id).toBeGreaterThan(0);
        const seasons = new Set(plays.flatMap((l) => l.seasons));
        expect([...seasons].sort(), actor.id).toEqual([...actor.seasons].sort());
      }
    });

    it('cites at least one listed source for every link and every status', () => {
      for (const { id, fact } of facts) {
        expect(fact.sources.length, id).toBeGreaterThan(0);
        for (const s of fact.sources) expect(graph.sources.has(s), `${id}: ${s}`).toBe(true);
      }
    });

    it('lists no source that nothing cites, and gives every web source an http(s) URL', () => {
      const cited = new Set(facts.flatMap(({ fact }) => fact.sources));
      for (const node of graph.nodes) node.sources?.forEach((s) => cited.add(s));
      expect([...graph.sources.keys()].filter((s) => !cited.has(s))).toEqual([]);
      for (const source of graph.sources.values()) {
        if (source.id !== 'seed-s2') expect(source.url ?? '', source.id).toMatch(/^https?:\/\//);
      }
    });

    it('never rests anything on the sources the fact sheet marks unreliable on cast (K19, E9)', () => {
      expect(graph.sources.has('K19')).toBe(false);
      expect(graph.sources.has('E9')).toBe(false);
    });

    it('never calls a season 2 fact on-screen, and explains every inference', () => {
      for (const { id, fact } of facts) {
        if (fact.seasons.includes('s2')) expect(fact.certainty, id).not.toBe('on-screen');
        if (fact.certainty === 'inferred') expect(fact.reason?.length ?? 0, id).toBeGreaterThan(10);
      }
    });

    it('splits a fact that holds in both seasons into one fact per season', () => {
      for (const { id, fact } of facts) expect(fact.seasons, id).toHaveLength(1);
    });

    it('gives episode numbers only within season 1', () => {
      for (const { id, fact } of facts) {
        if (fact.episode === undefined) continue;
        expect(fact.seasons, id).toEqual(['s1']);
        expect(fact.episode, id).toBeLessThanOrEqual(12);
      }
    });

    // Na-yeon and Dae-su: their full Hangul names (이나연, 양대수) are printed by Dispatch and Namuwiki;
    // the given names 나연 and 대수 stay searchable as aliases.
    it('gives the main cast Hangul names and actors with Hangul names', () => {
      const mainCast = ['on-jo', 'cheong-san', 'nam-ra', 'su-hyeok', 'gwi-nam', 'na-yeon', 'dae-su'];
      for (const id of mainCast) {
        const node = graph.nodeById.get(id);
        expect(node?.kind, id).toBe('character');
        const hangul = [node?.labelKo ?? '', ...(node && 'aliases' in node ? (node.aliases ?? []) : [])];
        expect(
          hangul.some((name) => /[\uac00-\ud7a3]/.test(name)),
          id,
        ).toBe(true);
        const plays = linksOf('plays').filter((l) => l.target === id);
        expect(plays.length, id).toBeGreaterThan(0);
        for (const l of plays) expect(graph.nodeById.get(l.source)?.labelKo, l.id).toBeTruthy();
      }
      expect(graph.nodeById.get('na-yeon')?.labelKo).toBe('이나연');
      expect(graph.nodeById.get('dae-su')?.labelKo).toBe('양대수');
    });

    it('matches the counts table in the README', () => {
      const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
      const table = readme.split('<!-- dataset-counts:start -->')[1]?.split('<!-- dataset-counts:end -->')[0] ?? '';
      const stated = Object.fromEntries(
        [...table.matchAll(/^\|\s*([a-z-]+(?: links)?)\s*\|\s*(\d+)\s*\|\s*$/gm)].map((m) => [m[1], Number(m[2])]),
      );
      const computed: Record<string, number> = {};
      for (const kind of NODE_KINDS) computed[`${kind}s`] = nodesOf(kind).length;
      for (const kind of LINK_KINDS) computed[`${kind} links`] = linksOf(kind).length;
      expect(stated).toEqual(computed);
    });
  });
}

function tryParse(input: unknown): { graph?: StoryGraph; problems: readonly Problem[] } {
  try {
    return { graph: parseGraph(input), problems: [] };
  } catch (error) {
    if (error instanceof GraphDataError) return { problems: error.problems };
    throw error;
  }
}
