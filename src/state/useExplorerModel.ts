import { useMemo } from 'react';

import { type ChangeKind, diffSeasons } from '../domain/diff';
import { applyFilters, countVisible, LAYERS } from '../domain/filters';
import { isLargeGraph } from '../domain/graphSize';
import { buildLegend } from '../domain/legend';
import type { StoryGraph } from '../domain/parseGraph';
import { findPaths } from '../domain/paths';
import { cursorOptions } from '../domain/spoiler';
import { characterRows, linkRows, type RowWords } from '../domain/table';
import type { ExplorerState } from './explorerState';
import { useSearchIndex } from './useSearchIndex';

/**
 * Everything derived from the graph and the explorer state, each piece memoised on exactly what it
 * reads: pure domain functions, never read back from the renderer.
 */
export function useExplorerModel(
  graph: StoryGraph,
  state: ExplorerState,
  activePath: number,
  diffOpen: boolean,
  /** The interface language's words for table cells. */
  rowWords: RowWords,
) {
  const { filters, path, view } = state;
  const visibility = useMemo(() => applyFilters(graph, filters), [graph, filters]);
  // The card names who plays a character even when actors are not drawn as nodes.
  const castLinks = useMemo(
    () => applyFilters(graph, { ...filters, layers: LAYERS, hidden: [], focus: null }).links,
    [graph, filters],
  );
  const counts = useMemo(() => countVisible(graph, visibility), [graph, visibility]);
  const legend = useMemo(() => buildLegend(graph, filters, visibility), [graph, filters, visibility]);
  const search = useSearchIndex(graph);
  const searchIndex = useMemo(() => ({ search }), [search]);
  const cursorChoices = useMemo(() => cursorOptions(graph.seasons), [graph]);
  const paths = useMemo(
    () => (path.from && path.to ? findPaths(graph, visibility.links, new Set(path.kinds), path.from, path.to) : []),
    [graph, visibility, path],
  );
  const [first, second] = graph.seasons;
  // The diff compares two seasons, so it ignores the season filter but keeps spoilers, legend and focus.
  const wantDiff = diffOpen || state.diff;
  const diff = useMemo(() => {
    if (!first || !second || !wantDiff) return null;
    const across = applyFilters(graph, { ...filters, season: null });
    return diffSeasons(graph, first.id, second.id, across.links, across.nodes, filters.cursor);
  }, [graph, filters, first, second, wantDiff]);
  const highlights = useMemo(() => {
    const changes = new Map<string, ChangeKind>();
    if (state.diff && diff) {
      for (const change of diff.links) {
        for (const link of [...change.before, ...change.after]) changes.set(link.id, change.change);
      }
    }
    return { path: paths[activePath] ?? null, diff: state.diff ? changes : null };
  }, [paths, activePath, diff, state.diff]);
  const table = useMemo(
    () =>
      view === 'table'
        ? {
            characters: characterRows(graph, visibility, filters.cursor, rowWords),
            links: linkRows(graph, visibility, filters.cursor, rowWords),
          }
        : null,
    [graph, visibility, filters.cursor, view, rowWords],
  );
  const large = isLargeGraph(graph.nodes.length, graph.links.length);
  return {
    large,
    visibility,
    castLinks,
    counts,
    legend,
    searchIndex,
    cursorChoices,
    paths,
    diff,
    highlights,
    table,
  };
}
