import { type CardView, cardView, type CardWords, type SourceView, sourceViews } from './cardView';
import { describeLink, nameIn } from './describe';
import type { SeasonDiff } from './diff';
import { shortName } from './displayText';
import {
  type ExportFacts,
  exportFacts,
  type ExportLegendRow,
  exportLegendRows,
  type LegendWords,
  withinView,
} from './exportText';
import type { Filters, Visibility } from './filters';
import type { NameScript } from './language';
import type { StoryGraph } from './parseGraph';
import type { GraphPath } from './paths';
import type { CharacterState, GraphNode, NodeKind, Season } from './schema';
import type { Cursor } from './spoiler';
import { type CharacterRow, characterRows, type LinkRow, linkRows, type RowWords } from './table';

/** The interface words the whole view is written in (src/i18n's Strings has them all). */
export interface StoryWords extends CardWords, RowWords {
  states: Record<CharacterState, string>;
  seasonAnnounced: (name: string) => string;
  seasonAnnouncedHint: (name: string) => string;
  seasonPastCursor: (name: string) => string;
}

/** One season of the season filter: its name, what a screen reader hears, why it may not be chosen. */
export interface SeasonChoice {
  id: string;
  /** The season's name in the interface language ("Season 2", "시즌 2"). */
  name: string;
  /** The name with "(announced)" for a season that has not aired. */
  label: string;
  hint: string;
  /** Past the spoiler cursor: choosing it would be the spoiler. */
  disabled: boolean;
}

/** A name offered by search or a picker: the id to choose and the names to read. */
export interface NameChoice {
  id: string;
  /** The name in the interface language's script (Hangul in Korean when the data has it). */
  display: string;
  name: string;
  nameKo: string | null;
  kind: NodeKind;
  kindLabel: string;
}

export interface DiffView {
  announced: boolean;
  /** The premise of an announced season, in the interface language. */
  premise: string | null;
  returning: { id: string; name: string }[];
  arriving: { id: string; name: string }[];
  statuses: { id: string; name: string; before: string; after: string }[];
  links: { key: string; change: SeasonDiff['links'][number]['change']; sentences: string[] }[];
  sources: SourceView[];
}

/**
 * Everything a panel may show at the spoiler cursor, written in the interface language: cards, the
 * path finder's names and steps, table rows, search suggestions and the season comparison. Panels
 * read only this, so what a cursor hides cannot be shown by a panel that forgot to ask.
 */
export interface StoryView {
  /** The card of a visible node; undefined for a node the filters or the cursor hide. */
  card: (id: string) => CardView | undefined;
  /** The visible characters, sorted by name, for "How are they connected?". */
  people: () => NameChoice[];
  /** A path's links as sentences, in order. */
  pathSteps: (path: GraphPath) => { id: string; sentence: string }[];
  /** Search hits narrowed to what is visible, as names to read. */
  suggestions: (hits: readonly GraphNode[]) => NameChoice[];
  table: () => { characters: CharacterRow[]; links: LinkRow[] };
  diffView: (diff: SeasonDiff, to: Season) => DiffView;
  /** The season filter's choices at the cursor. */
  seasonChoices: () => SeasonChoice[];
  /**
   * What an exported image says about the chart (caption and alt text) and its legend rows, counted
   * over the visible nodes, or over those of them in `inView` for an image of the view on screen.
   */
  exportText: (
    scope: ExportScope,
    words: LegendWords,
    script: NameScript,
    inView: ReadonlySet<string> | null,
  ) => { facts: ExportFacts; legendRows: ExportLegendRow[] };
}

/** The filters an image's caption names; the cursor is the view's own. */
export type ExportScope = Pick<Filters, 'season' | 'hidden' | 'focus'>;

/**
 * Builds the view of `graph` for a viewer at `cursor` (null: no limit) under the filters' `visibility`;
 * `castLinks` are the who-plays-whom links known at the cursor, whether or not actors are drawn.
 * Pure: every text is computed from its arguments when a panel asks for it.
 */
export function storyView(
  graph: StoryGraph,
  visibility: Visibility,
  castLinks: ReadonlySet<string>,
  cursor: Cursor | null,
  words: StoryWords,
): StoryView {
  const lang = words.korean ? 'ko' : 'en';
  const choice = (node: GraphNode): NameChoice => ({
    id: node.id,
    display: nameIn(node, node.id, lang),
    name: shortName(node.label),
    nameKo: node.labelKo && node.labelKo !== node.label ? shortName(node.labelKo) : null,
    kind: node.kind,
    kindLabel: words.nodeKinds[node.kind],
  });
  const named = (id: string) => ({ id, name: nameIn(graph.nodeById.get(id), id, lang) });
  const state = (s: CharacterState | null) => (s ? words.states[s] : '—');
  return {
    card: (id) => {
      const node = visibility.nodes.has(id) ? graph.nodeById.get(id) : undefined;
      return node && cardView(graph, node, { links: visibility.links, castLinks }, cursor, words);
    },
    people: () =>
      graph.nodes
        .filter((n) => n.kind === 'character' && visibility.nodes.has(n.id))
        .map(choice)
        .sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0)),
    pathSteps: (path) =>
      path.links.flatMap((id) => {
        const link = visibility.links.has(id) ? graph.linkById.get(id) : undefined;
        return link ? [{ id, sentence: describeLink(graph, link, cursor, words) }] : [];
      }),
    suggestions: (hits) => hits.filter((n) => visibility.nodes.has(n.id)).map(choice),
    table: () => ({
      characters: characterRows(graph, visibility, cursor, words),
      links: linkRows(graph, visibility, cursor, words),
    }),
    diffView: (diff, to) => ({
      announced: diff.announced,
      premise: (words.korean ? (to.descriptionKo ?? to.description) : to.description) ?? null,
      returning: diff.returning.map(named),
      arriving: diff.arriving.map(named),
      statuses: diff.statuses.map((s) => ({
        ...named(s.character),
        before: state(s.before),
        after: state(s.after),
      })),
      links: diff.links.map((c) => ({
        key: c.pair.join('+'),
        change: c.change,
        sentences: [...c.before, ...c.after].map((l) => describeLink(graph, l, cursor, words)),
      })),
      sources: sourceViews(graph, { seasons: [to.id], sources: to.sources ?? [] }, cursor),
    }),
    seasonChoices: () =>
      graph.seasons.map((season) => {
        const name = nameIn(season, season.label, lang);
        const label = season.released ? name : words.seasonAnnounced(name);
        if (cursor !== null && season.number > cursor.season)
          return { id: season.id, name, label, hint: words.seasonPastCursor(name), disabled: true };
        const aired = `${name}${season.year ? ` (${season.year})` : ''}`;
        return {
          id: season.id,
          name,
          label,
          hint: season.released ? aired : words.seasonAnnouncedHint(name),
          disabled: false,
        };
      }),
    exportText: (scope, legendWords, script, inView) => {
      const shown = inView ? withinView(graph, visibility, inView) : visibility;
      return {
        facts: exportFacts(graph, { ...scope, cursor }, shown, legendWords, script),
        legendRows: exportLegendRows(graph, shown, legendWords),
      };
    },
  };
}
