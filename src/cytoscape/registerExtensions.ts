import cytoscape from 'cytoscape';

let fcose: Promise<void> | null = null;

/**
 * Loads and registers the fcose layout on first need (a graph without positions, or Re-layout), on
 * the same cytoscape copy react-cytoscapejs uses (it is a peer dep). The shipped chart has designed
 * positions, so the page does not download or compile the layout code before drawing it.
 */
export function ensureFcose(): Promise<void> {
  fcose ??= import('cytoscape-fcose').then((module) => {
    cytoscape.use(module.default);
  });
  return fcose;
}
