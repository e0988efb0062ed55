import { MAX_GRAPH_LINKS, MAX_GRAPH_NODES } from '../domain/graphSize';
import { GraphDataError, type Problem, type Refusal, type RefusalCode } from '../domain/problems';

/** A place in the text: line, and column when known (both 1-based). */
export interface Place {
  line: number;
  column?: number;
}

/**
 * A problem the interface can word in either language: `message` is its English wording, `code` and
 * `args` what src/i18n words it from. Without a place it concerns the whole file.
 */
export function refusal(
  message: string,
  code: RefusalCode,
  args?: Record<string, string>,
  at?: Place,
  path?: string,
): Problem {
  const where =
    at === undefined ? '(file)' : `line ${at.line}${at.column === undefined ? '' : `, column ${at.column}`}`;
  const detail: Refusal = { code, ...(args ? { args } : {}), ...(at ?? {}) };
  return { path: path ?? where, message, refusal: detail };
}

/** Refuses the file as unreadable with the given problems. */
export const refuseFile = (...problems: Problem[]): never => {
  throw new GraphDataError(problems, 'file');
};

export const noNodes = (path: string): Problem =>
  refusal('the graph has no nodes', 'no-nodes', undefined, undefined, path);

const count = (n: number) => n.toLocaleString('en-US');

/** Refuses a graph too big to draw usefully, as soon as its nodes and links are counted, before validation. */
export function checkCounts(nodes: number, links: number): void {
  if (nodes <= MAX_GRAPH_NODES && links <= MAX_GRAPH_LINKS) return;
  const args = {
    nodes: count(nodes),
    links: count(links),
    maxNodes: count(MAX_GRAPH_NODES),
    maxLinks: count(MAX_GRAPH_LINKS),
  };
  const message = `the graph has ${args.nodes} nodes and ${args.links} links; this app draws at most ${args.maxNodes} nodes and ${args.maxLinks} links`;
  refuseFile(refusal(message, 'too-many', args));
}
