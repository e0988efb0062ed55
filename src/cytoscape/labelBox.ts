import type { BoundingBox12, BoundingBoxWH, EdgeSingular, NodeSingular } from 'cytoscape';

/**
 * The box of an element's drawn label alone. Cytoscape's default box also takes in the body of a node
 * through its (invisible) overlay, so two names that do not touch would seem to collide with each
 * other's node.
 */
export const labelBox = (ele: NodeSingular | EdgeSingular): BoundingBox12 & BoundingBoxWH =>
  ele.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
    includeUnderlays: false,
  });
