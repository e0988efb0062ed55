import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';

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
  const boxes = cy.nodes('.is-group');
  cy.nodes()
    .not(boxes)
    .forEach((node) => sort(node, visibility.nodes.has(fromCyId(node.id()))));
  cy.edges().forEach((edge) => sort(edge, visibility.links.has(fromCyId(edge.id()))));
  // A group box shows while any of its members does; an empty box would be a stray frame.
  boxes.forEach((box) =>
    sort(
      box,
      box.children().some((child) => visibility.nodes.has(fromCyId((child as NodeSingular).id()))),
    ),
  );
  cy.batch(() => {
    toHide.addClass('is-hidden');
    toShow.removeClass('is-hidden');
  });
}

/** Group boxes drawn as titled frames, or kept (they hold their members) but drawn as nothing. */
export function applyGroups(cy: Core, on: boolean): void {
  cy.nodes('.is-group').toggleClass('is-ungrouped', !on);
}

/**
 * Marks the selected node and its links, and dims everything outside its neighbourhood (dimmed, not
 * hidden: the chart keeps its shape); `null` clears the selection.
 */
export function applySelection(cy: Core, selectedId: string | null): void {
  cy.batch(() => {
    cy.elements('.is-selected, .is-dimmed').removeClass('is-selected is-dimmed');
    cy.edges('.is-neighbor').removeClass('is-neighbor');
    if (selectedId === null) return;
    const node = elementOf(cy, selectedId);
    if (node.empty()) return;
    node.addClass('is-selected');
    node.connectedEdges().addClass('is-neighbor');
    dimAllBut(cy, node.closedNeighborhood());
  });
}

/** Dims every element outside `kept`, except the group boxes that hold part of it. */
export function dimAllBut(cy: Core, kept: Collection): void {
  const boxes = kept.nodes().parents();
  cy.elements().not(kept).not(boxes).addClass('is-dimmed');
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
    cy.elements('.is-path-dimmed').removeClass('is-path-dimmed');
    path?.nodes.forEach((id) => elementOf(cy, id).addClass('is-path'));
    path?.links.forEach((id) => elementOf(cy, id).addClass('is-path'));
    // A path gets the selection's treatment: it stays bright, the rest of the chart steps back.
    if (path) {
      const kept = cy.elements('.is-path');
      cy.elements().not(kept).not(kept.nodes().parents()).addClass('is-path-dimmed');
    }
    diff?.forEach((change, id) => elementOf(cy, id).addClass(`is-diff-${change}`));
  });
}
