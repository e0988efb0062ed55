import { LANGUAGES } from './language';
import type { GraphFile } from './schema';

const FSI = '\u2068';
const PDI = '\u2069';
const PDF = '\u202C';
const OPENS_EMBEDDING = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE RLE LRO RLO
const OPENS_ISOLATE = new Set(['\u2066', '\u2067', FSI]); // LRI RLI FSI
/** Direction controls, or letters of right-to-left scripts: text that can reorder what follows it. */
const DIRECTIONAL = /[\p{Bidi_Control}\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Drops closing controls that close nothing and closes every embedding or isolate left open. */
function balance(text: string): string {
  const open: ('embedding' | 'isolate')[] = [];
  let out = '';
  for (const ch of text) {
    if (OPENS_EMBEDDING.has(ch)) open.push('embedding');
    else if (OPENS_ISOLATE.has(ch)) open.push('isolate');
    else if (ch === PDF) {
      if (open.at(-1) !== 'embedding') continue;
      open.pop();
    } else if (ch === PDI) {
      const at = open.lastIndexOf('isolate');
      if (at < 0) continue;
      open.length = at; // a PDI also ends the embeddings opened inside its isolate
    }
    out += ch;
  }
  return (
    out +
    open
      .reverse()
      .map((kind) => (kind === 'embedding' ? PDF : PDI))
      .join('')
  );
}

/**
 * Text from a data file that carries direction controls (e.g. a right-to-left override) or
 * right-to-left letters, balanced and wrapped in FSI…PDI, so it can reorder only itself and never the
 * words around it. This is the plain-text form of `<bdi>`: it also holds in sentences built from
 * names, in attributes, `<option>`s and canvas labels. Other text is returned unchanged.
 */
export function isolateDirection(text: string): string {
  if (!DIRECTIONAL.test(text)) return text;
  const balanced = balance(text);
  const inner = balanced.slice(1, -1);
  const alreadyIsolated = balanced.startsWith(FSI) && balanced.endsWith(PDI) && balance(inner) === inner;
  return alreadyIsolated ? balanced : `${FSI}${balanced}${PDI}`;
}

/** Longest name shown in full, in user-perceived characters. */
export const MAX_NAME_LENGTH = 80;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A name as shown in the UI: cut to `max` characters (never inside one) with "…", direction isolated. */
export function shortName(name: string, max = MAX_NAME_LENGTH): string {
  if (name.length <= max) return name;
  let kept = '';
  let count = 0;
  for (const { segment } of graphemes.segment(name)) {
    if (count === max - 1) return isolateDirection(`${kept}…`);
    kept += segment;
    count += 1;
  }
  return name;
}

/** Longest unbroken word drawn on the canvas; every word of the shipped names is shorter. */
export const MAX_CANVAS_WORD = 24;

/**
 * A name as the canvas draws it: the canvas wraps lines only at spaces, so besides `shortName`'s cut,
 * each word longer than MAX_CANVAS_WORD is cut with "…" (a 10,000-letter word would cross the chart).
 */
export function canvasName(name: string): string {
  const short = shortName(name);
  return short
    .split(' ')
    .map((word) => (word.length > MAX_CANVAS_WORD ? shortName(word, MAX_CANVAS_WORD) : word))
    .join(' ');
}

const isolateAny = (value: unknown): unknown => (typeof value === 'string' ? isolateDirection(value) : value);

/**
 * `obj` with the listed text fields (strings or lists of strings) direction-isolated. Objects with
 * nothing to change are returned as they are, so a typical file costs one regex test per text.
 */
function isolateFields<T extends object>(obj: T, keys: readonly (keyof T)[]): T {
  let copy: T | null = null;
  for (const key of keys) {
    const value = obj[key];
    const texts: unknown[] = Array.isArray(value) ? value : [value];
    if (!texts.some((t) => typeof t === 'string' && DIRECTIONAL.test(t))) continue;
    copy ??= { ...obj };
    copy[key] = (Array.isArray(value) ? value.map(isolateAny) : isolateAny(value)) as T[keyof T];
  }
  return copy ?? obj;
}

/** Every free text of a graph file that the UI shows, direction-isolated (see `isolateDirection`). */
export function isolateGraphText(file: GraphFile): GraphFile {
  const fact = <T extends { note?: string; noteKo?: string; reason?: string; reasonKo?: string; returnNote?: string }>(
    f: T,
  ) => isolateFields(f, ['note', 'noteKo', 'reason', 'reasonKo', 'returnNote']);
  return {
    ...file,
    meta: isolateFields(file.meta, ['title', 'titleKo', 'description']),
    sources: file.sources.map((s) => isolateFields(s, ['title'])),
    nodes: file.nodes.map((n) => {
      const node = isolateFields(n, ['label', 'labelKo', 'description', 'descriptionKo']);
      if (node.kind !== 'character') return node.kind === 'actor' ? isolateFields(node, ['aliases']) : node;
      const status = node.status.map(fact);
      const withText = isolateFields(node, ['role', 'roleKo', 'group', 'groupKo', 'aliases']);
      return status.every((st, i) => st === node.status[i]) ? withText : { ...withText, status };
    }),
    links: file.links.map((l) => {
      const link = fact(isolateFields(l, ['label', 'labelReverse', 'labelKo', 'labelReverseKo']));
      const sentence = link.sentence && isolateFields(link.sentence, LANGUAGES);
      return sentence === link.sentence ? link : { ...link, sentence };
    }),
  };
}
