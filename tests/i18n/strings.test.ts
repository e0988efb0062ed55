import { describe, expect, it } from 'vitest';

import { STRINGS } from '../../src/i18n/strings';
import { linkTypeLabel, VOCABULARY } from '../../src/i18n/vocabulary';

const HANGUL = /[\uac00-\ud7a3]/;

/** Every string the interface can show, with its path: plain values, and functions called with sample values (two names and a count). */
function leaves(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...a: unknown[]) => unknown)('X', 'Y', 3))]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [];
}

describe('interface strings', () => {
  it('has a Korean string for every English one, written in Hangul', () => {
    const en = new Map(leaves(STRINGS.en, 'en'));
    const ko = new Map(leaves(STRINGS.ko, 'en'));
    expect([...ko.keys()].sort()).toEqual([...en.keys()].sort());
    const untranslated = [...ko].filter(([, text]) => !HANGUL.test(text)).map(([path]) => path);
    expect(untranslated).toEqual([]);
  });
  it('names every link sub-type of the data format, and leaves an unknown one as the data gives it', () => {
    expect(linkTypeLabel(VOCABULARY.ko, 'sacrifices-self-for')).toBe('희생');
    expect(linkTypeLabel(VOCABULARY.en, 'witnessed-death')).toBe('witnessed death');
    expect(linkTypeLabel(VOCABULARY.ko, 'rents-from')).toBe('rents-from');
  });
});

describe('Korean particles in interface sentences', () => {
  it('"go to" takes 으로 after a final consonant and 로 after a vowel', () => {
    expect(STRINGS.ko.goTo('남온조')).toBe('남온조로 이동');
    expect(STRINGS.ko.goTo('이청산')).toBe('이청산으로 이동');
    expect(STRINGS.ko.goTo('윤귀남')).toBe('윤귀남으로 이동');
    expect(STRINGS.ko.goTo('이수혁')).toBe('이수혁으로 이동');
  });
});
