import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';

import type { ChangeKind } from '../domain/diff';
import type { Visibility } from '../domain/filters';
import { elementOf, fromCyId } from './cyId';

/**
 * Shows the filtered graph by toggling classes in one batch: the element set and every position stay
 * as they are, so filtering never moves a node and never re-runs the layout.
 */
export function applyVisibility(cy: Core, visibility: Visibility): void {
  // Only elements whose state changes are touched, in two bulk calls: per-element toggles cost an
  // event and a style pass each, which adds up to hundreds of milliseconds at a few thousand elements.
  const toHide = cy.collection();
  const toShow = cy.collection();
  const sort = (ele: NodeSingular | EdgeSingular, shown: boolean) => {
    const hidden = ele.hasClass('is-hidden');
    if (shown && hidden) toShow.merge(ele);
    else if (!shown && !hidden) toHide.merge(ele);
  };
  cy.nodes().forEach((node) => sort(node, visibility.nodes.has(fromCyId(node.id()))));
  cy.edges().forEach((edge) => sort(edge, visibility.links.has(fromCyId(edge.id()))));
  cy.batch(() => {
    toHide.addClass('is-hidden');
    toShow.removeClass('is-hidden');
  });
}

/** Marks the selected node and its links; `null` clears the selection. */
export function applySelection(cy: Core, selectedId: string | null): void {
  cy.batch(() => {
    cy.elements('.is-selected').removeClass('is-selected');
    cy.edges('.is-neighbor').removeClass('is-neighbor');
    if (selectedId === null) return;
    const node = elementOf(cy, selectedId);
    node.addClass('is-selected');
    node.connectedEdges().addClass('is-neighbor');
  });
}

export interface Highlights {
  path: { nodes: readonly string[]; links: readonly string[] } | null;
  diff: ReadonlyMap<string, ChangeKind> | null;
}

/** Marks the chosen path and the season-diff changes; classes only, so nothing moves. */
export function applyHighlights(cy: Core, { path, diff }: Highlights): void {
  cy.batch(() => {
    cy.elements('.is-path, .is-diff-new, .is-diff-ended, .is-diff-changed').removeClass(
      'is-path is-diff-new is-diff-ended is-diff-changed',
    );
    path?.nodes.forEach((id) => elementOf(cy, id).addClass('is-path'));
    path?.links.forEach((id) => elementOf(cy, id).addClass('is-path'));
    diff?.forEach((change, id) => elementOf(cy, id).addClass(`is-diff-${change}`));
  });
}
