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
          cursor: { season: s.number, episode: Infinity },
        },
      ];
    }
    return Array.from({ length: s.episodes }, (_, i) => ({
      id: `s${s.number}e${i + 1}`,
      label: `S${s.number}E${i + 1}`,
      cursor: { season: s.number, episode: i + 1 },
    }));
  });
}

/**
 * When a fact is first known: its first season and episode. A fact with no episode counts as known
 * only at the END of its season, the spoiler-safe reading.
 */
export function firstKnown(graph: StoryGraph, fact: Fact): Cursor {
  let first: Season | undefined;
  for (const id of fact.seasons) {
    const season = graph.seasons.find((s) => s.id === id);
    if (season && (!first || season.number < first.number)) first = season;
  }
  if (!first) return { season: Infinity, episode: Infinity };
  const isFirstListed = fact.seasons[0] === first.id;
  return { season: first.number, episode: isFirstListed && fact.episode !== undefined ? fact.episode : Infinity };
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
