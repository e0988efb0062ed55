import type { StoryGraph } from './parseGraph';
import { type CharacterState, type GraphLink, STORY_LINK_KINDS } from './schema';
import { type Cursor, isStoryTextKnown } from './spoiler';

export const CHANGE_KINDS = ['new', 'ended', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface LinkChange {
  change: ChangeKind;
  /** The two people, in the order they appear in the first link found. */
  pair: [string, string];
  before: GraphLink[];
  after: GraphLink[];
}

export interface StatusChange {
  character: string;
  before: CharacterState | null;
  after: CharacterState | null;
}

export interface SeasonDiff {
  /** `to` is only announced: nothing in it "ends" by not being announced, and "unknown" is no change. */
  announced: boolean;
  links: LinkChange[];
  statuses: StatusChange[];
  /** Characters in both seasons, and characters new in `to`, among the visible ones. */
  returning: string[];
  arriving: string[];
}

const isStory = (link: GraphLink) => (STORY_LINK_KINDS as readonly string[]).includes(link.kind);
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const typeKey = (links: readonly GraphLink[]) => [...new Set(links.map((l) => `${l.kind}/${l.type}`))].sort().join(',');

/**
 * Whether the season `to` has been watched to its end: before that, saying that a link ends or a
 * status changes there would tell what happens in it.
 */
export function isDiffWatched(graph: StoryGraph, to: string, cursor: Cursor | null): boolean {
  return isStoryTextKnown(graph, [to], cursor);
}

/**
 * What changed between two seasons among the links and statuses in `visibleLinks`/`visibleNodes`:
 * a pair of people linked only in `to` is new, only in `from` ended, and in both with a different set
 * of link types changed. Statuses compare each character's last state in the two seasons. When `to`
 * is only announced, a link or a character simply not re-announced has not ended, and an unknown
 * state is not a change. Null while the spoiler cursor has not reached the end of `to` (see
 * `isDiffWatched`).
 */
export function diffSeasons(
  graph: StoryGraph,
  from: string,
  to: string,
  visibleLinks: ReadonlySet<string>,
  visibleNodes: ReadonlySet<string>,
  cursor: Cursor | null = null,
): SeasonDiff | null {
  if (!isDiffWatched(graph, to, cursor)) return null;
  const announced = graph.seasons.find((season) => season.id === to)?.released === false;
  const pairs = new Map<string, { pair: [string, string]; before: GraphLink[]; after: GraphLink[] }>();
  for (const link of graph.links) {
    if (!isStory(link) || !visibleLinks.has(link.id)) continue;
    const key = pairKey(link.source, link.target);
    const entry = pairs.get(key) ?? { pair: [link.source, link.target], before: [], after: [] };
    if (link.seasons.includes(from)) entry.before.push(link);
    if (link.seasons.includes(to)) entry.after.push(link);
    pairs.set(key, entry);
  }
  const links: LinkChange[] = [];
  for (const entry of pairs.values()) {
    if (entry.before.length === 0 && entry.after.length > 0) links.push({ change: 'new', ...entry });
    else if (entry.before.length > 0 && entry.after.length === 0) {
      if (!announced) links.push({ change: 'ended', ...entry });
    } else if (typeKey(entry.before) !== typeKey(entry.after)) links.push({ change: 'changed', ...entry });
  }
  const statuses: StatusChange[] = [];
  const returning: string[] = [];
  const arriving: string[] = [];
  for (const node of graph.nodes) {
    if (node.kind !== 'character' || !visibleNodes.has(node.id)) continue;
    if (node.seasons.includes(to)) (node.seasons.includes(from) ? returning : arriving).push(node.id);
    // A season's state is its timeline's last entry there.
    const stateIn = (season: string) => node.status.findLast((s) => s.seasons.includes(season))?.state ?? null;
    const before = stateIn(from);
    const after = stateIn(to);
    if (announced && (after === null || after === 'unknown')) continue;
    if (before !== after) statuses.push({ character: node.id, before, after });
  }
  return { announced, links, statuses, returning, arriving };
}
