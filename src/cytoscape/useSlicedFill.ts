import type { Core, ElementDefinition } from 'cytoscape';
import { type RefObject, useEffect, useRef, useState } from 'react';

import type { Visibility } from '../domain/filters';
import { addInSlices } from './addInSlices';
import { fromCyId } from './cyId';
import { MARKS } from './runLayout';
import type { Point } from './spread';
import type { StartPlacement } from './useGraphElements';

/** Given to react-cytoscapejs instead of a large graph's elements, which go in by slices (one array, so its diff skips it). */
export const NO_ELEMENTS: ElementDefinition[] = [];

/**
 * How a large graph's element goes in: its name hidden (it opens far out, where names would be drawn
 * under the smallest size, so the first zoom check restyles only the few it shows), and hidden already
 * if the filters hide it, so no class change restyles thousands of elements after the first frame
 * (20,000 structural links of a generated 20k graph: a 6.5 s task). What changed meanwhile, the
 * filter effect puts right: it compares each element's class with the filters.
 */
export function atFirst(element: ElementDefinition, visibility: Visibility): ElementDefinition {
  let classes = String(element.classes ?? '');
  if (/\btier-\d\b/.test(classes)) classes += ' is-nameless';
  const id = fromCyId(String(element.data.id));
  const shown =
    element.group === 'edges' ? visibility.links.has(id) : element.data.kind === 'group' || visibility.nodes.has(id);
  if (!shown) classes += ' is-hidden';
  return classes === element.classes ? element : { ...element, classes };
}

/** Moves every node that has a place to it (compound boxes follow their members). */
export function placeNodes(cy: Core, at: Record<string, Point>): void {
  cy.nodes(':childless')
    .filter((node) => at[fromCyId(node.id())] !== undefined)
    .positions((node) => at[fromCyId(node.id())]!);
}

/** Settles with the positions, or with `null` as soon as `signal` aborts (a worker stopped never answers). */
function unlessAborted<T>(positions: Promise<T | null>, signal: AbortSignal): Promise<T | null> {
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(null), { once: true });
    positions.then(resolve, () => resolve(null));
  });
}

/** Where a canvas is in taking its elements: going in, waiting for the layout's positions, or all in place. */
export type FillPhase = 'adding' | 'placing' | 'filled';

/**
 * Whether the canvas holds its elements. A small graph's go in when the canvas is built; a large graph's
 * (`sliced`) are added after mount in slices (addInSlices.ts), and until the last one is in nothing that
 * reads the elements (classes, first view, the ready marks) may run. The "drawn" mark waits here for the
 * first frame with every element: the canvas's first, or the one the last slice asks for (watched
 * for before that frame can happen). With a `placement` (a worker layout run meanwhile), the nodes move to
 * its positions after the last slice, before that first frame.
 */
export function useSlicedFill(
  cyRef: RefObject<Core | null>,
  elements: ElementDefinition[],
  sliced: boolean,
  visibility: Visibility,
  placement: StartPlacement | null,
): FillPhase {
  const [filledWith, setFilledWith] = useState<ElementDefinition[] | null>(null);
  const [placingFor, setPlacingFor] = useState<ElementDefinition[] | null>(null);
  // Read when the slices start, not a reason to start them again.
  const visibilityRef = useRef(visibility);
  useEffect(() => {
    visibilityRef.current = visibility;
  });
  useEffect(
    function fillAndWatchFirstFrame() {
      const cy = cyRef.current;
      if (!cy) return;
      const markDrawn = () => cy.one('render', () => performance.mark(MARKS.drawn));
      // Built with its elements, the canvas draws them in its first frame.
      if (!sliced) {
        markDrawn();
        return;
      }
      const controller = new AbortController();
      // The layout runs in its worker while the elements go in on the page.
      const layout = placement?.();
      const place =
        layout &&
        (async () => {
          setPlacingFor(elements);
          const at = await unlessAborted(layout.positions, controller.signal);
          if (at && !cy.destroyed()) placeNodes(cy, at);
        });
      void addInSlices(
        cy,
        elements.map((element) => atFirst(element, visibilityRef.current)),
        controller.signal,
        place ?? undefined,
      ).then((complete) => {
        if (!complete) return;
        markDrawn();
        setFilledWith(elements);
      });
      return () => {
        controller.abort();
        layout?.cancel();
        if (!cy.destroyed()) cy.elements().remove();
      };
    },
    [cyRef, elements, sliced, placement],
  );
  if (!sliced || filledWith === elements) return 'filled';
  return placingFor === elements ? 'placing' : 'adding';
}
