import type { StoryGraph } from './parseGraph';

/** What the user chose to see. `season: null` means every season. */
export interface Filters {
  season: string | null;
}

export const DEFAULT_FILTERS: Filters = { season: null };

/** Ids of the nodes and links that pass the filters. */
export interface Visibility {
  nodes: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

const holdsIn = (seasons: readonly string[], season: string | null) => season === null || seasons.includes(season);

/**
 * Applies the filters to the graph. An element is shown when it holds in the chosen season;
 * a link is hidden whenever either of its ends is hidden, whatever its own seasons say.
 */
export function applyFilters(graph: StoryGraph, filters: Filters): Visibility {
  const nodes = new Set<string>();
  for (const node of graph.nodes) {
    if (holdsIn(node.seasons, filters.season)) nodes.add(node.id);
  }
  const links = new Set<string>();
  for (const link of graph.links) {
    if (holdsIn(link.seasons, filters.season) && nodes.has(link.source) && nodes.has(link.target)) {
      links.add(link.id);
    }
  }
  return { nodes, links };
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
