import { useCallback, useEffect, useState } from 'react';

import { LARGE_GRAPH_NODES } from '../domain/graphSize';
import type { StoryGraph } from '../domain/parseGraph';
import type { GraphNode } from '../domain/schema';
import type { SearchIndex } from '../domain/search';

/**
 * Name search whose index (and the MiniSearch library) loads after the page, not with it: about 8 kB
 * of gzip out of the initial download. A large graph's index waits for the first query, keeping
 * 20,000 names out of the load's long tasks. Until it is ready a query finds nothing; the component
 * re-renders with results once it is.
 */
export function useSearchIndex(graph: StoryGraph): SearchIndex['search'] {
  const [ready, setReady] = useState<{ graph: StoryGraph; index: SearchIndex } | null>(null);
  // A small graph's index loads straight after mount, so the first keystroke finds it ready.
  const [wanted, setWanted] = useState(graph.nodes.length <= LARGE_GRAPH_NODES);

  useEffect(
    function loadIndexWhenWanted() {
      if (!wanted) return;
      let live = true;
      void import('../domain/search').then(({ buildSearchIndex }) => {
        if (live) setReady({ graph, index: buildSearchIndex(graph) });
      });
      return () => {
        live = false;
      };
    },
    [graph, wanted],
  );

  return useCallback(
    (query: string, visible: ReadonlySet<string>, limit?: number): GraphNode[] => {
      if (query.trim() === '') return [];
      if (ready?.graph !== graph) {
        // Asking is what loads the index; the state change is picked up after this render.
        queueMicrotask(() => setWanted(true));
        return [];
      }
      return ready.index.search(query, visible, limit);
    },
    [graph, ready],
  );
}
