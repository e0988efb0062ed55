import { useCallback, useEffect, useRef, useState } from 'react';

import type { StoryGraph } from '../domain/parseGraph';
import { type ExplorerState, parseExplorerState, serializeExplorerState } from './explorerState';

export type UpdateState = (change: (state: ExplorerState) => ExplorerState, history?: 'push' | 'replace') => void;

/**
 * The explorer state, kept in the URL: a change of selection pushes a history entry (so Back and
 * Forward step through selections); everything else replaces the current one. `ignored` lists the
 * parameters of the opening URL that were invalid and reset to defaults.
 */
export function useExplorerState(graph: StoryGraph): { state: ExplorerState; ignored: string[]; update: UpdateState } {
  const [parsed, setParsed] = useState(() => parseExplorerState(window.location.search, graph));
  const stateRef = useRef(parsed.state);

  useEffect(
    function followBackAndForward() {
      const onPop = () => {
        const next = parseExplorerState(window.location.search, graph);
        stateRef.current = next.state;
        setParsed(next);
      };
      window.addEventListener('popstate', onPop);
      return () => window.removeEventListener('popstate', onPop);
    },
    [graph],
  );

  const update = useCallback<UpdateState>((change, mode = 'replace') => {
    const next = change(stateRef.current);
    if (next === stateRef.current) return;
    stateRef.current = next;
    const url = `${window.location.pathname}${keepDataParam(serializeExplorerState(next))}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setParsed((prev) => ({ state: next, ignored: prev.ignored }));
  }, []);

  return { state: parsed.state, ignored: parsed.ignored, update };
}

/** `?data=` says which graph is open, so it stays in the URL whatever else changes. */
function keepDataParam(query: string): string {
  const data = new URLSearchParams(window.location.search).get('data');
  if (data === null) return query;
  const params = new URLSearchParams(query);
  const out = new URLSearchParams([['data', data], ...params.entries()]);
  return `?${out.toString()}`;
}
