import { useCallback, useEffect, useRef, useState } from 'react';

import type { StoryGraph } from '../domain/parseGraph';
import { type ExplorerState, mergeQuery, parseExplorerState, withoutSpoilers } from './explorerState';
import { readRememberedCursor } from './rememberedCursor';

export type UpdateState = (change: (state: ExplorerState) => ExplorerState, history?: 'push' | 'replace') => void;

/**
 * The explorer state, kept in the URL: a change of selection pushes a history entry (so Back and
 * Forward step through selections); everything else replaces the current one. `ignored` lists the
 * parameters of the opening URL that were invalid and reset to defaults.
 */
export function useExplorerState(graph: StoryGraph): { state: ExplorerState; ignored: string[]; update: UpdateState } {
  const [parsed, setParsed] = useState(() => parseExplorerState(window.location.search, graph, readRememberedCursor()));
  const stateRef = useRef(parsed.state);

  useEffect(
    function followBackAndForward() {
      const onPop = () => {
        const next = parseExplorerState(window.location.search, graph, readRememberedCursor());
        stateRef.current = next.state;
        setParsed(next);
      };
      window.addEventListener('popstate', onPop);
      return () => window.removeEventListener('popstate', onPop);
    },
    [graph],
  );

  useEffect(function dropSpoilersFromOpeningUrl() {
    const query = mergeQuery(window.location.search, stateRef.current);
    if (query !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${query}${window.location.hash}`);
    }
  }, []);

  const update = useCallback<UpdateState>(
    (change, mode = 'replace') => {
      const next = withoutSpoilers(change(stateRef.current), graph);
      if (next === stateRef.current) return;
      stateRef.current = next;
      const url = `${window.location.pathname}${mergeQuery(window.location.search, next)}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      setParsed((prev) => ({ state: next, ignored: prev.ignored }));
    },
    [graph],
  );

  return { state: parsed.state, ignored: parsed.ignored, update };
}
