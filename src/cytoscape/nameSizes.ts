import type { Core } from 'cytoscape';

/** Name font sizes at zoom 1 by prominence (chart.ts tiers): leads largest, so their names last longest. */
export const NAME_SIZES = { 1: 16, 2: 15, 3: 14.5 } as const;

/** No name is drawn smaller than this on screen: unreadable text is worse than none. */
export const MIN_NAME_PX = 10;

/**
 * Hides the names that would be drawn under MIN_NAME_PX at the current zoom. Cytoscape's own
 * `min-zoomed-font-size` rounds the zoom up to a power of two and so still draws 6–9 px text; this
 * uses the exact zoom, and since leads have the largest font they are the last to lose their names.
 */
export function hideSmallNames(cy: Core): void {
  const zoom = cy.zoom();
  cy.batch(() => {
    for (const tier of [1, 2, 3] as const) {
      cy.nodes(`.tier-${tier}`).toggleClass('is-nameless', NAME_SIZES[tier] * zoom < MIN_NAME_PX);
    }
  });
}
