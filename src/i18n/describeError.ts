import { RemoteGraphError } from '../contracts/remoteFailure';
import { GraphDataError, type Problem } from '../domain/problems';
import type { Strings } from './strings';

/** A load or open failure as the UI shows it: one sentence, and the list of problems when there is one. */
export function describeError(error: unknown, strings: Strings): { detail: string; problems?: readonly Problem[] } {
  if (error instanceof RemoteGraphError) {
    return { detail: strings.remoteFailure[error.reason](error.url, error.detail) };
  }
  if (error instanceof GraphDataError) return { detail: error.message, problems: error.problems };
  return { detail: error instanceof Error ? error.message : String(error) };
}
