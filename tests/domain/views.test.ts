import { describe, expect, it } from 'vitest';

import { factNotes, linkedNodes, statusStrip, storyText } from '../../src/domain/card';
import { applyFilters, legendKey } from '../../src/domain/filters';
import { buildLegend, toggleHidden } from '../../src/domain/legend';
import { factSources, provenanceText, safeHref } from '../../src/domain/provenance';
import type { Character } from '../../src/domain/schema';
import { characterRows, linkRows, sortRows } from '../../src/domain/table';
import { STRINGS } from '../../src/i18n/strings';
import { smallGraph as graph, WHOLE_GRAPH } from './fixture';

const all = applyFilters(graph, WHOLE_GRAPH);
const ben = graph.nodeById.get('ben') as Character;

describe('legend model', () => {
  it('counts what the other filters show, even for switched-off entries', () => {
    const legend = buildLegend(graph, { ...WHOLE_GRAPH, season: 's1', hidden: [legendKey.node('actor')] });
    const actor = legend.nodes.find((e) => e.kind === 'actor')!;
    expect(actor).toMatchObject({ count: 1, on: false });
    const relationship = legend.links.find((e) => e.kind === 'relationship')!;
    expect(relationship.count).toBe(1);
    expect(relationship.types.map((t) => [t.type, t.count])).toEqual([['friendship', 1]]);
  });
  it('lists only the link sub-types someone at the cursor has seen', () => {
    const types = (cursor: { season: number; episode: number } | null) =>
      buildLegend(graph, { ...WHOLE_GRAPH, cursor })
        .links.find((e) => e.kind === 'loyalty')!
        .types.map((t) => t.type);
    expect(types(null)).toEqual(['sacrifices-self-for']);
    expect(types({ season: 1, episode: 4 })).toEqual([]);
    expect(types({ season: 1, episode: 5 })).toEqual(['sacrifices-self-for']);
  });
  it('toggles keys on and off', () => {
    expect(toggleHidden(toggleHidden([], 'node:actor'), 'node:actor')).toEqual([]);
  });
});

describe('character card', () => {
  it('shows each season state, hides it past the cursor and marks absent seasons', () => {
    expect(statusStrip(graph, ben, null).map((c) => c.state)).toEqual(['dead', 'absent']);
    expect(statusStrip(graph, ben, { season: 1, episode: 4 }).map((c) => c.state)).toEqual(['hidden', 'unwatched']);
    const ana = graph.nodeById.get('ana') as Character;
    // Ana is in season 2, but saying so to someone at S1E4 would be a spoiler.
    expect(statusStrip(graph, ana, { season: 1, episode: 4 }).map((c) => c.state)).toEqual(['hidden', 'unwatched']);
  });
  it('gives the latest state known at the cursor, "as of" the cursor while inside the season', () => {
    const timeline = {
      ...ben,
      status: [
        { state: 'alive' as const, seasons: ['s1'], sources: ['ep1'], certainty: 'on-screen' as const, episode: 1 },
        { state: 'infected' as const, seasons: ['s1'], sources: ['ep1'], certainty: 'on-screen' as const, episode: 3 },
        { state: 'dead' as const, seasons: ['s1'], sources: ['ep1'], certainty: 'on-screen' as const, episode: 5 },
      ],
    };
    const at = (episode: number) => statusStrip(graph, timeline, { season: 1, episode })[0]!;
    expect(at(2)).toMatchObject({ state: 'alive', asOf: { season: 1, episode: 2 } });
    expect(at(4)).toMatchObject({ state: 'infected', asOf: { season: 1, episode: 4 } });
    expect(at(5).state).toBe('dead');
    // At the season's last episode the state is final, not "as of".
    expect(at(6).asOf).toBeUndefined();
    expect(statusStrip(graph, timeline, null)[0]).toMatchObject({ state: 'dead' });
  });
  it('shows the spoiler-free role from the first appearance, the description after its last season', () => {
    const ana = {
      ...(graph.nodeById.get('ana') as Character),
      firstEpisode: 1,
      description: 'Survives the school',
      descriptionKo: '학교에서 살아남는다',
      roleKo: '주인공',
    };
    expect(storyText(graph, ana, null)).toEqual({ role: 'Lead', group: 'Class', description: 'Survives the school' });
    expect(storyText(graph, ana, { season: 1, episode: 1 })).toEqual({
      role: 'Lead',
      group: 'Class',
      description: undefined,
    });
    // Ana is in season 2 as well: her description covers it, so the end of season 1 is not enough.
    expect(ana.seasons).toEqual(['s1', 's2']);
    expect(storyText(graph, ana, { season: 1, episode: 6 }, true)).toEqual({
      role: '주인공',
      group: 'Class',
      description: undefined,
    });
    expect(storyText(graph, ana, { season: 2, episode: Infinity }, true)).toEqual({
      role: '주인공',
      group: 'Class',
      description: '학교에서 살아남는다',
    });
    expect(storyText(graph, ana, { season: 1, episode: 0 }).role).toBeUndefined();
    // Without a first appearance the graph predates spoiler-free roles: the role waits for the season's end.
    const older = { ...ana, firstEpisode: undefined };
    expect(storyText(graph, older, { season: 1, episode: 5 }).role).toBeUndefined();
    expect(storyText(graph, older, { season: 1, episode: 6 }).role).toBe('Lead');
    expect(storyText(graph, { ...ana, firstEpisode: 3 }, { season: 1, episode: 2 }).role).toBeUndefined();
    const fact = { seasons: ['s1'], note: 'dies later', reason: 'implied by the finale' };
    expect(factNotes(graph, fact, { season: 1, episode: 5 })).toEqual([]);
    expect(factNotes(graph, fact, { season: 1, episode: 6 })).toEqual(['dies later', 'implied by the finale']);
    expect(characterRows(graph, all, { season: 1, episode: 2 }, STRINGS.en).find((r) => r.id === 'ana')?.role).toBe('');
  });
  it('finds who plays a character over visible links only', () => {
    expect(linkedNodes(graph, 'ana', 'plays', all.links).map((n) => n.id)).toEqual(['actor-ana']);
    expect(linkedNodes(graph, 'ana', 'plays', new Set())).toEqual([]);
  });
});

