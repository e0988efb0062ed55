import type { StoryGraph } from './parseGraph';
import type { Season } from './schema';

/**
 * "I've watched up to": a season number and the last episode watched. An unreleased season has no
 * episodes, so its only position is the whole season (`episode: Infinity`), i.e. "announced".
 */
export interface Cursor {
  season: number;
  episode: number;
}

/**
 * Where a viewer is, as words to say it with (the interface words live in src/i18n): before the first
 * episode, at an episode, at the last episode of a season, or past everything aired (which also shows
 * what is announced for unreleased seasons).
 */
export type CursorPosition =
  | { kind: 'not-started' }
  | { kind: 'episode'; season: number; episode: number }
  | { kind: 'season-end'; season: number; episode: number }
  | { kind: 'everything'; announcedSeasons: readonly number[] };

export interface CursorOption {
  /** The URL form: "none", "s1e5" or "all". */
  id: string;
  position: CursorPosition;
  /** null: no spoiler limit. */
  cursor: Cursor | null;
}

export const NOT_STARTED_ID = 'none';
export const EVERYTHING_ID = 'all';

interface Fact {
  seasons: readonly string[];
  episode?: number | undefined;
}

const watchable = (s: Season): s is Season & { episodes: number } => s.released && s.episodes !== undefined;

/**
 * Every position a viewer can be at, in story order: not started, each episode of each aired season
 * (its last one also says the season is finished), then everything. A season that has not aired has
 * no episodes to be at: its announcements come with "everything". A graph without aired episodes has
 * nothing to spoil, so only "everything".
 */
export function cursorOptions(seasons: readonly Season[]): CursorOption[] {
  const aired = seasons.filter(watchable);
  const first = aired[0];
  const everything: CursorOption = {
    id: EVERYTHING_ID,
    position: { kind: 'everything', announcedSeasons: seasons.filter((s) => !s.released).map((s) => s.number) },
    cursor: null,
  };
  if (!first) return [everything];
  const notStarted: CursorOption = {
    id: NOT_STARTED_ID,
    position: { kind: 'not-started' },
    cursor: { season: first.number, episode: 0 },
  };
  const episodes = aired.flatMap((s) =>
    Array.from({ length: s.episodes }, (_, i): CursorOption => {
      const at = { season: s.number, episode: i + 1 };
      const kind = i + 1 === s.episodes ? 'season-end' : 'episode';
      return { id: cursorId(at), position: { kind, ...at }, cursor: at };
    }),
  );
  return [notStarted, ...episodes, everything];
}

/** Where a first-time visitor is put until they answer: the first episode, or everything if none aired. */
export function firstVisitCursor(seasons: readonly Season[]): Cursor | null {
  const first = seasons.find(watchable);
  return first ? { season: first.number, episode: 1 } : null;
}

/** Whether the graph has aired episodes a viewer could be spoiled about, i.e. whether to ask at all. */
export const hasEpisodes = (seasons: readonly Season[]): boolean => seasons.some(watchable);

/** The earliest of the listed seasons in story order, or undefined when none is in the graph. */
export function firstSeasonOf(graph: StoryGraph, seasons: readonly string[]): Season | undefined {
  let first: Season | undefined;
  for (const id of seasons) {
    const season = graph.seasons.find((s) => s.id === id);
    if (season && (!first || season.number < first.number)) first = season;
  }
  return first;
}

/** The episode a fact gives for its earliest season; the schema ties `episode` to the first listed one. */
export function exactEpisode(graph: StoryGraph, fact: Fact): number | undefined {
  const first = firstSeasonOf(graph, fact.seasons);
  return first && fact.seasons[0] === first.id ? fact.episode : undefined;
}

/**
 * When a fact is first known: its first season and episode. A fact with no episode counts as known
 * only at the LAST episode of its season (the spoiler-safe reading); in an unreleased season, which
 * has no episodes, only once the whole season is chosen.
 */
export function firstKnown(graph: StoryGraph, fact: Fact): Cursor {
  const first = firstSeasonOf(graph, fact.seasons);
  if (!first) return { season: Infinity, episode: Infinity };
  const episode =
    exactEpisode(graph, fact) ?? (first.released && first.episodes !== undefined ? first.episodes : Infinity);
  return { season: first.number, episode };
}

/**
 * Roles, descriptions and notes describe the whole story, not one episode: they are shown only once
 * the first season they belong to has been watched to its end.
 */
export function isStoryTextKnown(graph: StoryGraph, seasons: readonly string[], cursor: Cursor | null): boolean {
  return isKnown(firstKnown(graph, { seasons }), cursor);
}

/** True when a fact first known at `at` has been seen by someone at `cursor` (null = everything). */
export function isKnown(at: Cursor, cursor: Cursor | null): boolean {
  if (cursor === null) return true;
  return at.season < cursor.season || (at.season === cursor.season && at.episode <= cursor.episode);
}

/**
 * A character, actor or place is known from its first appearance: `firstEpisode` of its first season,
 * or, when the data gives none, from that season's first episode (its cast list is public by then,
 * and someone who has not started sees nobody rather than the few the sources leave undated).
 */
export function isNodeKnown(
  graph: StoryGraph,
  node: { seasons: readonly string[]; firstEpisode?: number | undefined },
  cursor: Cursor | null,
): boolean {
  if (cursor === null) return true;
  const first = firstSeasonOf(graph, node.seasons);
  if (!first) return false;
  const episode = node.seasons[0] === first.id ? (node.firstEpisode ?? 1) : 0;
  return isKnown({ season: first.number, episode }, cursor);
}

export const cursorId = (c: Cursor): string => (c.episode === Infinity ? `s${c.season}` : `s${c.season}e${c.episode}`);

/**
 * Reads "s1e5", "none" or "all" into `{ cursor }` (null cursor: no limit); anything else, or a
 * position the data lacks, gives undefined.
 */
export function parseCursor(value: string | null, seasons: readonly Season[]): { cursor: Cursor | null } | undefined {
  if (!value) return undefined;
  const option = cursorOptions(seasons).find((o) => o.id === value.toLowerCase());
  return option && { cursor: option.cursor };
}

/** The URL form of a cursor: "all" for no limit, "none" before the first episode, else "s1e5". */
export function cursorParam(cursor: Cursor | null): string {
  if (cursor === null) return EVERYTHING_ID;
  return cursor.episode === 0 ? NOT_STARTED_ID : cursorId(cursor);
}

export const sameCursor = (a: Cursor, b: Cursor): boolean => a.season === b.season && a.episode === b.episode;
