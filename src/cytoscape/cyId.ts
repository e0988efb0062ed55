import type { Core } from 'cytoscape';

/**
 * Ids are data, but react-cytoscapejs diffs elements and fcose indexes nodes through plain objects,
 * where an id such as `toString`, `constructor` or `__proto__` is "already there" and breaks both.
 * So such ids reach Cytoscape behind a marker, and come back without it. Ids that already start with
 * the marker get one more, which keeps the mapping one-to-one; every other id is given unchanged.
 */
const MARK = '\u2063';

export const toCyId = (id: string): string => (id in Object.prototype || id.startsWith(MARK) ? MARK + id : id);

export const fromCyId = (cyId: string): string => (cyId.startsWith(MARK) ? cyId.slice(1) : cyId);

/** The Cytoscape element of a graph id. */
export const elementOf = (cy: Core, id: string) => cy.getElementById(toCyId(id));
