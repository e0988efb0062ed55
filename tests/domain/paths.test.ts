import { describe, expect, it } from 'vitest';

import { applyFilters } from '../../src/domain/filters';
import type { StoryGraph } from '../../src/domain/parseGraph';
import { findPaths } from '../../src/domain/paths';
import { smallGraph, WHOLE_GRAPH } from './fixture';

const ALL_KINDS = new Set(['relationship', 'trauma', 'loyalty', 'plays', 'appears-in', 'tied-to']);
const STORY = new Set(['relationship', 'trauma', 'loyalty']);
const visible = (graph: StoryGraph, season: string | null = null) =>
  applyFilters(graph, { ...WHOLE_GRAPH, season }).links;

describe('findPaths', () => {
  it('finds the shortest chain first, then alternatives through other people', () => {
    const paths = findPaths(smallGraph, visible(smallGraph), ALL_KINDS, 'cy', 'ben');
    expect(paths[0]?.nodes).toEqual(['cy', 'ana', 'ben']);
    expect(paths.length).toBeGreaterThan(1);
    expect(new Set(paths.map((p) => p.nodes.join('>'))).size).toBe(paths.length);
    for (const p of paths) expect(p.links.length).toBe(p.nodes.length - 1);
    expect(paths.map((p) => p.links.length)).toEqual([...paths.map((p) => p.links.length)].sort((a, b) => a - b));
  });

  it('walks only the chosen link kinds', () => {
    expect(findPaths(smallGraph, visible(smallGraph), new Set(['loyalty']), 'cy', 'ben')).toEqual([]);
    expect(findPaths(smallGraph, visible(smallGraph), STORY, 'ana', 'ben')[0]?.nodes).toEqual(['ana', 'ben']);
  });

  it('never passes through hidden elements', () => {
    // In season 2 Ben is not there, so there is no path to him at all.
    expect(findPaths(smallGraph, visible(smallGraph, 's2'), ALL_KINDS, 'cy', 'ben')).toEqual([]);
  });

  it('returns nothing for a node to itself or an unknown node', () => {
    expect(findPaths(smallGraph, visible(smallGraph), ALL_KINDS, 'ana', 'ana')).toEqual([]);
    expect(findPaths(smallGraph, visible(smallGraph), ALL_KINDS, 'ana', 'nobody')).toEqual([]);
  });
});
