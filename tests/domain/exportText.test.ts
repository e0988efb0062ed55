import { describe, expect, it } from 'vitest';

import {
  altText,
  captionLines,
  exportFacts,
  exportLegendRows,
  joinNames,
  withinView,
} from '../../src/domain/exportText';
import { applyFilters, countVisible, type Filters, legendKey } from '../../src/domain/filters';
import { EXPORT_STRINGS } from '../../src/i18n/exportStrings';
import { VOCABULARY } from '../../src/i18n/vocabulary';
import { smallGraph as graph, WHOLE_GRAPH } from './fixture';

const en = EXPORT_STRINGS.en.phrases;
const ko = EXPORT_STRINGS.ko.phrases;
const facts = (filters: Filters) =>
  exportFacts(graph, filters, applyFilters(graph, filters), EXPORT_STRINGS.en.legendWords);

describe('export facts', () => {
  it('count what the filters leave and name the most connected characters first', () => {
    const filters: Filters = { ...WHOLE_GRAPH, season: 's1' };
    const f = facts(filters);
    const counts = countVisible(graph, applyFilters(graph, filters));
    expect(f.counts.character).toBe(counts.characters);
    expect(f.links).toBe(counts.links);
    expect(f.season).toBe('Season 1');
    expect(f.topCharacters).toEqual(['Ana', 'Ben']);
  });
  it('spell out the cursor, switched-off legend entries and focus', () => {
    const f = facts({
      season: null,
      layers: [],
      cursor: { season: 1, episode: 4 },
      hidden: [legendKey.node('actor'), legendKey.type('trauma', 'killed')],
      focus: { id: 'ana', depth: 2 },
    });
    expect(f.cursor).toEqual({ season: 1, episode: 4 });
    expect(f.hidden).toEqual(['Actor', 'Trauma: killed']);
    expect(f.focus).toEqual({ name: 'Ana', depth: 2 });
  });
  it('name switched-off legend entries in the language of the image', () => {
    const filters: Filters = { ...WHOLE_GRAPH, hidden: [legendKey.node('actor'), legendKey.type('trauma', 'killed')] };
    const korean = exportFacts(graph, filters, applyFilters(graph, filters), VOCABULARY.ko, 'hangul');
    expect(korean.hidden).toEqual(['배우', '트라우마: killed']);
  });
});

describe('caption', () => {
  it('is the counts alone, or every filter in force for a self-explaining image', () => {
    const f = facts({ ...WHOLE_GRAPH, season: 's1', cursor: { season: 1, episode: 4 }, hidden: ['node:actor'] });
    expect(captionLines(f, en, false)).toEqual([en.countsLine(f.counts.character, f.links)]);
    expect(captionLines(f, en, true)).toEqual([
      'Season filter: Season 1',
      'Watched up to: S1E4',
      'Hidden: Actor',
      en.countsLine(f.counts.character, f.links),
    ]);
    expect(captionLines(facts(WHOLE_GRAPH), en, true).slice(0, 2)).toEqual([
      'Season filter: All seasons',
      'Watched up to: everything (no spoiler limit)',
    ]);
  });
});

