import { readFileSync } from 'node:fs';

import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { applySelection, applyVisibility } from '../../src/cytoscape/applyClasses';
import { bindEvents } from '../../src/cytoscape/bindEvents';
import { toElements } from '../../src/cytoscape/toElements';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { parseGraph } from '../../src/domain/parseGraph';
import { WHOLE_GRAPH } from '../domain/fixture';

const graph = parseGraph(JSON.parse(readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8')));
let cy: cytoscape.Core;
const makeCy = () => {
  cy = cytoscape({ headless: true, elements: toElements(graph) });
  cy.layout({ name: 'grid' }).run();
  return cy;
};
afterEach(() => cy?.destroy());

describe('toElements', () => {
  it('gives every link an English and a Korean caption, the English one standing in where Korean is missing', () => {
    const file = JSON.parse(readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8')) as {
      links: { id: string }[];
    };
    const korean = parseGraph({
      ...file,
      links: file.links.map((l) => (l.id === 'l1' ? { ...l, labelKo: '단짝' } : l)),
    });
    const data = (id: string) =>
      toElements(korean).find((el) => el.data.id === id)!.data as { caption: string; captionKo: string };
    expect(data('l1')).toMatchObject({ caption: 'best friends', captionKo: '단짝' });
    expect(data('l2')).toMatchObject({ caption: 'dies for', captionKo: 'dies for' });
  });

  it('keeps domain ids and marks kinds and story links with classes', () => {
    const c = makeCy();
    expect(c.nodes('[kind != "group"]').length).toBe(graph.nodes.length);
    // One box per character group, holding its characters and the actors who play them.
    expect(c.nodes('.is-group').map((n) => n.id())).toEqual(['group:Class', 'group:University']);
    expect(
      c
        .getElementById('group:Class')
        .children()
        .map((n) => n.id()),
    ).toEqual(['ana', 'ben', 'actor-ana']);
    expect(c.edges().length).toBe(graph.links.length);
    expect(c.getElementById('ana').hasClass('kind-character')).toBe(true);
    expect(c.getElementById('l2').classes()).toEqual(
      expect.arrayContaining(['kind-loyalty', 'is-story', 'is-directed']),
    );
    expect(c.getElementById('l4').hasClass('is-structural')).toBe(true);
  });

  it('makes no group box, and puts nobody in one, when asked for none (large graphs)', () => {
    const elements = toElements(graph, false, false);
    expect(elements.filter((el) => el.data.kind === 'group')).toEqual([]);
    expect(elements.filter((el) => el.data.parent !== undefined)).toEqual([]);
    expect(elements.filter((el) => el.group === 'nodes').length).toBe(graph.nodes.length);
  });
});

describe('applyVisibility', () => {
  it('hides what the filter hides by class, without moving any node', () => {
    const c = makeCy();
    const before = c.nodes().map((n) => ({ ...n.position() }));
    applyVisibility(c, applyFilters(graph, { ...WHOLE_GRAPH, season: 's2' }));
    expect(c.getElementById('ben').hasClass('is-hidden')).toBe(true);
    expect(c.getElementById('cy').hasClass('is-hidden')).toBe(false);
    expect(c.getElementById('l1').hasClass('is-hidden')).toBe(true);
    expect(c.nodes().map((n) => ({ ...n.position() }))).toEqual(before);
    applyVisibility(c, applyFilters(graph, { ...WHOLE_GRAPH, season: null }));
    expect(c.elements('.is-hidden').length).toBe(0);
    // The story chart alone: a box whose members are all hidden is hidden too.
    applyVisibility(c, applyFilters(graph, { ...DEFAULT_FILTERS, season: 's1' }));
    expect(
      c
        .nodes()
        .not('.is-hidden')
        .map((n) => n.id())
        .sort(),
    ).toEqual(['ana', 'ben', 'group:Class']);
  });
});

describe('applySelection', () => {
  it('marks exactly one selected node and its links, and clears it again', () => {
    const c = makeCy();
    applySelection(c, 'ben');
    applySelection(c, 'ana');
    expect(c.nodes('.is-selected').map((n) => n.id())).toEqual(['ana']);
    expect(c.edges('.is-neighbor').length).toBe(c.getElementById('ana').connectedEdges().length);
    applySelection(c, null);
    expect(c.elements('.is-selected, .is-neighbor').length).toBe(0);
  });
});

describe('bindEvents', () => {
  it('sends node taps and background taps out as selections until unbound', () => {
    const c = makeCy();
    const onSelect = vi.fn();
    const unbind = bindEvents(c, { current: { onSelect } });
    c.getElementById('ana').emit('tap');
    c.emit('tap');
    expect(onSelect.mock.calls).toEqual([['ana'], [null]]);
    unbind();
    c.getElementById('ben').emit('tap');
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('hover fades everything outside the neighbourhood and mouseout restores it', () => {
    const c = makeCy();
    const unbind = bindEvents(c, { current: { onSelect: vi.fn() } });
    c.getElementById('cy').emit('mouseover');
    expect(c.getElementById('ben').hasClass('is-faded')).toBe(true);
    expect(c.getElementById('ana').hasClass('is-faded')).toBe(false);
    c.getElementById('cy').emit('mouseout');
    expect(c.elements('.is-faded').length).toBe(0);
    unbind();
  });
});
