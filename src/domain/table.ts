import { statusStrip, storyText } from './card';
import { sourceViews } from './cardView';
import { describeLink, type SentenceWords } from './describe';
import { shortName } from './displayText';
import { type Visibility, visibleDegrees } from './filters';
import type { StoryGraph } from './parseGraph';
import { factTiming, type ProvenanceWords } from './provenance';
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

/** The words rows are written in: the interface language's (src/i18n). */
export interface RowWords extends ProvenanceWords, SentenceWords {
  states: Record<CharacterState, string>;
  linkKinds: Record<LinkKind, string>;
}

/** The visible characters, with their (spoiler-safe) status per season and visible link count. */
export function characterRows(
  graph: StoryGraph,
  visibility: Visibility,
  cursor: Cursor | null,
  words: RowWords,
): CharacterRow[] {
  const degree = visibleDegrees(graph, visibility);
  return graph.nodes.flatMap((node) => {
    if (node.kind !== 'character' || !visibility.nodes.has(node.id)) return [];
    const status = statusStrip(graph, node, cursor)
      .flatMap((c) => {
        if (c.state === 'absent' || c.state === 'unwatched') return [];
        return [`${words.seasonShort(c.season.number)}: ${c.state === 'hidden' ? '?' : words.states[c.state]}`];
      })
      .join(', ');
    const text = storyText(graph, node, cursor, words.korean);
    return [
      {
        id: node.id,
        name: shortName(node.label),
        nameKo: shortName(node.labelKo ?? ''),
        group: text.group ?? '',
        role: text.role ?? '',
        status,
        links: degree.get(node.id) ?? 0,
      },
    ];
  });
}

/**
 * The visible links, each as a sentence with when it is first shown, how sure, and its sources (by
 * site only until the link's season is over: their titles often ask who dies).
 */
export function linkRows(graph: StoryGraph, visibility: Visibility, cursor: Cursor | null, words: RowWords): LinkRow[] {
  return graph.links.flatMap((link) => {
    if (!visibility.links.has(link.id)) return [];
    return [
      {
        id: link.id,
        sentence: describeLink(graph, link, cursor, words),
        kind: [words.linkKinds[link.kind], link.type && (words.linkTypes[link.type] ?? link.type)]
          .filter(Boolean)
          .join(' · '),
        when: factTiming(graph, link, words),
        certainty: words.certainty[link.certainty],
        sources: sourceViews(graph, link, cursor)
          .map((s) => s.label)
          .join('; '),
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
