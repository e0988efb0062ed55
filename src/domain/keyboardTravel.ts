import type { StoryGraph } from './parseGraph';
import { type GraphLink, STORY_LINK_KINDS } from './schema';

const STORY: ReadonlySet<string> = new Set(STORY_LINK_KINDS);

/**
 * Where keyboard travel starts when nothing is selected: the lead, decided by the data as the visible
 * character linked to the most other visible characters by visible story links (relationship, trauma,
 * loyalty). On the shipped graph that is Yoon Gwi-nam in season 1 and over all seasons. Ties go to
 * the character listed first; with no such links, the first visible character; null on an empty view.
 */
export function leadCharacter(graph: StoryGraph, visibleNodes: ReadonlySet<string>, visibleLinks: ReadonlySet<string>) {
  const neighbours = new Map<string, Set<string>>();
  const isCharacter = (id: string) => visibleNodes.has(id) && graph.nodeById.get(id)?.kind === 'character';
  for (const id of visibleLinks) {
    const link = graph.linkById.get(id);
    if (!link || !STORY.has(link.kind) || !isCharacter(link.source) || !isCharacter(link.target)) continue;
    if (link.source === link.target) continue;
    for (const [a, b] of [
      [link.source, link.target],
      [link.target, link.source],
    ] as const)
      neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  }
  let lead: string | null = null;
  let most = -1;
  for (const node of graph.nodes) {
    if (!isCharacter(node.id)) continue;
    const count = neighbours.get(node.id)?.size ?? 0;
    if (count > most) [lead, most] = [node.id, count];
  }
  return lead;
}

/**
 * The visible link that tells how two nodes are related, for saying why a move from one to the other
 * makes sense: a story link before a casting or season link, then the first in the data.
 */
export function linkBetween(
  graph: StoryGraph,
  a: string,
  b: string,
  visibleLinks: ReadonlySet<string>,
): GraphLink | undefined {
  const between = graph.links.filter(
    (l) => visibleLinks.has(l.id) && ((l.source === a && l.target === b) || (l.source === b && l.target === a)),
  );
  return between.find((l) => STORY.has(l.kind)) ?? between[0];
}
