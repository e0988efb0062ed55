import { describe, expect, it } from 'vitest';

import { LINK_KINDS } from '../../src/domain/schema';
import { connectPolicy } from '../../src/io/connectPolicy';
import {
  DEFAULT_STATE,
  LANGUAGES,
  NAME_SCRIPTS,
  parseExplorerState,
  serializeExplorerState,
  THEME_CHOICES,
  VIEWS,
} from '../../src/state/explorerState';
import { smallGraph as graph } from '../domain/fixture';
import { fuzzQueries, MALICIOUS_QUERIES } from './fuzzQueries';

const QUERIES = [...MALICIOUS_QUERIES, ...fuzzQueries(250, 11)];

describe('URL state under random and malicious query strings', () => {
  it(`fuzzes at least 200 query strings (${QUERIES.length})`, () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(200);
  });

  it.each(QUERIES.map((q) => [q.length > 60 ? `${q.slice(0, 60)}… (${q.length} chars)` : q, q]))(
    '%s',
    (_title, query) => {
      const { state, ignored } = parseExplorerState(query, graph);
      // Every value is a default or a valid one: ids exist, choices are from their lists.
      for (const id of [state.selected, state.filters.focus?.id, state.path.from, state.path.to]) {
        if (id != null) expect(graph.nodeById.has(id)).toBe(true);
      }
      if (state.filters.season !== null) expect(graph.seasons.map((s) => s.id)).toContain(state.filters.season);
      expect(VIEWS).toContain(state.view);
      expect(THEME_CHOICES).toContain(state.theme);
      expect(LANGUAGES).toContain(state.lang);
      expect(NAME_SCRIPTS).toContain(state.names);
      for (const kind of state.path.kinds) expect(LINK_KINDS).toContain(kind);
      // A value that was dropped is named, so the user can be told.
      const params = new URLSearchParams(query);
      if (params.get('view') !== null && !(VIEWS as readonly string[]).includes(params.get('view')!)) {
        expect(ignored).toContain('view');
      }
      // What is kept survives a round trip through the URL unchanged.
      const again = parseExplorerState(serializeExplorerState(state), graph);
      expect(again).toEqual({ state, ignored: [] });
      // The connection policy can only ever name one http(s) origin, whatever ?data= holds.
      expect(connectPolicy(query, 'http://127.0.0.1:4173/')).toMatch(
        /^connect-src 'self'( https?:\/\/[a-z0-9.\-[\]:]+)?$/,
      );
    },
  );

  it('falls back to the default state for a query of pure junk', () => {
    expect(parseExplorerState('?sel=__proto__&season=constructor&view=toString', graph, 'all').state).toEqual(
      DEFAULT_STATE,
    );
  });
});
