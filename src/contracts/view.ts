/** How the explorer shows the graph: the drawn chart or the sortable table. Shared by the URL state and the settings. */
export const VIEWS = ['graph', 'table'] as const;
export type ExplorerView = (typeof VIEWS)[number];
