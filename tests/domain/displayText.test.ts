import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { describeLink } from '../../src/domain/describe';
import { isolateDirection, MAX_NAME_LENGTH, shortName } from '../../src/domain/displayText';
import { applyFilters, DEFAULT_FILTERS } from '../../src/domain/filters';
import { parseGraph } from '../../src/domain/parseGraph';
import { buildSearchIndex } from '../../src/domain/search';
import { characterRows } from '../../src/domain/table';
import { STRINGS } from '../../src/i18n/strings';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';
const PDF = '\u202C';
const hostile = parseGraph(
  JSON.parse(readFileSync(new URL('../fixtures/hostile-graph.json', import.meta.url), 'utf8')),
);

describe('isolateDirection', () => {
  it('leaves Latin and Hangul text as it is', () => {
    expect(isolateDirection('Lee Cheong-san')).toBe('Lee Cheong-san');
    expect(isolateDirection('이청산 <script>')).toBe('이청산 <script>');
  });

  it('wraps an unterminated override in an isolate and closes it', () => {
    expect(isolateDirection(`Evil${RLO} Twin`)).toBe(`${FSI}Evil${RLO} Twin${PDF}${PDI}`);
  });

  it('isolates right-to-left letters without controls', () => {
    expect(isolateDirection('שלום')).toBe(`${FSI}שלום${PDI}`);
  });

  it('drops a stray closer, so a name cannot end the isolate around it', () => {
    expect(isolateDirection(`${PDI}${RLO}x`)).toBe(`${FSI}${RLO}x${PDF}${PDI}`);
    expect(isolateDirection(`a${PDF}b`)).toBe(`${FSI}ab${PDI}`);
  });

  it('is idempotent', () => {
    for (const text of [`Evil${RLO} Twin`, `${FSI}a${PDI}${FSI}b${PDI}`, 'שלום', `${PDI}${RLO}`]) {
      const once = isolateDirection(text);
      expect(isolateDirection(once)).toBe(once);
    }
  });
});

describe('shortName', () => {
  it('keeps names up to the limit', () => {
    const name = 'x'.repeat(MAX_NAME_LENGTH);
    expect(shortName(name)).toBe(name);
  });

  it('cuts longer names to the limit, ending in "…"', () => {
    const short = shortName('Longname'.padEnd(10_000, 'x'));
    expect([...short]).toHaveLength(MAX_NAME_LENGTH);
    expect(short.startsWith('Longname')).toBe(true);
    expect(short.endsWith('…')).toBe(true);
  });

  it('never splits a character made of several code points', () => {
    const family = '👨‍👩‍👧';
    const short = shortName(family.repeat(100), 5);
    expect(short).toBe(`${family.repeat(4)}…`);
  });

  it('keeps an override inside a shortened name isolated', () => {
    const short = shortName(isolateDirection(`${RLO}${'x'.repeat(200)}`), 10);
    expect(short.startsWith(FSI)).toBe(true);
    expect(short.endsWith(PDI)).toBe(true);
  });
});

describe('hostile graph text', () => {
  it('is kept as written, except that direction controls are isolated', () => {
    expect(hostile.nodeById.get('c-img')!.label).toBe(`<img src=x onerror="window.__hostile='label';alert('label')">`);
    expect(hostile.nodeById.get('c-rtl')!.label).toBe(`${FSI}Evil${RLO} Twin${PDF}${PDI}`);
    expect(hostile.sources.get('src-ok')!.title).toBe(`${FSI}${RLO}Episode 1 recap${PDF}${PDI}`);
    expect(hostile.nodeById.get('c-long')!.label).toHaveLength(10_000);
  });

  it('is still found by search, through direction controls and 10,000-character names', () => {
    const index = buildSearchIndex(hostile);
    const all = new Set(hostile.nodeById.keys());
    expect(index.search('Ev', all).map((n) => n.id)).toEqual(['c-rtl']);
    expect(index.search('Twin', all).map((n) => n.id)).toEqual(['c-rtl']);
    expect(index.search('Longname', all).map((n) => n.id)).toEqual(['c-long']);
  });
});

describe('sentences and rows built from hostile names', () => {
  it('shorten a 10,000-character name and keep an override inside its name', () => {
    const sentence = describeLink(hostile, hostile.linkById.get('l-rtl-long')!, null, STRINGS.en);
    expect(sentence.length).toBeLessThan(2 * MAX_NAME_LENGTH + 20);
    expect(sentence).toMatch(new RegExp(`^From ${FSI}Evil${RLO} Twin${PDF}${PDI} to Longnamex+…: bullies$`));
  });

  it('give the table shortened names', () => {
    const rows = characterRows(hostile, applyFilters(hostile, DEFAULT_FILTERS), null, STRINGS.en);
    const long = rows.find((r) => r.id === 'c-long')!;
    expect([...long.name]).toHaveLength(MAX_NAME_LENGTH);
    expect([...long.nameKo]).toHaveLength(MAX_NAME_LENGTH);
  });
});
