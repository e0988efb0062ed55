import type { StoryGraph } from './parseGraph';
import type { Character, CharacterState, GraphNode, Season, Status } from './schema';
import { type Cursor, firstKnown, isKnown, isStoryTextKnown } from './spoiler';

export interface StatusCell {
  season: Season;
  /**
   * `absent`: not in that season; `hidden`: in it, but the status is past the spoiler cursor;
   * `unwatched`: a season past the cursor, where even being in it would be a spoiler.
   */
  state: CharacterState | 'absent' | 'hidden' | 'unwatched';
  status?: Status;
}

/** One cell per season of the graph: the character's state there, unless the cursor hides it. */
export function statusStrip(graph: StoryGraph, character: Character, cursor: Cursor | null): StatusCell[] {
  return graph.seasons.map((season) => {
    if (cursor !== null && season.number > cursor.season) return { season, state: 'unwatched' };
    const status = character.status.find((s) => s.seasons.includes(season.id));
    if (!status) return { season, state: 'absent' };
    if (!isKnown(firstKnown(graph, status), cursor)) return { season, state: 'hidden' };
    return { season, state: status.state, status };
  });
}

/** The nodes at the other end of a node's visible links of one kind (e.g. who plays a character). */
export function linkedNodes(
  graph: StoryGraph,
  nodeId: string,
  kind: string,
  visibleLinks: ReadonlySet<string>,
): GraphNode[] {
  const found = new Map<string, GraphNode>();
  for (const id of visibleLinks) {
    const link = graph.linkById.get(id);
    if (!link || link.kind !== kind) continue;
    const other = link.source === nodeId ? link.target : link.target === nodeId ? link.source : null;
    const node = other === null ? undefined : graph.nodeById.get(other);
    if (node) found.set(node.id, node);
  }
  return [...found.values()];
}

/**
 * The parts of a card that describe the whole story (a character's role, any node's description):
 * shown only once the node's first season has been watched to its end.
 */
export function storyText(
  graph: StoryGraph,
  node: GraphNode,
  cursor: Cursor | null,
): { role: string | undefined; description: string | undefined } {
  if (!isStoryTextKnown(graph, node.seasons, cursor)) return { role: undefined, description: undefined };
  return { role: node.kind === 'character' ? node.role : undefined, description: node.description };
}

/** A fact's note and reason, joined; kept back until the fact's first season has been watched to its end. */
export function factNotes(
  graph: StoryGraph,
  fact: { seasons: readonly string[]; note?: string | undefined; reason?: string | undefined },
  cursor: Cursor | null,
): string[] {
  if (!isStoryTextKnown(graph, fact.seasons, cursor)) return [];
  return [fact.note, fact.reason].filter((t): t is string => t !== undefined);
}
