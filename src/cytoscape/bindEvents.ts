import type { Core, EventObject } from 'cytoscape';

import { fromCyId } from './cyId';
import { nodeNearTap } from './touchView';

export interface CanvasHandlers {
  onSelect: (id: string | null) => void;
}

/**
 * Taps go out as selections; hover highlighting stays inside Cytoscape (classes only), so moving the
 * mouse never re-renders React. Returns the function that removes every listener it added.
 */
export function bindEvents(cy: Core, handlers: { current: CanvasHandlers }): () => void {
  const onTapNode = (e: EventObject) => handlers.current.onSelect(fromCyId(e.target.id() as string));
  // A finger that lands just beside a node (on the background or a link) means the node; a mouse click
  // beside it means the background.
  const onTapBackground = (e: EventObject) => {
    const onEdge = e.target !== cy && e.target.isEdge();
    if (e.target !== cy && !onEdge) return;
    const near = isTouch(e) ? nodeNearTap(cy, e.renderedPosition) : null;
    if (near) handlers.current.onSelect(fromCyId(near.id()));
    else if (!onEdge) handlers.current.onSelect(null);
  };
  const onOver = (e: EventObject) => {
    const node = e.target;
    cy.batch(() => {
      const hood = node.closedNeighborhood();
      cy.elements().not(hood).addClass('is-faded');
      hood.edges().addClass('is-neighbor');
      node.addClass('is-hovered');
    });
  };
  const onOut = () => {
    cy.batch(() => {
      cy.elements().removeClass('is-faded is-hovered');
      cy.edges().removeClass('is-neighbor');
      const selected = cy.nodes('.is-selected');
      selected.connectedEdges().addClass('is-neighbor');
    });
  };
  cy.on('tap', 'node', onTapNode);
  cy.on('tap', onTapBackground);
  cy.on('mouseover', 'node', onOver);
  cy.on('mouseout', 'node', onOut);
  return () => {
    cy.off('tap', 'node', onTapNode);
    cy.off('tap', onTapBackground);
    cy.off('mouseover', 'node', onOver);
    cy.off('mouseout', 'node', onOut);
  };
}

const isTouch = (e: EventObject) => typeof TouchEvent !== 'undefined' && e.originalEvent instanceof TouchEvent;
