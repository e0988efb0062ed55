/**
 * Above this many nodes, or this many links, the force layout runs in a Web Worker and the graph is
 * drawn lighter: fcose on the main thread grows with links as well as nodes (a link-heavy graph of a
 * few hundred nodes froze the page for seconds).
 */
export const LARGE_GRAPH_NODES = 400;
export const LARGE_GRAPH_LINKS = 1_200;

/** The most an opened graph may hold: more cannot be drawn usefully, and would freeze the page drawing it. */
export const MAX_GRAPH_NODES = 25_000;
export const MAX_GRAPH_LINKS = 75_000;

export const isLargeGraph = (nodes: number, links: number): boolean =>
  nodes > LARGE_GRAPH_NODES || links > LARGE_GRAPH_LINKS;
