import { describe, expect, it } from 'vitest';

import {
  DEFAULT_STATE,
  type ExplorerState,
  mergeQuery,
  parseExplorerState,
  serializeExplorerState,
  withoutSpoilers,
} from '../../src/state/explorerState';
import { smallGraph as graph } from '../domain/fixture';

const FULL: ExplorerState = {
  filters: {
    season: 's1',
    cursor: { season: 1, episode: 4 },
    hidden: ['node:actor', 'type:relationship/friendship'],
    focus: { id: 'ana', depth: 2 },
  },
  selected: 'ben',
  view: 'table',
  theme: 'dark',
  lang: 'ko',
  names: 'hangul',
  path: { from: 'ana', to: 'ben', kinds: ['relationship', 'plays'] },
  diff: true,
  cursorFrom: 'url',
};

describe('explorer URL state', () => {
  it('round-trips every field', () => {
    const { state, ignored } = parseExplorerState(serializeExplorerState(FULL), graph);
    expect(state).toEqual(FULL);
    expect(ignored).toEqual([]);
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeExplorerState(DEFAULT_STATE)).toBe('');
  });

  it('falls back to defaults for junk and unknown ids, and names what it ignored', () => {
    const { state, ignored } = parseExplorerState(
      '?season=s9&upto=s1e99&hide=node:dragon&sel=<img>&focus=nobody&depth=7&view=3d&theme=pink&lang=fr&via=teleport',
      graph,
      'all',
    );
    expect(state).toEqual(DEFAULT_STATE);
    expect(ignored.sort()).toEqual(
      ['depth', 'focus', 'hide', 'lang', 'season', 'sel', 'theme', 'upto', 'via', 'view'].sort(),
    );
  });

  it('never throws on random query strings', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789=&?%,:/<>"\'-_.~ 가나다\u202e';
    for (let i = 0; i < 300; i += 1) {
      const length = Math.floor(random() * 80);
      const query = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(() => parseExplorerState(query, graph)).not.toThrow();
    }
  });
});

describe('where the viewer is in the show', () => {
  it('asks on a first visit, showing only the first episode meanwhile, and writes nothing to the URL', () => {
    const { state, ignored } = parseExplorerState('?sel=ana', graph, null);
    expect(state.filters.cursor).toEqual({ season: 1, episode: 1 });
    expect(state.cursorFrom).toBe('unasked');
    expect(ignored).toEqual([]);
    expect(serializeExplorerState(state)).toBe('?sel=ana');
  });
  it('uses the remembered answer, without writing it into a link', () => {
    const { state } = parseExplorerState('?sel=ana', graph, 's1e3');
    expect(state.filters.cursor).toEqual({ season: 1, episode: 3 });
    expect(state.cursorFrom).toBe('stored');
    expect(serializeExplorerState(state)).toBe('?sel=ana');
    expect(parseExplorerState('', graph, 'none').state.filters.cursor).toEqual({ season: 1, episode: 0 });
    expect(parseExplorerState('', graph, 'all').state.filters.cursor).toBeNull();
  });
  it('lets the URL win over the remembered answer, and ignores a remembered answer the data lacks', () => {
    const { state } = parseExplorerState('?upto=s1e5', graph, 's1e3');
    expect(state.filters.cursor).toEqual({ season: 1, episode: 5 });
    expect(state.cursorFrom).toBe('url');
    expect(parseExplorerState('?upto=all', graph, 's1e3').state.filters.cursor).toBeNull();
    expect(serializeExplorerState(parseExplorerState('?upto=none', graph, 'all').state)).toBe('?upto=none');
    expect(parseExplorerState('', graph, 's9e9').state.cursorFrom).toBe('unasked');
  });
});

describe('state under the spoiler cursor', () => {
  const early = { season: 1, episode: 4 };
  it('drops a selection, focus, path end and season that the cursor hides', () => {
    const spoiled: ExplorerState = {
      ...DEFAULT_STATE,
      cursorFrom: 'url',
      filters: { ...DEFAULT_STATE.filters, season: 's2', cursor: early, focus: { id: 'cy', depth: 2 } },
      selected: 'cy',
      path: { ...DEFAULT_STATE.path, from: 'cy', to: 'ana' },
    };
    const safe = withoutSpoilers(spoiled, graph);
    expect(safe.selected).toBeNull();
    expect(safe.filters.focus).toBeNull();
    expect(safe.filters.season).toBeNull();
    expect(safe.path).toMatchObject({ from: null, to: 'ana' });
    expect(serializeExplorerState(safe)).toBe('?upto=s1e4&to=ana');
  });
  it('keeps what the cursor allows, as the same object', () => {
    const fine = { ...FULL, path: { ...FULL.path, from: 'ana' } };
    expect(withoutSpoilers(fine, graph)).toBe(fine);
    const everything = { ...DEFAULT_STATE, selected: 'cy' };
    expect(withoutSpoilers(everything, graph)).toBe(everything);
  });
  it('drops them from an opening link too', () => {
    const { state } = parseExplorerState('?upto=s1e4&sel=cy&focus=cy&from=cy&to=ana&season=s2', graph);
    expect(serializeExplorerState(state)).toBe('?upto=s1e4&to=ana');
  });
  it('writes its parameters without touching anyone else’s', () => {
    const state = withoutSpoilers(
      { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, cursor: early }, selected: 'cy', cursorFrom: 'url' },
      graph,
    );
    expect(mergeQuery('?data=https%3A%2F%2Fx.org%2Fg.json&sel=cy&upto=s2', state)).toBe(
      '?data=https%3A%2F%2Fx.org%2Fg.json&upto=s1e4',
    );
    expect(mergeQuery('?sel=cy', DEFAULT_STATE)).toBe('');
  });
});
