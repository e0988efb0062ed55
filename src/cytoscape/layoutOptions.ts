import type { FcoseLayoutOptions } from 'cytoscape-fcose';

/**
 * fcose with label-aware node sizes so names do not overlap. It must stay a module constant:
 * react-cytoscapejs re-runs the layout whenever the layout prop shallow-differs from the last render,
 * and a function created during render would differ every time.
 */
const IDEAL_LENGTH: Record<string, number> = { plays: 40, 'tied-to': 110, 'appears-in': 220 };

export const LAYOUT_OPTIONS: FcoseLayoutOptions = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  nodeDimensionsIncludeLabels: true,
  packComponents: true,
  // Hub links (everyone appears in a season) would pull the whole cast into one knot, so they are long
  // and loose; an actor sits close to the character they play.
  idealEdgeLength: (edge: { data: (key: string) => unknown }) => IDEAL_LENGTH[String(edge.data('kind'))] ?? 90,
  edgeElasticity: (edge: { data: (key: string) => unknown }) => (edge.data('kind') === 'appears-in' ? 0.05 : 0.45),
  nodeRepulsion: 12000,
  nodeSeparation: 90,
  padding: 30,
};
