import type { FcoseLayoutOptions } from 'cytoscape-fcose';

/**
 * fcose with label-aware node sizes so names do not overlap. A module constant with primitives only:
 * react-cytoscapejs re-runs the layout whenever this object shallow-differs from the last render.
 */
export const LAYOUT_OPTIONS: FcoseLayoutOptions = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  nodeDimensionsIncludeLabels: true,
  packComponents: true,
  idealEdgeLength: 90,
  nodeRepulsion: 9000,
  nodeSeparation: 90,
  padding: 30,
};
