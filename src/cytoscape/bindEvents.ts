import type { Core, EventObject } from 'cytoscape';

import { declutterCaptions } from './captions';
import { fromCyId } from './cyId';
import { mark, marked, unmark } from './marks';
import { nodeNearTap } from './touchView';

export interface CanvasHandlers {
  onSelect: (id: string | null) => void;
}

const PERSON = 'node[kind != "group"]';
const BOX = 'node[kind = "group"]';

/**
 * Taps go out as selections; hover highlighting stays inside Cytoscape (classes only), so moving the
 * mouse never re-renders React. Returns the function that removes every listener it added.
 */
export function bindEvents(cy: Core, handlers: { current: CanvasHandlers }): () => void {
  const onTapNode = (e: EventObject) => handlers.current.onSelect(fromCyId(e.target.id() as string));
  // A finger that lands just beside a node (on the background, a link or a group box's empty space)
  // means the node; a mouse click beside it means the background. Group boxes are frames, not people:
  // a tap on one's empty space is a tap on the background.
  const onTapBackground = (e: EventObject) => {
    const onEdge = e.target !== cy && e.target.isEdge();
    const onBox = e.target !== cy && e.target.is(BOX);
    if (e.target !== cy && !onEdge && !onBox) return;
    const near = isTouch(e) ? nodeNearTap(cy, e.renderedPosition) : null;
    if (near) handlers.current.onSelect(fromCyId(near.id()));
    else if (!onEdge) handlers.current.onSelect(null);
  };
  const onOver = (e: EventObject) => {
    const node = e.target;
    cy.batch(() => {
      const hood = node.closedNeighborhood();
      cy.elements().not(hood).not(hood.nodes().parents()).addClass('is-faded');
      mark(cy, hood.edges(), 'is-neighbor');
      node.addClass('is-hovered');
    });
    // The preview's captions follow the same rule as a selection's: none overprints another.
    declutterCaptions(cy);
  };
  const onOut = () => {
    cy.batch(() => {
      cy.elements().removeClass('is-faded is-hovered');
      unmark(cy, 'is-neighbor');
      mark(cy, marked(cy, 'is-selected').nodes().connectedEdges(), 'is-neighbor');
    });
    declutterCaptions(cy);
  };
  cy.on('tap', PERSON, onTapNode);
  cy.on('tap', onTapBackground);
  cy.on('mouseover', PERSON, onOver);
  cy.on('mouseout', PERSON, onOut);
  return () => {
    cy.off('tap', PERSON, onTapNode);
    cy.off('tap', onTapBackground);
    cy.off('mouseover', PERSON, onOver);
    cy.off('mouseout', PERSON, onOut);
  };
}

const isTouch = (e: EventObject) => typeof TouchEvent !== 'undefined' && e.originalEvent instanceof TouchEvent;
