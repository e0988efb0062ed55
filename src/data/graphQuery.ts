import { queryOptions } from '@tanstack/react-query';

import { parseGraph } from '../domain/parseGraph';

/** The one place that knows where the bundled graph is served from (`data/` is Vite's public dir). */
export const GRAPH_URL = `${import.meta.env.BASE_URL}graph.json`;

/** Loads and validates a graph; an HTTP error or invalid data becomes the query's error. */
export const graphQueryOptions = (url: string = GRAPH_URL) =>
  queryOptions({
    queryKey: ['graph', url],
    queryFn: async ({ signal }) => {
      const res = await fetch(url, { signal });
      if (!res.ok) throw new Error(`Could not load ${url}: HTTP ${res.status} ${res.statusText}`.trim());
      let raw: unknown;
      try {
        raw = await res.json();
      } catch {
        throw new Error(`${url} is not valid JSON`);
      }
      return parseGraph(raw);
    },
    staleTime: Infinity,
    retry: false,
  });
