import type { Collection, Core, EdgeSingular, NodeSingular } from 'cytoscape';

import type { ChangeKind } from '../domain/diff';
import type { Visibility } from '../domain/filters';
import { elementOf, fromCyId } from './cyId';
import { mark, unmark } from './marks';

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
    unmark(cy, 'is-selected is-dimmed is-neighbor');
    if (selectedId === null) return;
    const node = elementOf(cy, selectedId);
    if (node.empty()) return;
    mark(cy, node, 'is-selected');
    mark(cy, node.connectedEdges(), 'is-neighbor');
    dimAllBut(cy, node.closedNeighborhood());
  });
}

/** Dims every element outside `kept`, except the group boxes that hold part of it. */
export function dimAllBut(cy: Core, kept: Collection): void {
  const boxes = kept.nodes().parents();
  mark(cy, cy.elements().not(kept).not(boxes), 'is-dimmed');
}

export interface Highlights {
  path: { nodes: readonly string[]; links: readonly string[] } | null;
  diff: ReadonlyMap<string, ChangeKind> | null;
}

/** Marks the chosen path and the season-diff changes; classes only, so nothing moves. */
export function applyHighlights(cy: Core, { path, diff }: Highlights): void {
  cy.batch(() => {
    unmark(cy, 'is-path is-path-dimmed is-diff-new is-diff-ended is-diff-changed');
    // A path gets the selection's treatment: it stays bright, the rest of the chart steps back.
    if (path) {
      const kept = cy.collection();
      for (const id of [...path.nodes, ...path.links]) kept.merge(elementOf(cy, id));
      mark(cy, kept, 'is-path');
      mark(cy, cy.elements().not(kept).not(kept.nodes().parents()), 'is-path-dimmed');
    }
    const changed = new Map<ChangeKind, Collection>();
    diff?.forEach((change, id) => {
      const eles = changed.get(change) ?? cy.collection();
      changed.set(change, eles.merge(elementOf(cy, id)));
    });
    changed.forEach((eles, change) => mark(cy, eles, `is-diff-${change}`));
  });
}
