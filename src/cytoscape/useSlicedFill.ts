import type { Core, ElementDefinition } from 'cytoscape';
import { type RefObject, useEffect, useState } from 'react';

import { addInSlices } from './addInSlices';
import { MARKS } from './runLayout';

/** Given to react-cytoscapejs instead of a large graph's elements, which go in by slices (one array, so its diff skips it). */
export const NO_ELEMENTS: ElementDefinition[] = [];

/**
 * A large graph opens far out, where names would be drawn under the smallest size: its names start
 * hidden, so the first zoom check (nameSizes.ts) restyles only the few it shows, not every node.
 */
const namelessAtFirst = (element: ElementDefinition): ElementDefinition =>
  /\btier-\d\b/.test(String(element.classes ?? ''))
    ? { ...element, classes: `${String(element.classes)} is-nameless` }
    : element;

/**
 * Whether the canvas holds its elements. A small graph's go in when the canvas is built; a large graph's
 * (`sliced`) are added after mount in slices (addInSlices.ts), and until the last one is in nothing that
 * reads the elements (classes, first view, the ready marks) may run. The "drawn" mark waits here for the
 * first frame with every element: the canvas's first, or the one the last slice asks for (watched
 * for before that frame can happen).
 */
export function useSlicedFill(cyRef: RefObject<Core | null>, elements: ElementDefinition[], sliced: boolean): boolean {
  const [filledWith, setFilledWith] = useState<ElementDefinition[] | null>(null);
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
      void addInSlices(cy, elements.map(namelessAtFirst), controller.signal).then((complete) => {
        if (!complete) return;
        markDrawn();
        setFilledWith(elements);
      });
      return () => {
        controller.abort();
        if (!cy.destroyed()) cy.elements().remove();
      };
    },
    [cyRef, elements, sliced],
  );
  return !sliced || filledWith === elements;
}
