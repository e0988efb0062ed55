import type { Core } from 'cytoscape';

import { type Tier, TIERS } from '../domain/chart';

/** Name font sizes at zoom 1 by prominence (chart.ts tiers): leads largest, so their names last longest. */
export const NAME_SIZES: Readonly<Record<Tier, number>> = { 1: 16, 2: 15, 3: 14.5 };

/** No name is drawn smaller than this on screen: unreadable text is worse than none. */
export const MIN_NAME_PX = 10;

/**
 * Hides the names that would be drawn under MIN_NAME_PX when one model unit becomes `scale` pixels
 * (the zoom on screen, the file's own scale in an export). Leads have the largest font, so they are
 * the last to lose their names.
 */
export function hideNamesBelow(cy: Core, scale: number): void {
  cy.batch(() => {
    for (const tier of TIERS) {
      cy.nodes(`.tier-${tier}`).toggleClass('is-nameless', NAME_SIZES[tier] * scale < MIN_NAME_PX);
    }
  });
}

/**
 * The screen's rule, at the exact zoom: Cytoscape's own `min-zoomed-font-size` rounds the zoom up to
 * a power of two and so still draws 6–9 px text.
 */
export function hideSmallNames(cy: Core): void {
  hideNamesBelow(cy, cy.zoom());
}
