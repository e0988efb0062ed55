import type { Core } from 'cytoscape';

import type { Visibility } from '../domain/filters';

/**
 * Shows the filtered graph by toggling classes in one batch: the element set and every position stay
 * as they are, so filtering never moves a node and never re-runs the layout.
 */
export function applyVisibility(cy: Core, visibility: Visibility): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('is-hidden', !visibility.nodes.has(node.id()));
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('is-hidden', !visibility.links.has(edge.id()));
    });
  });
}

/** Marks the selected node and its links; `null` clears the selection. */
export function applySelection(cy: Core, selectedId: string | null): void {
  cy.batch(() => {
    cy.elements('.is-selected').removeClass('is-selected');
    cy.edges('.is-neighbor').removeClass('is-neighbor');
    if (selectedId === null) return;
    const node = cy.getElementById(selectedId);
    node.addClass('is-selected');
    node.connectedEdges().addClass('is-neighbor');
  });
}

export interface Highlights {
  path: { nodes: readonly string[]; links: readonly string[] } | null;
  diff: ReadonlyMap<string, 'new' | 'ended' | 'changed'> | null;
}

/** Marks the chosen path and the season-diff changes; classes only, so nothing moves. */
export function applyHighlights(cy: Core, { path, diff }: Highlights): void {
  cy.batch(() => {
    cy.elements('.is-path, .is-diff-new, .is-diff-ended, .is-diff-changed').removeClass(
      'is-path is-diff-new is-diff-ended is-diff-changed',
    );
    path?.nodes.forEach((id) => cy.getElementById(id).addClass('is-path'));
    path?.links.forEach((id) => cy.getElementById(id).addClass('is-path'));
    diff?.forEach((change, id) => cy.getElementById(id).addClass(`is-diff-${change}`));
  });
}
