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

export interface CursorOption {
  id: string;
  label: string;
  /** A season only announced, so the whole season is the one position (labels say so). */
  announced: boolean;
  cursor: Cursor;
}

interface Fact {
  seasons: readonly string[];
  episode?: number | undefined;
}

/** Every position the cursor can take, in story order: S1E1 … S1E12, then "S2 (announced)". */
export function cursorOptions(seasons: readonly Season[]): CursorOption[] {
  return seasons.flatMap((s) => {
    if (!s.released || s.episodes === undefined) {
      return [
        {
          id: `s${s.number}`,
          label: `S${s.number}${s.released ? '' : ' (announced)'}`,
          announced: !s.released,
          cursor: { season: s.number, episode: Infinity },
        },
      ];
    }
    return Array.from({ length: s.episodes }, (_, i) => ({
      id: `s${s.number}e${i + 1}`,
      label: `S${s.number}E${i + 1}`,
      announced: false,
      cursor: { season: s.number, episode: i + 1 },
    }));
  });
}

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
 * Nodes are cast and places, not events: a node is known from the start of the first season it is
 * in. What happens to it (statuses, links) is what the cursor hides.
 */
export function isNodeKnown(graph: StoryGraph, seasons: readonly string[], cursor: Cursor | null): boolean {
  if (cursor === null) return true;
  return graph.seasons.some((s) => seasons.includes(s.id) && s.number <= cursor.season);
}

export const cursorId = (c: Cursor): string => (c.episode === Infinity ? `s${c.season}` : `s${c.season}e${c.episode}`);

/** Reads "s1e5" or "s2"; anything else (or a position the data lacks) gives null. */
export function parseCursor(value: string | null, seasons: readonly Season[]): Cursor | null {
  if (!value) return null;
  return cursorOptions(seasons).find((o) => o.id === value.toLowerCase())?.cursor ?? null;
}
