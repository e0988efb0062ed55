import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseGraph } from '../../src/domain/parseGraph';
import { LINK_KINDS, NODE_KINDS, STORY_LINK_KINDS } from '../../src/domain/schema';

const raw: unknown = JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8'));
const graph = parseGraph(raw);
const characters = graph.nodes.filter((n) => n.kind === 'character');
const storyLinks = graph.links.filter((l) => (STORY_LINK_KINDS as readonly string[]).includes(l.kind));
const unreleased = new Set(graph.seasons.filter((s) => !s.released).map((s) => s.id));
const facts = [...graph.links, ...characters.flatMap((c) => c.status)];

/** The main cast, each with the Hangul name the fact sheet gives. */
const MAIN_CAST = ['on-jo', 'cheong-san', 'nam-ra', 'su-hyeok', 'gwi-nam', 'na-yeon', 'dae-su'];

describe('the shipped AOUAD dataset', () => {
  it('has two seasons, the second announced and not released', () => {
    expect(graph.seasons.map((s) => [s.id, s.released])).toEqual([
      ['s1', true],
      ['s2', false],
    ]);
    expect(graph.seasons[0]?.episodes).toBe(12);
  });

  it('is big enough to explore: at least 25 characters, 8 locations and 60 story links', () => {
    expect(characters.length).toBeGreaterThanOrEqual(25);
    expect(graph.nodes.filter((n) => n.kind === 'location').length).toBeGreaterThanOrEqual(8);
    expect(storyLinks.length).toBeGreaterThanOrEqual(60);
  });

  it('links every character to each of its seasons', () => {
    for (const c of characters) {
      expect(c.seasons.length, c.id).toBeGreaterThan(0);
      const linked = graph.links.filter((l) => l.kind === 'appears-in' && l.source === c.id).map((l) => l.target);
      expect(linked.sort(), c.id).toEqual([...c.seasons].sort());
    }
  });

  it('has every actor playing someone, and every plays link ending at a character', () => {
    for (const actor of graph.nodes.filter((n) => n.kind === 'actor')) {
      expect(
        graph.links.some((l) => l.kind === 'plays' && l.source === actor.id),
        actor.id,
      ).toBe(true);
    }
  });

  it('cites at least one listed source for every link and status, and lists no unused source', () => {
    const cited = new Set<string>();
    for (const fact of facts) {
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const s of fact.sources) {
        expect(graph.sources.has(s), s).toBe(true);
        cited.add(s);
      }
    }
    for (const node of graph.nodes) node.sources?.forEach((s) => cited.add(s));
    expect([...graph.sources.keys()].filter((s) => !cited.has(s))).toEqual([]);
  });

  it('never calls a fact about the unreleased season on-screen, and explains every inference', () => {
    for (const fact of facts) {
      if (fact.seasons.some((s) => unreleased.has(s))) expect(fact.certainty).not.toBe('on-screen');
      if (fact.certainty === 'inferred') expect(fact.reason?.length ?? 0).toBeGreaterThan(10);
    }
  });

  it('gives the main cast Hangul names and actors with Hangul names', () => {
    for (const id of MAIN_CAST) {
      const node = graph.nodeById.get(id);
      expect(node?.labelKo, id).toBeTruthy();
      const plays = graph.links.find((l) => l.kind === 'plays' && l.target === id);
      expect(graph.nodeById.get(plays?.source ?? '')?.labelKo, id).toBeTruthy();
    }
  });

  it('gives episode numbers only within season 1', () => {
    for (const fact of facts) {
      if (fact.episode !== undefined) expect(fact.seasons[0]).toBe('s1');
    }
  });

  it('matches the counts stated in the README', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.split('<!-- dataset-counts:start -->')[1]?.split('<!-- dataset-counts:end -->')[0] ?? '';
    const stated = Object.fromEntries(
      [...table.matchAll(/^\|\s*([a-z-]+(?: links)?)\s*\|\s*(\d+)\s*\|$/gm)].map((m) => [m[1], Number(m[2])]),
    );
    const computed: Record<string, number> = {};
    for (const kind of NODE_KINDS) computed[`${kind}s`] = graph.nodes.filter((n) => n.kind === kind).length;
    for (const kind of LINK_KINDS) computed[`${kind} links`] = graph.links.filter((l) => l.kind === kind).length;
    expect(stated).toEqual(computed);
  });
});
