import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { leadCharacter, linkBetween } from '../../src/domain/keyboardTravel';
import { parseGraph } from '../../src/domain/parseGraph';

const graph = parseGraph(JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')));
const lead = (season: string | null) => {
  const v = applyFilters(graph, { ...DEFAULT_FILTERS, season });
  return leadCharacter(graph, v.nodes, v.links);
};

describe('keyboard travel on the shipped graph', () => {
  it('starts at the character linked to the most others: Yoon Gwi-nam', () => {
    expect(lead(null)).toBe('gwi-nam');
    expect(lead('s1')).toBe('gwi-nam');
  });

  it('starts nowhere on an empty view, and at a visible character when the lead is hidden', () => {
    expect(leadCharacter(graph, new Set(), new Set())).toBeNull();
    const v = applyFilters(graph, DEFAULT_FILTERS);
    const without = new Set([...v.nodes].filter((id) => id !== 'gwi-nam'));
    const next = leadCharacter(graph, without, v.links);
    expect(next).not.toBe('gwi-nam');
    expect(graph.nodeById.get(next!)?.kind).toBe('character');
  });

  it('tells a move by a story link before a casting link, and by nothing when no link is visible', () => {
    const v = applyFilters(graph, DEFAULT_FILTERS);
    expect(linkBetween(graph, 'on-jo', 'cheong-san', v.links)?.kind).toBe('relationship');
    expect(linkBetween(graph, 'cheong-san', 'on-jo', new Set())).toBeUndefined();
  });
});
