import { describe, expect, it } from 'vitest';

import { parseGraph } from '../../src/domain/parseGraph';
import { GraphDataError, type Problem } from '../../src/domain/problems';

/** A small valid graph: a released and an unreleased season, two characters, an actor. */
function validGraph() {
  return {
    meta: { title: 'Fixture show', slug: 'fixture-show' },
    sources: [
      { id: 'ep1', title: 'Episode 1', kind: 'episode' },
      { id: 'news', title: 'Season 2 announcement', kind: 'article' },
    ],
    nodes: [
      { id: 's1', kind: 'season', label: 'Season 1', seasons: ['s1'], number: 1, released: true, episodes: 6 },
      { id: 's2', kind: 'season', label: 'Season 2', seasons: ['s2'], number: 2, released: false },
      {
        id: 'ana',
        kind: 'character',
        label: 'Ana',
        seasons: ['s1', 's2'],
        role: 'Lead',
        group: 'Class',
        status: [
          { state: 'alive', seasons: ['s1'], sources: ['ep1'], certainty: 'on-screen' },
          { state: 'unknown', seasons: ['s2'], sources: ['news'], certainty: 'announced' },
        ],
      },
      {
        id: 'ben',
        kind: 'character',
        label: 'Ben',
        seasons: ['s1'],
        role: 'Friend',
        group: 'Class',
        status: [{ state: 'dead', seasons: ['s1'], sources: ['ep1'], certainty: 'on-screen', episode: 5 }],
      },
      { id: 'actor-ana', kind: 'actor', label: 'Actor A', seasons: ['s1', 's2'] },
    ] as Record<string, unknown>[],
    links: [
      {
        id: 'l1',
        kind: 'relationship',
        type: 'friendship',
        source: 'ana',
        target: 'ben',
        directed: false,
        seasons: ['s1'],
        sources: ['ep1'],
        certainty: 'on-screen',
        episode: 1,
      },
      {
        id: 'l2',
        kind: 'plays',
        source: 'actor-ana',
        target: 'ana',
        directed: true,
        seasons: ['s1'],
        sources: ['ep1'],
        certainty: 'on-screen',
      },
      {
        id: 'l3',
        kind: 'plays',
        source: 'actor-ana',
        target: 'ana',
        directed: true,
        seasons: ['s2'],
        sources: ['news'],
        certainty: 'announced',
      },
    ] as Record<string, unknown>[],
  };
}

/** The problems parseGraph reports for the input, sorted by path; fails the test if it does not throw. */
function problemsOf(input: unknown): Problem[] {
  try {
    parseGraph(input);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphDataError);
    return [...(error as GraphDataError).problems].sort((a, b) => a.path.localeCompare(b.path));
  }
  throw new Error('parseGraph accepted invalid data');
}

describe('parseGraph reports every problem with its path', () => {
  it('accepts the valid fixture', () => {
    const graph = parseGraph(validGraph());
    expect(graph.nodes).toHaveLength(5);
    expect(graph.seasons.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('reports every shape error at once: a wrong type, a wrong enum value and a missing field', () => {
    const g = validGraph();
    g.nodes[1]!.label = 42;
    g.links[0]!.certainty = 'probably';
    delete g.nodes[3]!.role;
    const problems = problemsOf(g);
    expect(problems.map((p) => p.path)).toEqual(['links[0].certainty', 'nodes[1].label', 'nodes[3].role']);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
  });

  it('reports a duplicate node id, a link to a missing node and an on-screen fact in an unreleased season together', () => {
    const g = validGraph();
    g.nodes.push({ ...g.nodes[3], id: 'ana' });
    g.links[0]!.target = 'nobody';
    g.links[2]!.certainty = 'on-screen';
    expect(problemsOf(g)).toEqual([
      { path: 'links[0].target', message: 'link to missing node "nobody"' },
      { path: 'links[2].certainty', message: 'season "s2" has not aired, so nothing in it is on-screen' },
      { path: 'nodes[5].id', message: 'duplicate node id "ana"' },
    ]);
  });

  it('reports an on-screen status in an unreleased season, a missing status and an inference without a reason', () => {
    const g = validGraph();
    const ana = g.nodes[2] as { status: Record<string, unknown>[] };
    ana.status[1]!.certainty = 'on-screen';
    (g.nodes[3] as { seasons: string[] }).seasons = ['s1', 's2'];
    g.links[0]!.certainty = 'inferred';
    expect(problemsOf(g).map((p) => p.path)).toEqual([
      'links[0].reason',
      'nodes[2].status[1].certainty',
      'nodes[3].status',
    ]);
  });

  it('reports unknown sources and seasons, and a link in a season one of its ends is not in', () => {
    const g = validGraph();
    Object.assign(g.links[0]!, { seasons: ['s2'], certainty: 'announced', episode: undefined });
    g.links[1]!.sources = ['rumour'];
    (g.nodes[4] as { seasons: string[] }).seasons = ['s1', 's2', 's3'];
    expect(problemsOf(g).map((p) => p.path)).toEqual([
      'links[0].seasons[0]',
      'links[1].sources[0]',
      'nodes[4].seasons[2]',
    ]);
  });
});
