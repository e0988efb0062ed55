/** The explorer crashed while drawing a graph that had passed validation; the message is the crash's. */
export class GraphDrawError extends Error {
  override name = 'GraphDrawError';
}
