import { statusStrip } from './card';
import { describeLink } from './describe';
import { shortName } from './displayText';
import type { Visibility } from './filters';
import type { StoryGraph } from './parseGraph';
import { CERTAINTY_LABELS, factTiming } from './provenance';
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

/** The visible characters, with their (spoiler-safe) status per season and visible link count. */
export function characterRows(graph: StoryGraph, visibility: Visibility, cursor: Cursor | null): CharacterRow[] {
  const degree = new Map<string, number>();
  for (const id of visibility.links) {
    const link = graph.linkById.get(id);
    if (!link) continue;
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  return graph.nodes.flatMap((node) => {
    if (node.kind !== 'character' || !visibility.nodes.has(node.id)) return [];
    const status = statusStrip(graph, node, cursor)
      .filter((c) => c.state !== 'absent' && c.state !== 'unwatched')
      .map((c) => `S${c.season.number}: ${c.state === 'hidden' ? '?' : c.state}`)
      .join(', ');
    return [
      {
        id: node.id,
        name: shortName(node.label),
        nameKo: shortName(node.labelKo ?? ''),
        group: node.group,
        role: node.role,
        status,
        links: degree.get(node.id) ?? 0,
      },
    ];
  });
}

/** The visible links, each as a sentence with when it is first shown, how sure, and its sources. */
export function linkRows(graph: StoryGraph, visibility: Visibility): LinkRow[] {
  return graph.links.flatMap((link) => {
    if (!visibility.links.has(link.id)) return [];
    return [
      {
        id: link.id,
        sentence: describeLink(graph, link),
        kind: link.type ? `${link.kind} · ${link.type}` : link.kind,
        when: factTiming(graph, link),
        certainty: CERTAINTY_LABELS[link.certainty],
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
