import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';

import { applyHighlights, applySelection } from '../../src/cytoscape/applyClasses';
import { mark, marked, unmark } from '../../src/cytoscape/marks';

/** A chain a – b – c – d with links ab, bc, cd. */
function chain(): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add(['a', 'b', 'c', 'd'].map((id) => ({ data: { id } })));
  cy.add(['ab', 'bc', 'cd'].map((id) => ({ data: { id, source: id[0]!, target: id[1]! } })));
  return cy;
}

const withClass = (cy: Core, name: string) =>
  cy
    .elements(`.${name}`)
    .map((e) => e.id())
    .sort();

describe('marks put on the canvas and taken off again', () => {
  it('takes a class off every element that got it, without a selector search', () => {
    const cy = chain();
    mark(cy, cy.$('#a, #b'), 'is-path');
    mark(cy, cy.$('#cd'), 'is-path');
    const search = vi.spyOn(cy, 'elements');
    unmark(cy, 'is-path');
    expect(search).not.toHaveBeenCalled();
    expect(withClass(cy, 'is-path')).toEqual([]);
  });

  it('knows which elements carry a mark now, leaving out those that lost it or left the graph', () => {
    const cy = chain();
    mark(cy, cy.$('#a, #b, #c'), 'is-selected');
    cy.$id('b').removeClass('is-selected');
    cy.$id('c').remove();
    expect(
      marked(cy, 'is-selected')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a']);
  });

  it('moves the selection: the old one is undimmed, only the new neighbourhood stays bright', () => {
    const cy = chain();
    applySelection(cy, 'a');
    expect(withClass(cy, 'is-selected')).toEqual(['a']);
    expect(withClass(cy, 'is-neighbor')).toEqual(['ab']);
    expect(withClass(cy, 'is-dimmed')).toEqual(['bc', 'c', 'cd', 'd']);
    applySelection(cy, 'd');
    expect(withClass(cy, 'is-selected')).toEqual(['d']);
    expect(withClass(cy, 'is-neighbor')).toEqual(['cd']);
    expect(withClass(cy, 'is-dimmed')).toEqual(['a', 'ab', 'b', 'bc']);
    applySelection(cy, null);
    expect([...withClass(cy, 'is-selected'), ...withClass(cy, 'is-dimmed'), ...withClass(cy, 'is-neighbor')]).toEqual(
      [],
    );
  });

  it('replaces a path and a season diff with the next ones', () => {
    const cy = chain();
    applyHighlights(cy, {
      path: { nodes: ['a', 'b'], links: ['ab'] },
      diff: new Map([
        ['c', 'new'],
        ['cd', 'ended'],
      ]),
    });
    expect(withClass(cy, 'is-path')).toEqual(['a', 'ab', 'b']);
    expect(withClass(cy, 'is-path-dimmed')).toEqual(['bc', 'c', 'cd', 'd']);
    expect([withClass(cy, 'is-diff-new'), withClass(cy, 'is-diff-ended')]).toEqual([['c'], ['cd']]);
    applyHighlights(cy, { path: { nodes: ['c', 'd'], links: ['cd'] }, diff: null });
    expect(withClass(cy, 'is-path')).toEqual(['c', 'cd', 'd']);
    expect(withClass(cy, 'is-path-dimmed')).toEqual(['a', 'ab', 'b', 'bc']);
    expect([withClass(cy, 'is-diff-new'), withClass(cy, 'is-diff-ended')]).toEqual([[], []]);
  });
});
