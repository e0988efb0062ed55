import type { StoryGraph } from './parseGraph';
import type { GraphLink, GraphNode } from './schema';
import { type Cursor, firstKnown, isKnown, isNodeKnown } from './spoiler';

export const FOCUS_DEPTHS = [1, 2, 3] as const;

/** Node kinds drawn only on request: the chart itself is the characters and their story links. */
export const LAYERS = ['actors', 'places', 'seasons'] as const;
export type Layer = (typeof LAYERS)[number];
export const LAYER_KIND: Record<Layer, Exclude<GraphNode['kind'], 'character'>> = {
  actors: 'actor',
  places: 'location',
  seasons: 'season',
};
const KIND_LAYER: ReadonlyMap<string, Layer> = new Map(LAYERS.map((layer) => [LAYER_KIND[layer], layer]));
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

/**
 * What the user chose to see. `season: null` means every season; `cursor: null` means no spoiler
 * limit; `hidden` holds legend keys (see `legendKey`) switched off; `focus` keeps a neighbourhood;
 * `layers` adds actors, places or seasons as nodes.
 */
export interface Filters {
  season: string | null;
  layers: readonly Layer[];
  cursor: Cursor | null;
  hidden: readonly string[];
  focus: { id: string; depth: FocusDepth } | null;
}

export const DEFAULT_FILTERS: Filters = { season: null, layers: [], cursor: null, hidden: [], focus: null };

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

/**
 * The filters with the layer of node `id` switched on: a fan who picks an actor or a place (from a card,
 * search or a link) expects to see it, not nothing.
 */
export function withLayerOf(graph: StoryGraph, filters: Filters, id: string): Filters {
  const kind = graph.nodeById.get(id)?.kind;
  const layer = kind === undefined ? undefined : KIND_LAYER.get(kind);
  if (layer === undefined || filters.layers.includes(layer)) return filters;
  return { ...filters, layers: LAYERS.filter((l) => l === layer || filters.layers.includes(l)) };
}

const holdsIn = (seasons: readonly string[], season: string | null) => season === null || seasons.includes(season);

/**
 * Applies the filters in order: season, spoiler cursor and legend, then focus on what is left.
 * A link is hidden whenever either of its ends is hidden, whatever its own seasons say, so a hidden
 * node never leaks through its links.
 */
export function applyFilters(graph: StoryGraph, filters: Filters): Visibility {
  const hidden = new Set(filters.hidden);
  const inLayer = layerTest(graph, filters.layers);
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (!inLayer(node) || !holdsIn(node.seasons, filters.season) || hidden.has(legendKey.node(node.kind))) continue;
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

/**
 * Whether a node's layer is on. Characters are always drawn; a graph without characters (e.g. one a
 * user opened) has no chart to reduce to, so all its nodes are.
 */
function layerTest(graph: StoryGraph, layers: readonly Layer[]): (node: GraphNode) => boolean {
  if (!graph.nodes.some((n) => n.kind === 'character')) return () => true;
  const on = new Set(layers);
  return (node) => {
    const layer = KIND_LAYER.get(node.kind);
    return layer === undefined || on.has(layer);
  };
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