describe('provenance', () => {
  const l2 = graph.linkById.get('l2')!;
  it('says when and how sure', () => {
    expect(provenanceText(graph, l2, STRINGS.en)).toBe('S1E5, on screen');
    expect(provenanceText(graph, graph.linkById.get('l3')!, STRINGS.en)).toBe('S2 (announced)');
    expect(provenanceText(graph, graph.linkById.get('l10')!, STRINGS.en)).toBe('S1, on screen');
  });
  it('only ever links to http(s) URLs', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(factSources(graph, l2)[0]?.href).toBeNull();
  });
});

describe('table rows', () => {
  it('lists visible characters with spoiler-safe statuses and sorts them', () => {
    const rows = characterRows(graph, all, null, STRINGS.en);
    expect(sortRows(rows, 'name', 'desc').map((r) => r.id)).toEqual(['cy', 'ben', 'ana']);
    expect(rows.find((r) => r.id === 'ben')?.status).toBe('S1: dead');
    expect(sortRows(rows, 'links', 'asc')[0]?.links).toBeLessThanOrEqual(sortRows(rows, 'links', 'desc')[0]!.links);
  });
  it('turns each visible link into a sentence with its provenance', () => {
    const rows = linkRows(graph, applyFilters(graph, { ...WHOLE_GRAPH, season: 's2' }), null, STRINGS.en);
    expect(rows.find((r) => r.id === 'l3')).toMatchObject({
      sentence: 'Cy and Ana: university seniors',
      when: 'S2 (announced)',
    });
    expect(rows.some((r) => r.id === 'l1')).toBe(false);
  });
  it('names the sources of the links the cursor allows and of no other', () => {
    const early = linkRows(
      graph,
      applyFilters(graph, { ...WHOLE_GRAPH, cursor: { season: 1, episode: 4 } }),
      null,
      STRINGS.en,
    );
    expect(early.map((r) => r.id)).not.toContain('l2');
    const l2Sources = graph.linkById.get('l2')!.sources.map((id) => graph.sources.get(id)!.title);
    for (const title of l2Sources.filter((t) => !early.some((r) => r.id !== 'l2' && r.sources.includes(t)))) {
      expect(early.map((r) => r.sources).join(' ')).not.toContain(title);
    }
  });
});
