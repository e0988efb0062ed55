import { createContext, useContext } from 'react';

import type { StoryGraph } from './domain/parseGraph';
import type { useExplorer } from './useExplorer';

/** One loaded graph's explorer: the graph with its wiring (URL state, model, actions, keyboard, export). */
export type ExplorerWiring = ReturnType<typeof useExplorer> & { graph: StoryGraph };

/**
 * The explorer's wiring for the parts Explorer.tsx lays out (bar, notices, chart, side column), so each
 * reads what it needs instead of taking a dozen props from the layout.
 */
export const ExplorerContext = createContext<ExplorerWiring | null>(null);

export function useExplorerContext(): ExplorerWiring {
  const wiring = useContext(ExplorerContext);
  if (!wiring) throw new Error('useExplorerContext is used outside an <Explorer>');
  return wiring;
}
