import { type Filters, type FocusDepth, type Layer, withLayerOf } from '../domain/filters';
import { toggleHidden } from '../domain/legend';
import type { StoryGraph } from '../domain/parseGraph';
import type { Cursor } from '../domain/spoiler';
import type { ExplorerState } from './explorerState';

/**
 * Every change the explorer's controls make to its state, as a named pure function: each takes what
 * the control gives and returns `(state) => state`, ready for `update`. No side effects here: what the
 * viewer's device remembers and where the chart looks are the callers' business.
 */
export type Transition = (state: ExplorerState) => ExplorerState;

const withFilters =
  (change: Partial<Filters>): Transition =>
  (s) => ({ ...s, filters: { ...s.filters, ...change } });

/** Selects a node (or none), switching on the layer that draws it; the same node again changes nothing. */
export const selectNode =
  (graph: StoryGraph, id: string | null): Transition =>
  (s) =>
    s.selected === id ? s : { ...s, selected: id, filters: id ? withLayerOf(graph, s.filters, id) : s.filters };

export const setSeason = (season: string | null): Transition => withFilters({ season });

/** The viewer's own answer to "watched up to": from now on it belongs in the URL. */
export const setCursor =
  (cursor: Cursor | null): Transition =>
  (s) => ({ ...s, filters: { ...s.filters, cursor }, cursorFrom: 'url' });

export const toggleLegendKey =
  (key: string): Transition =>
  (s) =>
    withFilters({ hidden: toggleHidden(s.filters.hidden, key) })(s);

export const setLayers = (layers: Layer[]): Transition => withFilters({ layers });

/** Focus mode on the selected node at `depth` steps; no depth, or nothing selected, leaves it. */
export const setFocus = (selectedId: string | null, depth: FocusDepth | null): Transition =>
  withFilters({ focus: depth === null || selectedId === null ? null : { id: selectedId, depth } });

export const leaveFocus: Transition = withFilters({ focus: null });

/** Escape: leaves focus mode first; with no focus mode, drops the selection. */
export const escape =
  (graph: StoryGraph): Transition =>
  (s) =>
    s.filters.focus ? leaveFocus(s) : selectNode(graph, null)(s);

export const setPath =
  (change: Partial<ExplorerState['path']>): Transition =>
  (s) => ({ ...s, path: { ...s.path, ...change } });

export const setDiffHighlight =
  (diff: boolean): Transition =>
  (s) => ({ ...s, diff });

export const setGroups =
  (groups: boolean): Transition =>
  (s) => ({ ...s, groups });

/** Theme, language and name script, as the settings menu changes them. */
export const setSettings =
  (change: Partial<Pick<ExplorerState, 'theme' | 'lang' | 'names'>>): Transition =>
  (s) => ({ ...s, ...change });
