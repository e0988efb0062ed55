import type { Core, EventObject } from 'cytoscape';

import { fromCyId } from './cyId';

export interface CanvasHandlers {
  onSelect: (id: string | null) => void;
}

/**
 * Taps go out as selections; hover highlighting stays inside Cytoscape (classes only), so moving the
 * mouse never re-renders React. Returns the function that removes every listener it added.
 */
export function bindEvents(cy: Core, handlers: { current: CanvasHandlers }): () => void {
  const onTapNode = (e: EventObject) => handlers.current.onSelect(fromCyId(e.target.id() as string));
  const onTapBackground = (e: EventObject) => {
    if (e.target === cy) handlers.current.onSelect(null);
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
