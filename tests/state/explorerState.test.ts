import { describe, expect, it } from 'vitest';

import {
  DEFAULT_STATE,
  type ExplorerState,
  parseExplorerState,
  serializeExplorerState,
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
  path: { from: 'cy', to: 'ben', kinds: ['relationship', 'plays'] },
  diff: true,
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