describe('alt text', () => {
  it('says who is shown and how many links, with the scope', () => {
    const f = facts({ ...WHOLE_GRAPH, season: 's1' });
    const others = f.counts.actor + f.counts.season + f.counts.location;
    expect(altText(f, en)).toBe(
      `Relationship graph of Small test show (Season filter: Season 1) showing 2 characters — Ana and Ben — plus ${others} other nodes, joined by ${f.links} links.`,
    );
    expect(altText(f, ko)).toContain(`연결 ${f.links}개`);
  });
  it('names the episode in the language of the image: S1E4, 1시즌 4화', () => {
    const f = facts({ ...WHOLE_GRAPH, cursor: { season: 1, episode: 4 } });
    expect(altText(f, en)).toContain('(Watched up to: S1E4)');
    expect(altText(f, ko)).toContain('시청한 회차: 1시즌 4화');
    expect(altText(f, ko)).not.toContain('S1E4');
    expect(captionLines(f, ko, true)[1]).toBe('시청한 회차: 1시즌 4화');
    const before = facts({ ...WHOLE_GRAPH, cursor: { season: 1, episode: 0 } });
    expect(captionLines(before, en, true)[1]).toBe('Watched up to: not started yet');
    expect(captionLines(before, ko, true)[1]).toBe('시청한 회차: 아직 안 봤어요');
  });
  it('counts characters beyond the named ones and handles an empty graph', () => {
    const many = {
      ...facts(WHOLE_GRAPH),
      topCharacters: ['A', 'B'],
      counts: { character: 9, actor: 0, season: 0, location: 0 },
    };
    expect(altText(many, en)).toContain('showing 9 characters — A, B and 7 more —');
    const none = { ...many, topCharacters: [], counts: { character: 0, actor: 0, season: 0, location: 0 }, links: 0 };
    expect(altText(none, en)).toBe('Relationship graph of Small test show showing 0 characters, joined by 0 links.');
  });
  it('joins names the way a sentence reads', () => {
    expect(joinNames([], 'and')).toBe('');
    expect(joinNames(['A'], 'and')).toBe('A');
    expect(joinNames(['A', 'B', 'C'], 'and')).toBe('A, B and C');
  });
});

describe('legend rows', () => {
  it('list only the kinds and sub-types shown, with their counts, in the words given', () => {
    const filters: Filters = { ...WHOLE_GRAPH, season: 's1', hidden: [legendKey.node('actor')] };
    const shown = applyFilters(graph, filters);
    const rows = exportLegendRows(graph, shown, VOCABULARY.en);
    expect(rows.some((r) => r.kind === 'actor' || r.kind === 'plays')).toBe(false);
    expect(rows.find((r) => r.kind === 'character')).toMatchObject({ group: 'node', label: 'Character', count: 2 });
    expect(rows.find((r) => r.group === 'link' && r.type === 'friendship')).toMatchObject({
      kind: 'relationship',
      label: 'Relationship',
    });
    expect(rows.reduce((sum, r) => sum + (r.group === 'link' ? r.count : 0), 0)).toBe(shown.links.size);
    const korean = exportLegendRows(graph, shown, {
      nodeKinds: { character: '인물', actor: '배우', season: '시즌', location: '장소' },
      linkKinds: { ...VOCABULARY.en.linkKinds, relationship: '관계' },
    });
    expect(korean.find((r) => r.kind === 'character')!.label).toBe('인물');
    expect(korean.find((r) => r.kind === 'relationship')!.label).toBe('관계');
  });
});

describe('withinView', () => {
  it('keeps the nodes in view and only the links between them', () => {
    const all = applyFilters(graph, WHOLE_GRAPH);
    const view = withinView(graph, all, new Set(['ana', 'ben', 'not-visible-anyway']));
    expect([...view.nodes].sort()).toEqual(['ana', 'ben']);
    for (const id of view.links) {
      const link = graph.linkById.get(id)!;
      expect(['ana', 'ben']).toContain(link.source);
      expect(['ana', 'ben']).toContain(link.target);
    }
    expect(view.links.size).toBeGreaterThan(0);
  });
});

describe('facts in Hangul', () => {
  it('name the people in Hangul where the data has it, and keep the rest as given', () => {
    const filters: Filters = { ...WHOLE_GRAPH, season: 's1' };
    const latin = exportFacts(graph, filters, applyFilters(graph, filters), VOCABULARY.en);
    const hangul = exportFacts(graph, filters, applyFilters(graph, filters), VOCABULARY.ko, 'hangul');
    expect(latin.topCharacters).toContain('Ana');
    expect(hangul.topCharacters).toContain('아나');
    expect(hangul.topCharacters).not.toContain('Ana');
    // No Korean title or season name in this file: the given ones stand.
    expect(hangul.title).toBe('Small test show');
    expect(hangul.season).toBe(latin.season);
  });
});
