import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { applyFilters, countVisible, DEFAULT_FILTERS, type Filters } from '../../src/domain/filters';
import { parseGraph } from '../../src/domain/parseGraph';
import { describeView } from '../../src/i18n/announcements';
import { STRINGS } from '../../src/i18n/strings';

const graph = parseGraph(JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')));
const say = (filters: Filters, lang: 'en' | 'ko') =>
  describeView(graph, filters, countVisible(graph, applyFilters(graph, filters)), STRINGS[lang]);

describe('what the live region says after a filter change', () => {
  it('names the season and counts what is drawn, in English and Korean', () => {
    const s1: Filters = { ...DEFAULT_FILTERS, season: 's1' };
    expect(say(s1, 'en')).toBe('Season 1: 33 characters, 79 links');
    expect(say(s1, 'ko')).toBe('시즌 1: 인물 33명, 연결 79개');
    expect(say(DEFAULT_FILTERS, 'en')).toBe('All seasons: 37 characters, 80 links');
  });
});
