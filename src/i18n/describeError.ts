import { GraphDrawError } from '../contracts/drawError';
import { RemoteGraphError } from '../contracts/remoteFailure';
import { GraphDataError, type Problem } from '../domain/problems';
import type { Strings } from './strings';

/** A problem in the interface language: refusals are worded here, schema details as the data check gave them. */
function wordProblem(problem: Problem, strings: Strings): Problem {
  const refusal = problem.refusal;
  if (!refusal) return problem;
  const place = refusal.line === undefined ? null : strings.atPlace(refusal.line, refusal.column);
  // A path that is not a place in the text (`<graphml>`, `(root)`) is the data's own and stays.
  const path = place ?? (problem.path === '(file)' ? strings.wholeFile : problem.path);
  return { path, message: strings.refusals[refusal.code](refusal.args ?? {}) };
}

/** A load or open failure as the UI shows it: one sentence, and the list of problems when there is one. */
export function describeError(error: unknown, strings: Strings): { detail: string; problems?: readonly Problem[] } {
  if (error instanceof GraphDrawError) return { detail: strings.drawFailed(error.message) };
  if (error instanceof RemoteGraphError) {
    return { detail: strings.remoteFailure[error.reason](error.url, error.detail, error.limit) };
  }
  if (error instanceof GraphDataError) {
    return {
      detail: strings.refusedSummary[error.kind](error.problems.length),
      problems: error.problems.map((p) => wordProblem(p, strings)),
    };
  }
  return { detail: error instanceof Error ? error.message : String(error) };
}
