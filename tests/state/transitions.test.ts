import { describe, expect, it } from 'vitest';

import { DEFAULT_STATE, type ExplorerState } from '../../src/state/explorerState';
import {
  escape,
  leaveFocus,
  selectNode,
  setCursor,
  setDiffHighlight,
  setFocus,
  setGroups,
  setLayers,
  setPath,
  setSeason,
  setSettings,
  toggleLegendKey,
} from '../../src/state/transitions';
import { smallGraph as graph } from '../domain/fixture';

const START: ExplorerState = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, cursor: null } };

describe('selection', () => {
  it('selects a character without touching the layers', () => {
    const next = selectNode(graph, 'ana')(START);
    expect(next.selected).toBe('ana');
    expect(next.filters.layers).toEqual([]);
  });
  it('switches on the layer that draws an actor or a place, keeping the layer order', () => {
    expect(selectNode(graph, 'actor-ana')(START).filters.layers).toEqual(['actors']);
    const withSeasons = setLayers(['seasons'])(START);
    expect(selectNode(graph, 'school')(withSeasons).filters.layers).toEqual(['places', 'seasons']);
  });
  it('returns the same state for the node already selected, so no history entry is made', () => {
    const selected = selectNode(graph, 'ben')(START);
    expect(selectNode(graph, 'ben')(selected)).toBe(selected);
  });
  it('clears the selection with null', () => {
    expect(selectNode(graph, null)(selectNode(graph, 'ben')(START)).selected).toBeNull();
  });
});

describe('filters', () => {
  it('sets the season and the spoiler cursor, the cursor then belonging in the URL', () => {
    expect(setSeason('s2')(START).filters.season).toBe('s2');
    const answered = setCursor({ season: 1, episode: 6 })({ ...START, cursorFrom: 'unasked' });
    expect(answered.filters.cursor).toEqual({ season: 1, episode: 6 });
    expect(answered.cursorFrom).toBe('url');
  });
  it('toggles a legend key off and on again', () => {
    const off = toggleLegendKey('node:actor')(START);
    expect(off.filters.hidden).toEqual(['node:actor']);
    expect(toggleLegendKey('node:actor')(off).filters.hidden).toEqual([]);
  });
});

describe('focus and Escape', () => {
  const selected = selectNode(graph, 'ana')(START);
  it('focuses on the selected node at a depth, and only when one is selected', () => {
    expect(setFocus('ana', 2)(selected).filters.focus).toEqual({ id: 'ana', depth: 2 });
    expect(setFocus(null, 2)(START).filters.focus).toBeNull();
    expect(setFocus('ana', null)(setFocus('ana', 2)(selected)).filters.focus).toBeNull();
  });
  it('Escape leaves focus mode first and keeps the selection, then drops the selection', () => {
    const focused = setFocus('ana', 1)(selected);
    const once = escape(graph)(focused);
    expect(once.filters.focus).toBeNull();
    expect(once.selected).toBe('ana');
    expect(escape(graph)(once).selected).toBeNull();
    expect(leaveFocus(focused)).toEqual(once);
  });
});

describe('panels and settings', () => {
  it('changes one end of the path and keeps the other', () => {
    const from = setPath({ from: 'ana' })(START);
    expect(setPath({ to: 'ben' })(from).path).toEqual({ from: 'ana', to: 'ben', kinds: START.path.kinds });
  });
  it('sets the season comparison highlight, the group boxes and the settings', () => {
    expect(setDiffHighlight(true)(START).diff).toBe(true);
    expect(setGroups(true)(START).groups).toBe(true);
    const korean = setSettings({ lang: 'ko', names: 'hangul' })(START);
    expect([korean.lang, korean.names, korean.theme]).toEqual(['ko', 'hangul', 'system']);
  });
});
