import type { StoryGraph } from './parseGraph';
import type { Character, CharacterState, GraphNode, Season, Status } from './schema';
import { type Cursor, firstKnown, isKnown, isNodeKnown, isStoryTextKnown } from './spoiler';

export interface StatusCell {
  season: Season;
  /**
   * `absent`: not in that season; `hidden`: in it, but nothing about it is known at the cursor yet;
   * `unwatched`: a season past the cursor, where even being in it would be a spoiler.
   */
  state: CharacterState | 'absent' | 'hidden' | 'unwatched';
  /** The latest entry of the timeline known at the cursor. */
  status?: Status;
  /** Set while the cursor is inside this season: the state holds "as of" this episode. */
  asOf?: Cursor;
}

/**
 * One cell per season of the graph: the character's latest state known at the cursor there ("alive
 * as of episode 5"). The status is a timeline; an entry counts from the episode where a viewer learns it,
 * an undated one from the end of its season.
 */
export function statusStrip(graph: StoryGraph, character: Character, cursor: Cursor | null): StatusCell[] {
  return graph.seasons.map((season) => {
    if (cursor !== null && season.number > cursor.season) return { season, state: 'unwatched' };
    const entries = character.status.filter((s) => s.seasons.includes(season.id));
    if (entries.length === 0) return { season, state: 'absent' };
    const known = entries.filter((s) => isKnown(firstKnown(graph, s), cursor));
    const status = known.at(-1);
    if (!status) return { season, state: 'hidden' };
    const inside = cursor !== null && cursor.season === season.number && cursor.episode < (season.episodes ?? 0);
    return inside ? { season, state: status.state, status, asOf: cursor } : { season, state: status.state, status };
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
 * The texts of a card about the node itself, in the interface language where the data has it: a
 * character's role is a spoiler-free line, shown from the first appearance; the description tells the
 * whole story, announced seasons included, so it waits until every season of the node has been
 * watched to its end (for a season only announced: until "everything" is chosen). A graph that
 * gives no first appearance (`firstEpisode`) predates spoiler-free roles: its role waits like a
 * description.
 */
export function storyText(
  graph: StoryGraph,
  node: GraphNode,
  cursor: Cursor | null,
  korean = false,
): { role: string | undefined; group: string | undefined; description: string | undefined } {
  if (!isNodeKnown(graph, node, cursor)) return { role: undefined, group: undefined, description: undefined };
  const character = node.kind === 'character' ? node : undefined;
  const seasonOver = isStoryTextKnown(graph, node.seasons, cursor);
  const roleKnown = node.firstEpisode !== undefined || seasonOver;
  const role = !roleKnown ? undefined : korean ? (character?.roleKo ?? character?.role) : character?.role;
  const group = korean ? (character?.groupKo ?? character?.group) : character?.group;
  const full = korean ? (node.descriptionKo ?? node.description) : node.description;
  // A description covers every season of the node (announced ones too): it waits for the last of them.
  const allSeasonsOver = node.seasons.every((season) => isStoryTextKnown(graph, [season], cursor));
  const description = allSeasonsOver ? full : undefined;
  return { role, group, description };
}

interface FactText {
  seasons: readonly string[];
  note?: string | undefined;
  noteKo?: string | undefined;
  reason?: string | undefined;
  reasonKo?: string | undefined;
}

/**
 * A fact's note and reason (in Korean where the data has them), kept back until the fact's first
 * season has been watched to its end.
 */
export function factNotes(graph: StoryGraph, fact: FactText, cursor: Cursor | null, korean = false): string[] {
  if (!isStoryTextKnown(graph, fact.seasons, cursor)) return [];
  const note = korean ? (fact.noteKo ?? fact.note) : fact.note;
  const reason = korean ? (fact.reasonKo ?? fact.reason) : fact.reason;
  return [note, reason].filter((t): t is string => t !== undefined);
}
