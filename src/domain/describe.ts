import { shortName } from './displayText';
import type { StoryGraph } from './parseGraph';
import type { GraphLink, GraphNode } from './schema';
import { type Cursor, isStoryTextKnown } from './spoiler';

/** Human words for each node kind. */
export const NODE_KIND_LABELS = {
  character: 'Character',
  actor: 'Actor',
  season: 'Season',
  location: 'Location',
} as const satisfies Record<GraphNode['kind'], string>;

export const LINK_KIND_LABELS = {
  relationship: 'Relationship',
  trauma: 'Trauma',
  loyalty: 'Loyalty',
  plays: 'Plays',
  'appears-in': 'Appears in',
  'tied-to': 'Tied to',
} as const satisfies Record<GraphLink['kind'], string>;

export interface LinkLine {
  link: GraphLink;
  other: GraphNode;
  outgoing: boolean;
  /** The link as a plain sentence, e.g. "Gwi-nam bit Nam-ra". */
  sentence: string;
}

/**
 * The links of a node with the node at the other end and a sentence for each. Only links in
 * `visibleLinks` are listed, so a hidden fact never leaks into a panel.
 */
export function linksOf(
  graph: StoryGraph,
  nodeId: string,
  visibleLinks: ReadonlySet<string>,
  cursor: Cursor | null = null,
): LinkLine[] {
  const lines: LinkLine[] = [];
  for (const link of graph.links) {
    if (!visibleLinks.has(link.id)) continue;
    const outgoing = link.source === nodeId;
    if (!outgoing && link.target !== nodeId) continue;
    const other = graph.nodeById.get(outgoing ? link.target : link.source);
    if (!other) continue;
    lines.push({ link, other, outgoing, sentence: describeLink(graph, link, cursor) });
  }
  return lines;
}

/**
 * A link as a sentence: "A <caption> B", with the target's own caption appended when it differs.
 * Long names are shortened; captions were direction-isolated by parseGraph. The second caption
 * often speaks with hindsight ("her answer is never given"), so like a note it waits for the end of
 * the link's first season under the spoiler `cursor`.
 */
export function describeLink(graph: StoryGraph, link: GraphLink, cursor: Cursor | null = null): string {
  const source = shortName(graph.nodeById.get(link.source)?.label ?? link.source);
  const target = shortName(graph.nodeById.get(link.target)?.label ?? link.target);
  const caption = link.label ?? link.type ?? LINK_KIND_LABELS[link.kind].toLowerCase();
  const main = link.directed ? `${source} ${caption} ${target}` : `${source} and ${target}: ${caption}`;
  const reverse = link.labelReverse && isStoryTextKnown(graph, link.seasons, cursor) ? link.labelReverse : undefined;
  return reverse ? `${main} (${target}: ${reverse})` : main;
}
