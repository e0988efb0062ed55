import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { DIRECTIONS, EXPORT_STAGES } from '../../src/contracts/graphApi';
import { NOTICE_TONES } from '../../src/contracts/notice';
import { VIEWS } from '../../src/contracts/view';
import { TIERS } from '../../src/domain/chart';
import { CHANGE_KINDS } from '../../src/domain/diff';
import { FOCUS_DEPTHS, LAYERS } from '../../src/domain/filters';
import { LANGUAGES, NAME_SCRIPTS } from '../../src/domain/language';
import { THEME_NAMES } from '../../src/theme/palette';

const SRC = resolve(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
const SOURCES = files(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

const SETS: Record<string, readonly (string | number)[]> = {
  DIRECTIONS,
  EXPORT_STAGES,
  NOTICE_TONES,
  VIEWS,
  TIERS,
  CHANGE_KINDS,
  FOCUS_DEPTHS,
  LAYERS,
  LANGUAGES,
  NAME_SCRIPTS,
  THEME_NAMES,
};

const literal = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v}'`);
/** The set's members written out again as a union type (`'en' | 'ko'`) or as an array (`['en', 'ko']`). */
const restatements = (members: readonly (string | number)[]) => {
  const words = members.map(literal);
  return [words.join(' | '), `[${words.join(', ')}]`];
};

describe('each closed set is declared once, as an `as const` array with its type derived', () => {
  it.each(Object.entries(SETS))('%s is not written out again anywhere in src/', (_name, members) => {
    const found = SOURCES.filter(({ text }) => restatements(members).some((r) => text.includes(r))).map((f) => f.path);
    // Sets that happen to share their members (tiers and focus depths are both 1, 2, 3) declare each other.
    const twins = Object.entries(SETS).filter(([, other]) => other.join() === members.join());
    const declares = (path: string) =>
      twins.some(([twin]) => SOURCES.find((f) => f.path === path)!.text.includes(`const ${twin} =`));
    const declaring = found.filter(declares);
    expect(found.filter((path) => !declaring.includes(path))).toEqual([]);
    expect(declaring.length).toBeLessThanOrEqual(twins.length);
  });

  it('would catch a union written out again (the check itself can fail)', () => {
    expect(restatements(LANGUAGES)).toContain("'en' | 'ko'");
    expect(restatements(FOCUS_DEPTHS)).toContain('[1, 2, 3]');
  });
});
