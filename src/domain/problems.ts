/**
 * The file-level refusals the interface words in its own language (src/i18n `refusals`). A problem
 * without one is shown as `message` (schema details, located by a JSON path).
 */
export const REFUSAL_CODES = [
  'too-large',
  'empty',
  'zip',
  'png',
  'pdf',
  'gzip',
  'encoding',
  'not-utf8',
  'too-deep',
  'bad-json',
  'json-ends',
  'whitespace',
  'html',
  'named-not',
  'unsupported',
  'named-other',
  'doctype',
  'entity',
  'bad-xml',
  'not-gexf-graphml',
  'xml-named',
  'no-graph-element',
  'no-nodes',
  'not-an-object',
  'unknown-json',
  'too-many',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** What the interface needs to word a problem itself: the refusal, its slots and its place in the file. */
export interface Refusal {
  code: RefusalCode;
  args?: Readonly<Record<string, string>>;
  line?: number;
  column?: number;
}

/** One thing wrong with an input, located by a JSON path such as `links[3].target`. */
export interface Problem {
  path: string;
  /** The problem in English (logs, tests, and the interface when there is no `refusal`). */
  message: string;
  refusal?: Refusal;
}

/** Whether the file could not be read as a graph at all, or was read and its data is invalid. */
export type RefusalKind = 'file' | 'data';

const SUMMARY: Record<RefusalKind, string> = {
  file: 'The file could not be opened',
  data: 'The graph data is invalid',
};

/** Thrown when input data cannot become a graph; carries every problem found, not just the first. */
export class GraphDataError extends Error {
  readonly problems: readonly Problem[];

  constructor(
    problems: readonly Problem[],
    readonly kind: RefusalKind = 'data',
  ) {
    super(`${SUMMARY[kind]}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    this.name = 'GraphDataError';
    this.problems = problems;
  }
}

/** Renders a path array from zod (`['links', 3, 'target']`) as `links[3].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}
