import { GraphDataError } from '../domain/problems';
import { jsonErrorOffset } from './jsonErrorOffset';

/** Files larger than this are refused before they are read, so a huge file cannot freeze the page. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Deeper JSON than this is no graph; refusing it keeps later walks over the data bounded. */
export const MAX_JSON_DEPTH = 64;

const fail = (path: string, message: string): never => {
  throw new GraphDataError([{ path, message }], 'The file could not be opened');
};

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

export function checkSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    fail('(file)', `the file is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_FILE_BYTES)}`);
  }
  if (bytes === 0) fail('(file)', 'the file is empty');
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Decodes UTF-8 strictly: a file with invalid bytes is refused with the line of the first one. */
export function decodeUtf8(bytes: Uint8Array): string {
  checkSize(bytes.byteLength);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const at = lineColumn(loose, loose.indexOf('\uFFFD'));
    return fail(`line ${at.line}, column ${at.column}`, 'the file is not valid UTF-8 text');
  }
}

/** JSON.parse with the place of a syntax error as line and column, and a bound on nesting. */
export function parseJsonText(text: string): unknown {
  const tooDeep = findTooDeep(text);
  if (tooDeep !== null) {
    const at = lineColumn(text, tooDeep);
    fail(`line ${at.line}, column ${at.column}`, `JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : jsonErrorOffset(text);
    const at = lineColumn(text, offset);
    // The place is given as line and column, so V8's own place and its echo of the text are dropped.
    const what =
      offset >= text.length
        ? 'the file ends in the middle of the data'
        : message.replace(
            /\s*in JSON at position \d+.*$|\s*\(line \d+ column \d+\)|, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s,
            '',
          );
    return fail(`line ${at.line}, column ${at.column}`, `not valid JSON: ${what.slice(0, 200)}`);
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
const EXPECTED: Record<string, Syntax> = { json: 'json', gexf: 'xml', graphml: 'xml', xml: 'xml' };

/** JSON or XML, from the first character; a known extension that disagrees with the content is refused. */
export function sniffSyntax(fileName: string, text: string): Syntax {
  const first = text.trimStart()[0];
  if (first === undefined) return fail('(file)', 'the file holds only whitespace');
  if (/^\s*<(!doctype html|html)[\s>]/i.test(text)) {
    return fail('(file)', 'this is an HTML web page, not a graph file (on a code host, link the raw file)');
  }
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const expected = EXPECTED[extension];
  // A bare JSON value (`null`, `"x"`) only counts as JSON where JSON is expected; JSON.parse then explains.
  const scalar = expected === 'json' && /["\-\dtfn]/.test(first);
  const found: Syntax | null = first === '<' ? 'xml' : first === '{' || first === '[' || scalar ? 'json' : null;
  if (found === null && expected) {
    return fail(
      'line 1, column 1',
      `the file is named .${extension} but its content is not ${expected.toUpperCase()}: it starts with "${first}"`,
    );
  }
  if (found === null) {
    const accepted = 'JSON (.json), GEXF (.gexf) or GraphML (.graphml)';
    return fail('line 1, column 1', `unsupported content: starts with "${first}", expected ${accepted}`);
  }
  if (expected && expected !== found) {
    const [is, isNot] = found === 'json' ? ['JSON', 'XML'] : ['XML', 'JSON'];
    return fail('(file)', `the file is named .${extension} but its content is ${is}, not ${isNot}`);
  }
  return found;
}
