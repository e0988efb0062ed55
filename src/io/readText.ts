import type { RefusalCode } from '../domain/problems';
import { jsonErrorOffset } from './jsonErrorOffset';
import { type Place, refusal, refuseFile } from './refuse';

/**
 * Files larger than this are refused before they are read. Files are read in a worker, so the limit
 * bounds memory and waiting, not the page's responsiveness; a 20,000-node, 60,000-link GEXF is ~9 MB.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** Deeper JSON than this is no graph; refusing it keeps later walks over the data bounded. */
export const MAX_JSON_DEPTH = 64;

const fail = (message: string, code: RefusalCode, args?: Record<string, string>, at?: Place): never =>
  refuseFile(refusal(message, code, args, at));

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

export function checkSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    const [size, limit] = [formatBytes(bytes), formatBytes(MAX_FILE_BYTES)];
    fail(`the file is ${size}; the limit is ${limit}`, 'too-large', { size, limit });
  }
  if (bytes === 0) fail('the file is empty', 'empty');
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Files that are plainly something else, told by their first bytes. */
const NOT_GRAPHS: readonly { magic: readonly number[]; message: string; code: RefusalCode }[] = [
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    message: 'this is a ZIP archive; unpack it and open the graph file inside',
    code: 'zip',
  },
  { magic: [0x89, 0x50, 0x4e, 0x47], message: 'this is a PNG image, not a graph file', code: 'png' },
  { magic: [0x25, 0x50, 0x44, 0x46], message: 'this is a PDF document, not a graph file', code: 'pdf' },
  { magic: [0x1f, 0x8b], message: 'this is a gzip archive; unpack it and open the graph file inside', code: 'gzip' },
];

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), lower-cased. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]?.toLowerCase();
}

const LATIN1 = new Set(['iso-8859-1', 'latin1', 'latin-1', 'iso8859-1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii']);

/**
 * Decodes a file's text: UTF-16 by its byte order mark, Latin-1 (Windows-1252) when an XML declaration
 * names it, UTF-8 otherwise (strictly: invalid bytes are refused with the line of the first one).
 * Files that are plainly not text (ZIP, PNG, PDF, gzip) are refused by name.
 */
export function decodeText(bytes: Uint8Array): string {
  checkSize(bytes.byteLength);
  for (const { magic, message, code } of NOT_GRAPHS) if (startsWith(bytes, magic)) fail(message, code);
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  const declared = declaredEncoding(bytes);
  if (declared !== undefined && LATIN1.has(declared)) return new TextDecoder('windows-1252').decode(bytes);
  if (declared !== undefined && !/^utf-?8$/.test(declared)) {
    const message = `the file says it is in the ${declared} encoding; save it as UTF-8, UTF-16 or Latin-1`;
    fail(message, 'encoding', { encoding: declared }, { line: 1 });
  }
  return decodeUtf8(bytes);
}

/** Decodes UTF-8 strictly: a file with invalid bytes is refused with the line of the first one. */
export function decodeUtf8(bytes: Uint8Array): string {
  checkSize(bytes.byteLength);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = lineColumn(loose, loose.indexOf('\uFFFD'));
    return fail('the file is not valid UTF-8 text', 'not-utf8', undefined, at);
  }
}

/** JSON.parse with the place of a syntax error as line and column, and a bound on nesting. */
export function parseJsonText(text: string): unknown {
  const tooDeep = findTooDeep(text);
  if (tooDeep !== null) {
    const depth = String(MAX_JSON_DEPTH);
    fail(`JSON nested deeper than ${depth} levels`, 'too-deep', { depth }, lineColumn(text, tooDeep));
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : jsonErrorOffset(text);
    const at = lineColumn(text, offset);
    // The place is given as line and column, so V8's own place and its echo of the text are dropped.
    if (offset >= text.length)
      return fail('not valid JSON: the file ends in the middle of the data', 'json-ends', {}, at);
    const what = message
      .replace(
        /\s*in JSON at position \d+.*$|\s*\(line \d+ column \d+\)|, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s,
        '',
      )
      .slice(0, 200);
    return fail(`not valid JSON: ${what}`, 'bad-json', { detail: what }, at);
  }
}

/**
 * The offset of the first bracket nested past MAX_JSON_DEPTH, found in one pass over the text before
 * JSON.parse runs, so a million nested brackets cost a scan, not a parse and a walk.
 */
function findTooDeep(text: string): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      // A backslash escapes the next character, which can then be neither a quote nor a bracket.
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > MAX_JSON_DEPTH) return i;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return null;
}

export type Syntax = 'json' | 'xml';
// A Map: a file named `x.constructor` must not find Object's constructor here.
const EXPECTED = new Map<string, Syntax>([
  ['json', 'json'],
  ['cyjs', 'json'],
  ['gexf', 'xml'],
  ['graphml', 'xml'],
  ['xml', 'xml'],
]);

/** JSON or XML, from the first character; a known extension that disagrees with the content is refused. */
export function sniffSyntax(fileName: string, text: string): Syntax {
  const first = text.trimStart()[0];
  if (first === undefined) return fail('the file holds only whitespace', 'whitespace');
  if (/^\s*<(!doctype html|html)[\s>]/i.test(text)) {
    return fail('this is an HTML web page, not a graph file (on a code host, link the raw file)', 'html');
  }
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const expected = EXPECTED.get(extension);
  // A bare JSON value (`null`, `"x"`) only counts as JSON where JSON is expected; JSON.parse then explains.
  const scalar = expected === 'json' && /["\-\dtfn]/.test(first);
  const found: Syntax | null = first === '<' ? 'xml' : first === '{' || first === '[' || scalar ? 'json' : null;
  if (found === null && expected) {
    const syntax = expected.toUpperCase();
    const message = `the file is named .${extension} but its content is not ${syntax}: it starts with "${first}"`;
    return fail(message, 'named-not', { extension, syntax, first }, { line: 1, column: 1 });
  }
  if (found === null) {
    const accepted = 'JSON (.json), GEXF (.gexf) or GraphML (.graphml)';
    const message = `unsupported content: starts with "${first}", expected ${accepted}`;
    return fail(message, 'unsupported', { first }, { line: 1, column: 1 });
  }
  if (expected && expected !== found) {
    const [is, isNot] = found === 'json' ? ['JSON', 'XML'] : ['XML', 'JSON'];
    const message = `the file is named .${extension} but its content is ${is}, not ${isNot}`;
    return fail(message, 'named-other', { extension, is, isNot });
  }
  return found;
}
