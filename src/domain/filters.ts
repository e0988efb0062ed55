import type { StoryGraph } from './parseGraph';
import type { GraphLink, GraphNode } from './schema';
import { type Cursor, firstKnown, isKnown, isNodeKnown } from './spoiler';

export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

/**
 * What the user chose to see. `season: null` means every season; `cursor: null` means no spoiler
 * limit; `hidden` holds legend keys (see `legendKey`) switched off; `focus` keeps a neighbourhood.
 */
export interface Filters {
  season: string | null;
  cursor: Cursor | null;
  hidden: readonly string[];
  focus: { id: string; depth: FocusDepth } | null;
}

export const DEFAULT_FILTERS: Filters = { season: null, cursor: null, hidden: [], focus: null };

/** Ids of the nodes and links that pass the filters. */
export interface Visibility {
  nodes: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

/** Legend keys: `node:actor`, `link:trauma`, `type:trauma/killed`. */
export const legendKey = {
  node: (kind: GraphNode['kind']) => `node:${kind}`,
  link: (kind: GraphLink['kind']) => `link:${kind}`,
  type: (kind: GraphLink['kind'], type: string) => `type:${kind}/${type}`,
};

/** Who plays whom and who is in which season is cast news, not story: known from a season's start. */
const CAST_LINKS: ReadonlySet<string> = new Set(['plays', 'appears-in']);

/** Whether someone at `cursor` has seen a link: cast links from their season's start, story links from their episode. */
export function isLinkKnown(graph: StoryGraph, link: GraphLink, cursor: Cursor | null): boolean {
  return CAST_LINKS.has(link.kind)
    ? isNodeKnown(graph, { seasons: link.seasons }, cursor)
    : isKnown(firstKnown(graph, link), cursor);
}

const holdsIn = (seasons: readonly string[], season: string | null) => season === null || seasons.includes(season);

/**
 * Applies the filters in order: season, spoiler cursor and legend, then focus on what is left.
 * A link is hidden whenever either of its ends is hidden, whatever its own seasons say, so a hidden
 * node never leaks through its links.
 */
export function applyFilters(graph: StoryGraph, filters: Filters): Visibility {
  const hidden = new Set(filters.hidden);
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (!holdsIn(node.seasons, filters.season) || hidden.has(legendKey.node(node.kind))) continue;
    if (isNodeKnown(graph, node, filters.cursor)) nodes.add(node.id);
  }
  const links = new Set<string>();
  for (const link of graph.links) {
    if (!nodes.has(link.source) || !nodes.has(link.target) || !holdsIn(link.seasons, filters.season)) continue;
    if (hidden.has(legendKey.link(link.kind))) continue;
    if (link.type !== undefined && hidden.has(legendKey.type(link.kind, link.type))) continue;
    if (isLinkKnown(graph, link, filters.cursor)) links.add(link.id);
  }
  return filters.focus ? focusOn(graph, { nodes, links }, filters.focus.id, filters.focus.depth) : { nodes, links };
}

/** Keeps the nodes within `depth` links of `id` over visible links only; nothing if `id` is hidden. */
export function focusOn(graph: StoryGraph, visible: Visibility, id: string, depth: number): Visibility {
  if (!visible.nodes.has(id)) return visible;
  const reached = new Set([id]);
  let frontier = new Set([id]);
  for (let step = 0; step < depth && frontier.size > 0; step += 1) {
    const next = new Set<string>();
    for (const lid of visible.links) {
      const link = graph.linkById.get(lid);
      if (!link) continue;
      if (frontier.has(link.source) && !reached.has(link.target)) next.add(link.target);
      if (frontier.has(link.target) && !reached.has(link.source)) next.add(link.source);
    }
    next.forEach((n) => reached.add(n));
    frontier = next;
  }
  const links = new Set<string>();
  for (const lid of visible.links) {
    const link = graph.linkById.get(lid);
    if (link && reached.has(link.source) && reached.has(link.target)) links.add(lid);
  }
  return { nodes: reached, links };
}

export interface VisibleCounts {
  characters: number;
  nodes: number;
  links: number;
}

/** Counts what a Visibility shows, for the status line. */
export function countVisible(graph: StoryGraph, visibility: Visibility): VisibleCounts {
  let characters = 0;
  for (const id of visibility.nodes) {
    if (graph.nodeById.get(id)?.kind === 'character') characters += 1;
  }
  return { characters, nodes: visibility.nodes.size, links: visibility.links.size };
}

/** How many of the visible links touch each node: a node's degree in the graph as shown. */
export function visibleDegrees(graph: StoryGraph, visibility: Visibility): Map<string, number> {
  const degree = new Map<string, number>();
  for (const id of visibility.links) {
    const link = graph.linkById.get(id);
    if (!link) continue;
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  return degree;
}
