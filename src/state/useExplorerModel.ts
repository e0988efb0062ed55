import { useCallback, useMemo } from 'react';

import { type ChangeKind, diffSeasons } from '../domain/diff';
import { applyFilters, countVisible, LAYERS } from '../domain/filters';
import { isLargeGraph } from '../domain/graphSize';
import { buildLegend } from '../domain/legend';
import type { StoryGraph } from '../domain/parseGraph';
import { findPaths } from '../domain/paths';
import { cursorOptions } from '../domain/spoiler';
import { storyView, type StoryWords } from '../domain/storyView';
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
  /** The interface language's words for everything the panels write. */
  words: StoryWords,
) {
  const { filters, path } = state;
  const visibility = useMemo(() => applyFilters(graph, filters), [graph, filters]);
  // The card names who plays a character even when actors are not drawn as nodes.
  const castLinks = useMemo(
    () => applyFilters(graph, { ...filters, layers: LAYERS, hidden: [], focus: null }).links,
    [graph, filters],
  );
  // What panels may show at the spoiler cursor: they read the story only through this.
  const view = useMemo(
    () => storyView(graph, visibility, castLinks, filters.cursor, words),
    [graph, visibility, castLinks, filters.cursor, words],
  );
  const counts = useMemo(() => countVisible(graph, visibility), [graph, visibility]);
  const legend = useMemo(() => buildLegend(graph, filters, visibility), [graph, filters, visibility]);
  const search = useSearchIndex(graph);
  // Suggestions are names the view may show: hits among the visible nodes only.
  const suggest = useCallback(
    (query: string) => view.suggestions(search(query, visibility.nodes)),
    [view, search, visibility],
  );
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
  const diffView = useMemo(() => (diff && second ? view.diffView(diff, second) : null), [diff, second, view]);
  const highlights = useMemo(() => {
    const changes = new Map<string, ChangeKind>();
    if (state.diff && diff) {
      for (const change of diff.links) {
        for (const link of [...change.before, ...change.after]) changes.set(link.id, change.change);
      }
    }
    return { path: paths[activePath] ?? null, diff: state.diff ? changes : null };
  }, [paths, activePath, diff, state.diff]);
  const table = useMemo(() => (state.view === 'table' ? view.table() : null), [state.view, view]);
  const large = isLargeGraph(graph.nodes.length, graph.links.length);
  return {
    large,
    visibility,
    view,
    counts,
    legend,
    suggest,
    cursorChoices,
    paths,
    diffView,
    highlights,
    table,
  };
}
