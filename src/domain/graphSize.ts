/** Above this many nodes the force layout runs in a Web Worker, the graph is drawn lighter and the search index waits. */
export const LARGE_GRAPH_NODES = 400;
