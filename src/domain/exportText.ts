import { type Filters, type Visibility, visibleDegrees } from './filters';
import type { NameScript } from './language';
import type { StoryGraph } from './parseGraph';
import { LINK_KINDS, type LinkKind, NODE_KINDS, type NodeKind } from './schema';

/** What an exported image shows, as data: the words come from the phrasebook of the interface language. */
export interface ExportFacts {
  title: string;
  /** The season filter's label, or null for every season. */
  season: string | null;
  /** The spoiler cursor, or null for no limit; worded by the phrasebook ("S1E6", "1시즌 6화"). */
  cursor: { season: number; episode: number } | null;
  /** Legend entries switched off, in words ("Actor", "Trauma: killed"). */
  hidden: string[];
  focus: { name: string; depth: number } | null;
  counts: Record<NodeKind, number>;
  links: number;
  /** The most connected visible characters, most links first. */
  topCharacters: string[];
}

const TOP_NAMES = 5;

export function exportFacts(
  graph: StoryGraph,
  filters: Pick<Filters, 'season' | 'hidden' | 'focus' | 'cursor'>,
  visibility: Visibility,
  words: LegendWords,
  script: NameScript = 'latin',
): ExportFacts {
  // A Korean caption names the show, the season and the people in Hangul where the data has it.
  const name = (node: { label: string; labelKo?: string | undefined }) =>
    script === 'hangul' ? (node.labelKo ?? node.label) : node.label;
  const counts: Record<NodeKind, number> = { character: 0, actor: 0, season: 0, location: 0 };
  for (const id of visibility.nodes) {
    const node = graph.nodeById.get(id);
    if (node) counts[node.kind] += 1;
  }
  const degree = visibleDegrees(graph, visibility);
  const topCharacters = graph.nodes
    .filter((n) => n.kind === 'character' && visibility.nodes.has(n.id))
    .map((n, order) => ({ label: name(n), links: degree.get(n.id) ?? 0, order }))
    .sort((a, b) => b.links - a.links || a.order - b.order)
    .slice(0, TOP_NAMES)
    .map((n) => n.label);
  const cursor = filters.cursor;
  const season = graph.seasons.find((s) => s.id === filters.season);
  const focused = filters.focus ? graph.nodeById.get(filters.focus.id) : undefined;
  return {
    title: script === 'hangul' ? (graph.meta.titleKo ?? graph.meta.title) : graph.meta.title,
    season: season ? name(season) : null,
    cursor: cursor === null ? null : { season: cursor.season, episode: cursor.episode },
    hidden: filters.hidden.map((key) => hiddenLabel(key, words)),
    focus: filters.focus
      ? {
          name: focused ? name(focused) : filters.focus.id,
          depth: filters.focus.depth,
        }
      : null,
    counts,
    links: visibility.links.size,
    topCharacters,
  };
}

/** A switched-off legend key in words: "Actor", "Trauma: killed". */
function hiddenLabel(key: string, words: LegendWords): string {
  const [group, rest = ''] = key.split(':', 2);
  const linkKind = (kind: string) => words.linkKinds[kind as LinkKind] ?? kind;
  if (group === 'node') return words.nodeKinds[rest as NodeKind] ?? rest;
  if (group === 'link') return linkKind(rest);
  const [kind = '', type = ''] = rest.split('/', 2);
  return `${linkKind(kind)}: ${type}`;
}

/** The words an export needs, in one interface language (see src/i18n/exportStrings.ts). */
export interface ExportPhrases {
  allSeasons: string;
  noSpoilerLimit: string;
  seasonLine: (season: string) => string;
  cursorLine: (cursor: string) => string;
  /** An episode in the image's language: "S1E6", "1시즌 6화". */
  episode: (season: number, episode: number) => string;
  /** The cursor before the first episode. */
  notStarted: string;
  hiddenLine: (labels: string) => string;
  focusLine: (name: string, depth: number) => string;
  countsLine: (characters: number, links: number) => string;
  and: string;
  /** The credit line of a posting image: the app, and the page's address when known. */
  credit: (address: string | null) => string;
  altSentence: (parts: AltParts) => string;
}

export interface AltParts {
  title: string;
  /** "Season 1, watched up to S1E6", or empty when nothing narrows the graph. */
  scope: string;
  characters: number;
  /** The most connected characters as a list, e.g. "Nam On-jo, Lee Cheong-san and Choi Nam-ra". */
  names: string;
  /** Characters shown but not named. */
  moreCharacters: number;
  otherNodes: number;
  links: number;
}

/** A one-sentence description of the image for screen readers: who is shown and how many links. */
export function altText(facts: ExportFacts, phrases: ExportPhrases): string {
  const scope = [
    facts.season === null ? null : phrases.seasonLine(facts.season),
    facts.cursor === null ? null : phrases.cursorLine(episodeWords(facts, phrases)),
    facts.focus === null ? null : phrases.focusLine(facts.focus.name, facts.focus.depth),
  ].filter((part): part is string => part !== null);
  const { character, actor, season, location } = facts.counts;
  return phrases.altSentence({
    title: facts.title,
    scope: scope.join('; '),
    characters: character,
    // "A, B, C and 7 more" reads better than "A, B and C and 7 more".
    names:
      character > facts.topCharacters.length
        ? facts.topCharacters.join(', ')
        : joinNames(facts.topCharacters, phrases.and),
    moreCharacters: character - facts.topCharacters.length,
    otherNodes: actor + season + location,
    links: facts.links,
  });
}

