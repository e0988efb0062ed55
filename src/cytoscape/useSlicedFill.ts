import type { Core, ElementDefinition } from 'cytoscape';
import { type RefObject, useEffect, useRef, useState } from 'react';

import type { Visibility } from '../domain/filters';
import { addInSlices } from './addInSlices';
import { fromCyId } from './cyId';
import { MARKS } from './runLayout';

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

/**
 * Whether the canvas holds its elements. A small graph's go in when the canvas is built; a large graph's
 * (`sliced`) are added after mount in slices (addInSlices.ts), and until the last one is in nothing that
 * reads the elements (classes, first view, the ready marks) may run. The "drawn" mark waits here for the
 * first frame with every element: the canvas's first, or the one the last slice asks for (watched
 * for before that frame can happen).
 */
export function useSlicedFill(
  cyRef: RefObject<Core | null>,
  elements: ElementDefinition[],
  sliced: boolean,
  visibility: Visibility,
): boolean {
  const [filledWith, setFilledWith] = useState<ElementDefinition[] | null>(null);
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
      void addInSlices(
        cy,
        elements.map((element) => atFirst(element, visibilityRef.current)),
        controller.signal,
      ).then((complete) => {
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
