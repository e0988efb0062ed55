import { describe, expect, it } from 'vitest';

import { parseGraph } from '../../src/domain/parseGraph';
import { GraphDataError, type Problem } from '../../src/domain/problems';
import { parseTemplate } from '../../src/domain/sentenceTemplate';

/** A released 12-episode season, an announced one, a character in both, another in the first only. */
function graph() {
  const fact = { seasons: ['s1'], sources: ['ep'], certainty: 'on-screen' };
  return {
    meta: { title: 'Show', slug: 'show' },
    sources: [
      { id: 'ep', title: 'Episodes', kind: 'episode' },
      { id: 'news', title: 'Renewal', kind: 'article' },
    ],
    nodes: [
      {
        id: 's1',
        kind: 'season',
        label: 'Season 1',
        labelKo: '시즌 1',
        seasons: ['s1'],
        number: 1,
        released: true,
        episodes: 12,
      },
      { id: 's2', kind: 'season', label: 'Season 2', labelKo: '시즌 2', seasons: ['s2'], number: 2, released: false },
      {
        id: 'gwi',
        kind: 'character',
        label: 'Gwi',
        labelKo: '귀',
        firstEpisode: 1,
        seasons: ['s1'],
        role: 'A bully',
        roleKo: '일진',
        group: 'Students',
        groupKo: '학생',
        descriptionKo: '설명',
        status: [
          { ...fact, state: 'alive', episode: 1 },
          { ...fact, state: 'half-zombie', episode: 5 },
          { ...fact, state: 'dead', episode: 11 },
        ],
      },
      {
        id: 'cheong',
        kind: 'character',
        label: 'Cheong',
        seasons: ['s1', 's2'],
        role: 'A runner',
        group: 'Students',
        status: [
          { ...fact, state: 'dead', episode: 11, certainty: 'inferred', reason: 'the blast is not shown' },
          { seasons: ['s2'], sources: ['news'], certainty: 'announced', state: 'unknown', returnNote: 'announced' },
        ],
      },
    ] as Record<string, unknown>[],
    links: [
      {
        ...fact,
        id: 'l1',
        kind: 'trauma',
        type: 'attacked',
        source: 'cheong',
        target: 'gwi',
        directed: true,
        episode: 5,
        label: 'stabs in the eye',
        labelKo: '눈을 찌른다',
        sentence: { en: '{source} stabs {target} in the eye', ko: '{source:은/는} {target}의 눈을 찌른다' },
      },
    ] as Record<string, unknown>[],
  };
}

function problemsOf(input: unknown): Problem[] {
  try {
    parseGraph(input);
    return [];
  } catch (error) {
    if (!(error instanceof GraphDataError)) throw error;
    return [...error.problems].sort((a, b) => a.path.localeCompare(b.path));
  }
}

describe('first appearances, status timelines and sentences in the graph format', () => {
  it('accepts Korean names, first episodes, a status timeline within a season and a documented return', () => {
    expect(problemsOf(graph())).toEqual([]);
  });

  it('reports a first episode past the season, or in a season that lists no episodes', () => {
    const g = graph();
    g.nodes[2]!.firstEpisode = 13;
    Object.assign(g.nodes[3]!, { seasons: ['s2', 's1'], firstEpisode: 1 });
    expect(problemsOf(g).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'nodes[2].firstEpisode: episode 13 is past the last episode (12)',
      'nodes[3].firstEpisode: season "s2" lists no episodes, so nothing appears in one of them',
    ]);
  });

  it('reports a state after a death with no documented return, and a status episode past the season', () => {
    const g = graph();
    const cheong = g.nodes[3] as { status: Record<string, unknown>[] };
    delete cheong.status[1]!.returnNote;
    const gwi = g.nodes[2] as { status: Record<string, unknown>[] };
    gwi.status.push({ seasons: ['s1'], sources: ['ep'], certainty: 'on-screen', state: 'zombie', episode: 13 });
    expect(problemsOf(g).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'nodes[2].status[3].episode: episode 13 is past the last episode (12)',
      'nodes[2].status[3].state: "zombie" after the death at nodes[2].status[2] needs a returnNote',
      'nodes[3].status[1].state: "unknown" after the death at nodes[3].status[0] needs a returnNote',
    ]);
  });

  it('reports two states at one episode and entries out of story order', () => {
    const g = graph();
    const gwi = g.nodes[2] as { status: Record<string, unknown>[] };
    gwi.status[1]!.episode = 1;
    gwi.status.reverse();
    expect(problemsOf(g).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'nodes[2].status[1].episode: status entries must be listed in story order (season, then episode)',
      'nodes[2].status[1].state: "half-zombie" after the death at nodes[2].status[0] needs a returnNote',
      'nodes[2].status[2].seasons: more than one status for season "s1" at episode 1',
      'nodes[2].status[2].state: "alive" after the death at nodes[2].status[0] needs a returnNote',
    ]);
  });

  it('reports sentence templates with unknown slots, unknown particles, a particle in English or a missing slot', () => {
    const g = graph();
    g.links[0]!.sentence = { en: '{source:은/는} meets {who}', ko: '{source:은/는} {target:에게} 간다' };
    expect(problemsOf(g).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'links[0].sentence.en: "{source:은/는}": particles are for Korean templates only',
      'links[0].sentence.en: unknown slot "{who}" (use {source} or {target})',
      'links[0].sentence.en: no {source} slot',
      'links[0].sentence.en: no {target} slot',
      expect.stringMatching(/^links\[0\]\.sentence\.ko: "\{target:에게\}": unknown particle pair "에게"/),
      'links[0].sentence.ko: no {target} slot',
    ]);
  });
});

describe('parseTemplate', () => {
  it('splits a Korean template into text, slots and particle pairs', () => {
    expect(parseTemplate('{source:은/는} {target}의 눈을 찌른다', true)).toEqual({
      parts: [{ slot: 'source', particle: '은/는' }, { text: ' ' }, { slot: 'target' }, { text: '의 눈을 찌른다' }],
      problems: [],
    });
  });

  it('finds an unmatched brace', () => {
    expect(parseTemplate('{source} hugs {target', false).problems).toEqual([
      'unmatched "{" or "}"',
      'no {target} slot',
    ]);
  });
});