/** The caption drawn under the graph: the title, then (for a self-explaining image) every filter in force. */
export function captionLines(facts: ExportFacts, phrases: ExportPhrases, explain: boolean): string[] {
  const counts = phrases.countsLine(facts.counts.character, facts.links);
  if (!explain) return [counts];
  const lines = [
    phrases.seasonLine(facts.season ?? phrases.allSeasons),
    phrases.cursorLine(facts.cursor ? episodeWords(facts, phrases) : phrases.noSpoilerLimit),
  ];
  if (facts.hidden.length > 0) lines.push(phrases.hiddenLine(facts.hidden.join(', ')));
  if (facts.focus) lines.push(phrases.focusLine(facts.focus.name, facts.focus.depth));
  lines.push(counts);
  return lines;
}

/**
 * A posting image's caption under its title: the other-language title, where the chart stands (season
 * filter and spoiler cursor on one line, then any hidden kinds or focus), and the credit line.
 */
export function postingLines(
  facts: ExportFacts,
  phrases: ExportPhrases,
  extra: { otherTitle: string | null; address: string | null },
): string[] {
  const asOf = [
    phrases.seasonLine(facts.season ?? phrases.allSeasons),
    phrases.cursorLine(facts.cursor ? episodeWords(facts, phrases) : phrases.noSpoilerLimit),
  ].join(' · ');
  return [
    ...(extra.otherTitle ? [extra.otherTitle] : []),
    asOf,
    ...(facts.hidden.length > 0 ? [phrases.hiddenLine(facts.hidden.join(', '))] : []),
    ...(facts.focus ? [phrases.focusLine(facts.focus.name, facts.focus.depth)] : []),
    phrases.credit(extra.address),
  ];
}

const episodeWords = (facts: ExportFacts, phrases: ExportPhrases) => {
  if (!facts.cursor) return '';
  // Episode 0 is "not started yet", not an "S1E0" nobody can watch.
  return facts.cursor.episode === 0 ? phrases.notStarted : phrases.episode(facts.cursor.season, facts.cursor.episode);
};

/** "Nam On-jo, Lee Cheong-san and Choi Nam-ra": a list joined the way a sentence reads. */
export function joinNames(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

export type ExportLegendRow =
  | { group: 'node'; kind: NodeKind; label: string; count: number }
  | { group: 'link'; kind: LinkKind; type: string; label: string; count: number };

/** The names of the kinds in the image's language (src/i18n supplies them). */
export interface LegendWords {
  nodeKinds: Record<NodeKind, string>;
  linkKinds: Record<LinkKind, string>;
}

/**
 * The legend drawn into an image: the node kinds and the link kinds and sub-types the image shows,
 * counted in `visibility` (the renderer groups sub-types by how they are drawn).
 */
export function exportLegendRows(graph: StoryGraph, visibility: Visibility, words: LegendWords): ExportLegendRow[] {
  const nodes = new Map<NodeKind, number>();
  const links = new Map<string, { kind: LinkKind; type: string; count: number }>();
  for (const id of visibility.nodes) {
    const kind = graph.nodeById.get(id)?.kind;
    if (kind) nodes.set(kind, (nodes.get(kind) ?? 0) + 1);
  }
  for (const id of visibility.links) {
    const link = graph.linkById.get(id);
    if (!link) continue;
    const key = `${link.kind}/${link.type ?? ''}`;
    const row = links.get(key) ?? { kind: link.kind, type: link.type ?? '', count: 0 };
    links.set(key, { ...row, count: row.count + 1 });
  }
  const order = (kind: LinkKind) => LINK_KINDS.indexOf(kind);
  return [
    ...NODE_KINDS.filter((k) => nodes.has(k)).map((kind): ExportLegendRow => ({
      group: 'node',
      kind,
      label: words.nodeKinds[kind],
      count: nodes.get(kind)!,
    })),
    ...[...links.values()]
      .sort((a, b) => order(a.kind) - order(b.kind) || a.type.localeCompare(b.type))
      .map((row): ExportLegendRow => ({ group: 'link', ...row, label: words.linkKinds[row.kind] })),
  ];
}

/** Narrows what is shown to the nodes in view (a viewport export) and the links between them. */
export function withinView(graph: StoryGraph, visibility: Visibility, inView: ReadonlySet<string>): Visibility {
  const nodes = new Set([...visibility.nodes].filter((id) => inView.has(id)));
  const links = new Set(
    [...visibility.links].filter((id) => {
      const link = graph.linkById.get(id);
      return link !== undefined && nodes.has(link.source) && nodes.has(link.target);
    }),
  );
  return { nodes, links };
}
