import { type ExplorerView, VIEWS } from '../contracts/view';
import { type Filters, FOCUS_DEPTHS, type FocusDepth, type Layer, LAYERS } from '../domain/filters';
import { type Language, LANGUAGES, NAME_SCRIPTS, type NameScript, namesFor } from '../domain/language';
import type { StoryGraph } from '../domain/parseGraph';
import { LINK_KINDS, NODE_KINDS, STORY_LINK_KINDS } from '../domain/schema';
import { cursorParam, firstVisitCursor, isNodeKnown, parseCursor } from '../domain/spoiler';
import { THEME_CHOICES, type ThemeChoice } from '../theme/palette';

export { LANGUAGES, NAME_SCRIPTS, THEME_CHOICES, VIEWS };

/** Everything about the view worth sharing in a link. */
export interface ExplorerState {
  filters: Filters;
  selected: string | null;
  view: ExplorerView;
  theme: ThemeChoice;
  lang: Language;
  names: NameScript;
  path: { from: string | null; to: string | null; kinds: readonly string[] };
  diff: boolean;
  /** Characters boxed by their group (compound nodes) or drawn loose. */
  groups: boolean;
  /**
   * Where the spoiler cursor came from: the URL (or a choice made on this page), the viewer's
   * remembered answer, or nowhere yet (a first visit: the welcome asks). Only a cursor from the URL
   * is written back to it, so a link copied after a first visit never carries someone's answer.
   */
  cursorFrom: 'url' | 'stored' | 'unasked';
}

export const DEFAULT_PATH_KINDS: readonly string[] = STORY_LINK_KINDS;

export const DEFAULT_STATE: ExplorerState = {
  filters: { season: null, layers: [], cursor: null, hidden: [], focus: null },
  selected: null,
  view: 'graph',
  theme: 'system',
  lang: 'en',
  names: 'latin',
  path: { from: null, to: null, kinds: DEFAULT_PATH_KINDS },
  diff: false,
  groups: false,
  // A returning viewer who chose to see everything: what the explorer showed before it asked.
  cursorFrom: 'stored',
};

/** URL parameter names, in one place. */
export const PARAMS = {
  season: 'season',
  cursor: 'upto',
  hidden: 'hide',
  selected: 'sel',
  focus: 'focus',
  depth: 'depth',
  view: 'view',
  theme: 'theme',
  lang: 'lang',
  names: 'names',
  from: 'from',
  to: 'to',
  via: 'via',
  diff: 'diff',
  layers: 'layers',
  groups: 'groups',
} as const;

const LEGEND_KEY = new RegExp(
  `^(node:(${NODE_KINDS.join('|')})|link:(${LINK_KINDS.join('|')})|type:(${STORY_LINK_KINDS.join('|')})/[a-z-]{1,40})$`,
);

const oneOf = <T extends string>(choices: readonly T[], value: string | null): T | undefined =>
  choices.find((c) => c === value);

/**
 * Reads the state from a query string, tolerantly: every unknown or invalid value falls back to its
 * default (node ids must exist in the graph) and is named in `ignored`, so the UI can say so.
 * The spoiler cursor comes from `upto`, else from the viewer's `remembered` answer, else (first visit)
 * it stays at the first episode until the viewer answers.
 */
export function parseExplorerState(
  search: string,
  graph: StoryGraph,
  remembered: string | null = null,
): { state: ExplorerState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const read = <T>(name: string, parse: (raw: string) => T | undefined | null, fallback: T): T => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = parse(raw);
    if (value === undefined || value === null) {
      ignored.push(name);
      return fallback;
    }
    return value;
  };
  const nodeId = (raw: string) => (graph.nodeById.has(raw) ? raw : undefined);
  const seasonId = (raw: string) => graph.seasons.find((s) => s.id === raw)?.id;
  const depth = read(PARAMS.depth, (raw) => FOCUS_DEPTHS.find((d) => String(d) === raw), 1 as FocusDepth);
  const focusId = read(PARAMS.focus, nodeId, null);
  const fromUrl = read(PARAMS.cursor, (raw) => parseCursor(raw, graph.seasons), undefined);
  const stored = parseCursor(remembered, graph.seasons);
  const cursorFrom = fromUrl ? 'url' : stored ? 'stored' : 'unasked';
  const cursor = (fromUrl ?? stored ?? { cursor: firstVisitCursor(graph.seasons) }).cursor;
  const list = (raw: string, valid: (item: string) => boolean) => {
    const items = raw.split(',').filter(Boolean);
    return items.every(valid) ? items : undefined;
  };
  const lang = read(PARAMS.lang, (raw) => oneOf(LANGUAGES, raw), DEFAULT_STATE.lang);
  const state: ExplorerState = {
    filters: {
      season: read(PARAMS.season, seasonId, null),
      layers: read(PARAMS.layers, parseLayers, []),
      cursor,
      hidden: read(PARAMS.hidden, (raw) => list(raw, (k) => LEGEND_KEY.test(k)), []),
      focus: focusId === null ? null : { id: focusId, depth },
    },
    selected: read(PARAMS.selected, nodeId, null),
    view: read(PARAMS.view, (raw) => oneOf(VIEWS, raw), DEFAULT_STATE.view),
    theme: read(PARAMS.theme, (raw) => oneOf(THEME_CHOICES, raw), DEFAULT_STATE.theme),
    lang,
    names: read(PARAMS.names, (raw) => oneOf(NAME_SCRIPTS, raw), namesFor(lang)),
    path: {
      from: read(PARAMS.from, nodeId, null),
      to: read(PARAMS.to, nodeId, null),
      kinds: read(
        PARAMS.via,
        (raw) => list(raw, (k) => (LINK_KINDS as readonly string[]).includes(k)),
        DEFAULT_PATH_KINDS,
      ),
    },
    diff: read(PARAMS.diff, (raw) => (raw === '1' ? true : undefined), false),
    cursorFrom,
    groups: read(PARAMS.groups, (raw) => (raw === 'on' ? true : undefined), false),
  };
  return { state: withoutSpoilers(state, graph), ignored };
}

