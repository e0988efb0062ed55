import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { applyFilters } from '../../src/domain/filters';
import { parseGraph } from '../../src/domain/parseGraph';
import { buildSearchIndex, foldText } from '../../src/domain/search';
import { WHOLE_GRAPH } from './fixture';

const graph = parseGraph(JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')));
const index = buildSearchIndex(graph);
const all = applyFilters(graph, WHOLE_GRAPH).nodes;
const ids = (q: string, visible = all) => index.search(q, visible).map((n) => n.id);

describe('search', () => {
  it('finds by Latin name regardless of case, hyphens and accents', () => {
    expect(ids('on-jo')[0]).toBe('on-jo');
    expect(ids('ONJO')[0]).toBe('on-jo');
    expect(ids('Nám On-jó')[0]).toBe('on-jo');
  });
  it('tolerates a typo', () => {
    expect(ids('cheongsan')).toContain('cheong-san');
    expect(ids('Cheong-sam')).toContain('cheong-san');
  });
  it('finds by Hangul name and by alias', () => {
    expect(ids('남온조')[0]).toBe('on-jo');
    expect(ids('Park Solomon')).toContain('lomon');
  });
  it('never suggests hidden nodes', () => {
    const s1 = applyFilters(graph, { ...WHOLE_GRAPH, season: 's1' }).nodes;
    expect(ids('Maru', all)).toContain('maru');
    expect(ids('Maru', s1)).not.toContain('maru');
  });
  it('folds accents but keeps Hangul', () => {
    expect(foldText('Émile 남라')).toBe('emile 남라');
  });
});
