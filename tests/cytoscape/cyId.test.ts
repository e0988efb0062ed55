import { readFileSync } from 'node:fs';

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it, vi } from 'vitest';

import { applySelection, applyVisibility } from '../../src/cytoscape/applyClasses';
import { bindEvents } from '../../src/cytoscape/bindEvents';
import { fromCyId, toCyId } from '../../src/cytoscape/cyId';
import { LAYOUT_OPTIONS } from '../../src/cytoscape/layoutOptions';
import { toElements } from '../../src/cytoscape/toElements';
import { applyFilters, DEFAULT_FILTERS, LAYERS } from '../../src/domain/filters';
import { parseGraph } from '../../src/domain/parseGraph';

cytoscape.use(fcose);
const graph = parseGraph(
  JSON.parse(readFileSync(new URL('../fixtures/real/proto-ids-own.json', import.meta.url), 'utf8')),
);

describe('ids named after Object.prototype members on the canvas', () => {
  it('maps every id one-to-one and back, leaving ordinary ids as they are', () => {
    const ids = ['__proto__', 'constructor', 'toString', 'ana', '\u2063toString', '\u2063'];
    expect(new Set(ids.map(toCyId)).size).toBe(ids.length);
    expect(ids.map((id) => fromCyId(toCyId(id)))).toEqual(ids);
    expect(toCyId('ana')).toBe('ana');
  });

  it('adds every node and link, runs fcose, and answers selection and taps in graph ids', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph) });
    expect([cy.nodes('[kind != "group"]').length, cy.edges().length]).toEqual([5, 2]);
    expect(() => cy.layout(LAYOUT_OPTIONS).run()).not.toThrow();
    applyVisibility(cy, applyFilters(graph, { ...DEFAULT_FILTERS, layers: LAYERS }));
    expect(cy.nodes('.is-hidden').length).toBe(0);
    applySelection(cy, 'constructor');
    expect(cy.nodes('.is-selected').map((n) => fromCyId(n.id()))).toEqual(['constructor']);
    const onSelect = vi.fn();
    bindEvents(cy, { current: { onSelect } });
    cy.getElementById(toCyId('__proto__')).emit('tap');
    expect(onSelect).toHaveBeenCalledWith('__proto__');
    cy.destroy();
  });
});
