import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import type { CardView } from '../../src/domain/cardView';
import { describeLink } from '../../src/domain/describe';
import { altText, captionLines } from '../../src/domain/exportText';
import { applyFilters, DEFAULT_FILTERS, type Filters, LAYERS } from '../../src/domain/filters';
import type { Language } from '../../src/domain/language';
import { parseGraph } from '../../src/domain/parseGraph';
import { type Cursor, cursorOptions } from '../../src/domain/spoiler';
import { storyView } from '../../src/domain/storyView';
import { EXPORT_STRINGS } from '../../src/i18n/exportStrings';
import { STRINGS } from '../../src/i18n/strings';
import { contains, laterTexts } from '../spoilerTexts';

/**
 * The walk: every position of the spoiler cursor, every node, both languages. At each position the
 * texts a reader can see (cards, table rows, search suggestions, the export's caption and alt text)
 * are rendered from the view model, and none may hold a text the data ties to a later episode.
 */
const graph = parseGraph(JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')));
const POSITIONS = cursorOptions(graph.seasons);
const LANGUAGES: Language[] = ['en', 'ko'];

const cardTexts = (card: CardView): string[] => [
  card.name,
  card.otherName?.text ?? '',
  card.kindLabel,
  card.group ?? '',
  ...card.aliases,
  card.role ?? '',
  card.description ?? '',
  ...card.cast.map((c) => c.name),
  ...(card.statuses ?? []).flatMap((s) => [s.text, s.provenance ?? '', s.note ?? '']),
  ...card.links.flatMap((l) => [l.sentence, l.otherName, l.provenance, ...l.notes, ...l.sources.map((s) => s.label)]),
];

/** What a reader at `cursor` can read, in `lang`, from every panel the view model feeds. */
function readable(cursor: Cursor | null, lang: Language) {
  const filters: Filters = { ...DEFAULT_FILTERS, cursor, layers: LAYERS };
  const visibility = applyFilters(graph, filters);
  const view = storyView(graph, visibility, visibility.links, cursor, STRINGS[lang]);
  const cards = new Map(graph.nodes.flatMap((n) => (view.card(n.id) ? [[n.id, view.card(n.id)!]] : [])));
  const table = view.table();
  const words = EXPORT_STRINGS[lang];
  const { facts } = view.exportText(filters, words.legendWords, words.script, null);
  const texts = [
    ...[...cards.values()].flatMap(cardTexts),
    ...table.characters.flatMap((r) => [r.name, r.nameKo, r.group, r.role, r.status]),
    ...table.links.flatMap((r) => [r.sentence, r.kind, r.when, r.certainty, r.sources]),
    ...view.suggestions(graph.nodes).flatMap((s) => [s.name, s.nameKo ?? '']),
    ...view.people().map((p) => p.display),
    altText(facts, words.phrases),
    ...captionLines(facts, words.phrases, true),
  ].filter((t) => t !== '');
  return { cards, texts, visibility };
}

/** Source labels as shown (sites, or "site; site" in the table). */
function sourceLabels(cursor: Cursor | null, lang: Language): Set<string> {
  const { cards } = readable(cursor, lang);
  const labels = [...cards.values()].flatMap((c) => c.links.flatMap((l) => l.sources.map((s) => s.label)));
  const view = storyView(
    graph,
    applyFilters(graph, { ...DEFAULT_FILTERS, cursor, layers: LAYERS }),
    new Set(),
    cursor,
    STRINGS[lang],
  );
  return new Set([...labels, ...view.table().links.map((r) => r.sources)]);
}

describe('the spoiler walk: every cursor position, every node, both languages', () => {
  it('covers not started, each episode of season 1 and everything', () => {
    expect(POSITIONS.map((p) => p.id)).toEqual(['none', ...Array.from({ length: 12 }, (_, i) => `s1e${i + 1}`), 'all']);
  });

  for (const position of POSITIONS) {
    for (const lang of LANGUAGES) {
      it(`at ${position.id} (${lang}) no readable text is tied to a later episode`, () => {
        const { texts } = readable(position.cursor, lang);
        const sites = sourceLabels(position.cursor, lang);
        const later = laterTexts(graph, position.cursor, lang);
        const page = texts.join('\n');
        // A source's site may share a word with a later place ("Seoul Economic Daily"): names are checked without them.
        const prose = texts.filter((t) => !sites.has(t)).join('\n');
        const leaks = later.flatMap(({ text, why }) => {
          if (!contains(why.endsWith('first appears later') ? prose : page, text)) return [];
          return [`${why}: "${text}" in "${texts.find((t) => contains(t, text))}"`];
        });
        expect(leaks).toEqual([]);
        // The walk is only worth something if early positions hold things back and late ones show them.
        if (position.id === 'all') expect(later).toEqual([]);
        if (position.id === 's1e5') expect(later.length).toBeGreaterThan(100);
      });
    }
  }
});

describe('pinned moments of the walk', () => {
  const card = (id: string, upto: Cursor, lang: Language) =>
    readable(upto, lang).cards.get(id) ?? expect.fail(`${id} has no card at S${upto.season}E${upto.episode}`);
  const s1 = (episode: number) => ({ season: 1, episode });

  it("at S1E5 Lee Cheong-san's card says he is alive as of episode 5 and nothing of his death", () => {
    const en = cardTexts(card('cheong-san', s1(5), 'en')).join(' \n ');
    expect(card('cheong-san', s1(5), 'en').statuses?.map((s) => s.text)).toEqual([
      'alive as of episode 5',
      'hidden (spoiler)',
    ]);
    expect(en).not.toMatch(/\bdead\b|\bdies\b|\bdeath\b|bitten|bites|sacrific|construction site/i);
    const ko = cardTexts(card('cheong-san', s1(5), 'ko')).join(' \n ');
    expect(card('cheong-san', s1(5), 'ko').statuses?.map((s) => s.text)).toEqual(['5화 기준 생존', '숨김 (스포일러)']);
    expect(ko).not.toMatch(/사망|죽/);
    // At the end of the season the same card tells it.
    expect(card('cheong-san', s1(12), 'en').statuses?.[0]?.text).toBe('dead');
  });

  it('at S1E8 no episode-10 confession is told anywhere, in either language', () => {
    const confession = graph.linkById.get('dae-su--confesses-to--ha-ri')!;
    expect(confession.episode).toBe(10);
    for (const lang of LANGUAGES) {
      const sentence = describeLink(graph, confession, null, STRINGS[lang]);
      expect(readable(s1(8), lang).texts.join('\n')).not.toContain(sentence);
      expect(readable(s1(10), lang).texts.join('\n')).toContain(sentence);
    }
    expect(describeLink(graph, confession, null, STRINGS.en)).toBe('Yang Dae-su confesses his feelings to Jang Ha-ri');
  });

  it('at S1E5 sources are named by their site only; the full titles come with the end of the season', () => {
    const line = card('gwi-nam', s1(5), 'en').links.flatMap((l) => l.sources.map((s) => s.label));
    expect(line.length).toBeGreaterThan(0);
    expect(line.every((label) => !label.includes(':'))).toBe(true);
    const later = card('gwi-nam', s1(12), 'en').links.flatMap((l) => l.sources.map((s) => s.label));
    expect(later).toContain('Netflix Junkie: Yoon Gwi-nam, from bully to monster');
  });
});

describe("an image's words come from the story view", () => {
  it('count and name only who the cursor shows, also for an image of the view on screen', () => {
    const cursor: Cursor = { season: 1, episode: 3 };
    const filters: Filters = { ...DEFAULT_FILTERS, cursor };
    const view = storyView(graph, applyFilters(graph, filters), new Set(), cursor, STRINGS.en);
    const words = EXPORT_STRINGS.en;
    // Jang Ha-ri and Seo Hyo-ryung are on screen only from episodes 4 and 10.
    const inView = new Set(['on-jo', 'cheong-san', 'ha-ri', 'hyo-ryung']);
    const { facts, legendRows } = view.exportText(filters, words.legendWords, words.script, inView);
    expect(facts.counts.character).toBe(2);
    expect(facts.topCharacters).toEqual(['Nam On-jo', 'Lee Cheong-san']);
    expect(facts.cursor).toEqual({ season: 1, episode: 3 });
    expect(altText(facts, words.phrases)).not.toMatch(/Ha-ri|Hyo-ryung/);
    expect(legendRows.find((r) => r.group === 'node')).toMatchObject({ kind: 'character', count: 2 });
  });
});
