import { statusStrip, storyText } from './card';
import { describeLink, LINK_KIND_LABELS } from './describe';
import { shortName } from './displayText';
import { type Visibility, visibleDegrees } from './filters';
import type { StoryGraph } from './parseGraph';
import { CERTAINTY_LABELS, factTiming, type ProvenanceWords } from './provenance';
import type { CharacterState, LinkKind } from './schema';
import type { Cursor } from './spoiler';

export interface CharacterRow {
  id: string;
  name: string;
  nameKo: string;
  group: string;
  role: string;
  status: string;
  links: number;
}

export interface LinkRow {
  id: string;
  sentence: string;
  kind: string;
  when: string;
  certainty: string;
  sources: string;
  source: string;
  target: string;
}

/** The words rows are written in; English unless the interface passes its own language. */
export interface RowWords extends ProvenanceWords {
  states: Record<CharacterState, string>;
  linkKinds: Record<LinkKind, string>;
  linkTypes: Readonly<Partial<Record<string, string>>>;
  ungrouped: string;
}

/** English words for character states; the interface's vocabulary reuses them. */
export const STATE_LABELS: Record<CharacterState, string> = {
  alive: 'alive',
  dead: 'dead',
  zombie: 'zombie',
  'half-zombie': 'half-zombie',
  infected: 'infected',
  unknown: 'unknown',
};

const ENGLISH: RowWords = {
  states: STATE_LABELS,
  linkKinds: LINK_KIND_LABELS,
  linkTypes: {},
  certainty: CERTAINTY_LABELS,
  announced: 'announced',
  ungrouped: 'ungrouped',
};

/** The visible characters, with their (spoiler-safe) status per season and visible link count. */
export function characterRows(
  graph: StoryGraph,
  visibility: Visibility,
  cursor: Cursor | null,
  words: RowWords = ENGLISH,
): CharacterRow[] {
  const degree = visibleDegrees(graph, visibility);
  return graph.nodes.flatMap((node) => {
    if (node.kind !== 'character' || !visibility.nodes.has(node.id)) return [];
    const status = statusStrip(graph, node, cursor)
      .filter((c) => c.state !== 'absent' && c.state !== 'unwatched')
      .map(
        (c) =>
          `S${c.season.number}: ${c.state === 'hidden' || c.state === 'unwatched' || c.state === 'absent' ? '?' : words.states[c.state]}`,
      )
      .join(', ');
    return [
      {
        id: node.id,
        name: shortName(node.label),
        nameKo: shortName(node.labelKo ?? ''),
        group: node.group ?? words.ungrouped,
        role: storyText(graph, node, cursor).role ?? '',
        status,
        links: degree.get(node.id) ?? 0,
      },
    ];
  });
}

/** The visible links, each as a sentence with when it is first shown, how sure, and its sources. */
export function linkRows(
  graph: StoryGraph,
  visibility: Visibility,
  cursor: Cursor | null = null,
  words: RowWords = ENGLISH,
): LinkRow[] {
  return graph.links.flatMap((link) => {
    if (!visibility.links.has(link.id)) return [];
    return [
      {
        id: link.id,
        sentence: describeLink(graph, link, cursor),
        kind: [words.linkKinds[link.kind], link.type && (words.linkTypes[link.type] ?? link.type)]
          .filter(Boolean)
          .join(' · '),
        when: factTiming(graph, link, words),
        certainty: words.certainty[link.certainty],
        sources: link.sources.map((s) => graph.sources.get(s)?.title ?? s).join('; '),
        source: link.source,
        target: link.target,
      },
    ];
  });
}

export type SortDirection = 'asc' | 'desc';

/** Sorts rows by one column: numbers numerically, text by locale (so Hangul and Latin sort sensibly). */
export function sortRows<T extends object>(rows: readonly T[], key: keyof T, direction: SortDirection): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * sign;
  });
}
