/** One thing wrong with an input, located by a JSON path such as `links[3].target`. */
export interface Problem {
  path: string;
  message: string;
}

/** Thrown when input data cannot become a graph; carries every problem found, not just the first. */
export class GraphDataError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], summary = 'The graph data is invalid') {
    super(`${summary}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
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