/**
 * Layers named in any order, case and spacing; unknown names are dropped, and only a list with none
 * known counts as invalid.
 */
function parseLayers(raw: string): Layer[] | undefined {
  const named = new Set(raw.toLowerCase().split(/[\s,]+/));
  const layers = LAYERS.filter((layer) => named.has(layer));
  return layers.length > 0 || raw.trim() === '' ? layers : undefined;
}

/**
 * Drops from the state what the spoiler cursor hides: a season past it, and a selection, focus or
 * path end not known yet, so neither the screen nor a shared link names them. Returns the same
 * object when nothing is hidden.
 */
export function withoutSpoilers(state: ExplorerState, graph: StoryGraph): ExplorerState {
  const { cursor, season, focus } = state.filters;
  if (cursor === null) return state;
  const known = (id: string | null) => {
    const node = id === null ? undefined : graph.nodeById.get(id);
    return node !== undefined && isNodeKnown(graph, node, cursor);
  };
  const keep = (id: string | null) => (known(id) ? id : null);
  const next: ExplorerState = {
    ...state,
    filters: {
      ...state.filters,
      season: keep(season),
      focus: focus && known(focus.id) ? focus : null,
    },
    selected: keep(state.selected),
    path: { ...state.path, from: keep(state.path.from), to: keep(state.path.to) },
  };
  return serializeExplorerState(next) === serializeExplorerState(state) ? state : next;
}

/** The query string for `state`, keeping every parameter that is not ours (e.g. `data=`) as it was. */
export function mergeQuery(current: string, state: ExplorerState): string {
  const params = new URLSearchParams(current);
  for (const name of Object.values(PARAMS)) params.delete(name);
  for (const [name, value] of new URLSearchParams(serializeExplorerState(state))) params.set(name, value);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Writes the state as a query string, leaving defaults out so links stay short. */
export function serializeExplorerState(state: ExplorerState): string {
  const params = new URLSearchParams();
  const { filters } = state;
  if (filters.season) params.set(PARAMS.season, filters.season);
  if (filters.layers.length > 0) params.set(PARAMS.layers, LAYERS.filter((l) => filters.layers.includes(l)).join(','));
  if (state.cursorFrom === 'url') params.set(PARAMS.cursor, cursorParam(filters.cursor));
  if (filters.hidden.length > 0) params.set(PARAMS.hidden, filters.hidden.join(','));
  if (state.selected) params.set(PARAMS.selected, state.selected);
  if (filters.focus) {
    params.set(PARAMS.focus, filters.focus.id);
    if (filters.focus.depth !== 1) params.set(PARAMS.depth, String(filters.focus.depth));
  }
  for (const key of ['view', 'theme', 'lang'] as const) {
    if (state[key] !== DEFAULT_STATE[key]) params.set(PARAMS[key], state[key]);
  }
  if (state.names !== namesFor(state.lang)) params.set(PARAMS.names, state.names);
  if (state.path.from) params.set(PARAMS.from, state.path.from);
  if (state.path.to) params.set(PARAMS.to, state.path.to);
  if (state.path.kinds.join(',') !== DEFAULT_PATH_KINDS.join(',')) params.set(PARAMS.via, state.path.kinds.join(','));
  if (state.diff) params.set(PARAMS.diff, '1');
  if (state.groups) params.set(PARAMS.groups, 'on');
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
