import { applyFilters, type Filters, isLinkKnown, legendKey, type Visibility } from './filters';
import type { StoryGraph } from './parseGraph';
import { type LinkKind, NODE_KINDS, type NodeKind, STORY_LINK_KINDS, STRUCTURAL_LINK_KINDS } from './schema';

export interface LegendEntry {
  key: string;
  kind: NodeKind | LinkKind;
  /** Sub-type of a link kind (e.g. "killed"), absent for whole kinds. */
  type?: string;
  /** How many elements of this entry the other filters leave, whether or not the entry is on. */
  count: number;
  on: boolean;
}

export interface LegendModel {
  nodes: LegendEntry[];
  links: (LegendEntry & { types: LegendEntry[] })[];
}

/**
 * Legend entries with live counts: what the season, spoiler and focus filters show for each node kind,
 * link kind and link type, counted as if the legend itself hid nothing (so a switched-off entry
 * still tells how much it would bring back).
 */
export function buildLegend(graph: StoryGraph, filters: Filters, visibility?: Visibility): LegendModel {
  const hidden = new Set(filters.hidden);
  // With nothing switched off, the legend counts exactly what is shown; no need to filter again.
  const shown = visibility && hidden.size === 0 ? visibility : applyFilters(graph, { ...filters, hidden: [] });
  const count = new Map<string, number>();
  const bump = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  for (const id of shown.nodes) bump(legendKey.node(graph.nodeById.get(id)!.kind));
  const typesByKind = new Map<LinkKind, Set<string>>();
  // Only sub-types someone at the cursor has seen are listed: a type's very name can be a spoiler.
  for (const link of graph.links) {
    if (link.type === undefined || !isLinkKnown(graph, link, filters.cursor)) continue;
    const types = typesByKind.get(link.kind) ?? new Set<string>();
    typesByKind.set(link.kind, types.add(link.type));
  }
  for (const id of shown.links) {
    const link = graph.linkById.get(id)!;
    bump(legendKey.link(link.kind));
    if (link.type !== undefined) bump(legendKey.type(link.kind, link.type));
  }
  const entry = (key: string, kind: NodeKind | LinkKind, type?: string): LegendEntry => ({
    key,
    kind,
    ...(type === undefined ? {} : { type }),
    count: count.get(key) ?? 0,
    on: !hidden.has(key),
  });
  return {
    nodes: NODE_KINDS.map((kind) => entry(legendKey.node(kind), kind)),
    links: [...STORY_LINK_KINDS, ...STRUCTURAL_LINK_KINDS].map((kind) => ({
      ...entry(legendKey.link(kind), kind),
      types: STORY_LINK_KINDS.includes(kind as (typeof STORY_LINK_KINDS)[number])
        ? [...(typesByKind.get(kind) ?? [])].sort().map((type) => entry(legendKey.type(kind, type), kind, type))
        : [],
    })),
  };
}

/** Switches one legend key on or off, returning a new list. */
export function toggleHidden(hidden: readonly string[], key: string): string[] {
  return hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key];
}
