import type { Character, Season } from './schema';

type Report = (path: string, message: string) => void;

/** Where an entry sits in story order: its earliest season, then its episode (none = end of the season). */
function orderKey(seasonIds: readonly string[], episode: number | undefined, seasons: ReadonlyMap<string, Season>) {
  const first = seasons.get(seasonIds[0] ?? '');
  return { season: first?.number ?? Infinity, episode: episode ?? Infinity };
}

/**
 * Checks a character's status timeline: every season the character is in has an entry, entries are in
 * story order with at most one per season and episode, and nothing follows a death unless the entry
 * documents the return (`returnNote`); staying dead needs none.
 */
export function checkStatusTimeline(
  node: Character,
  path: string,
  seasons: ReadonlyMap<string, Season>,
  report: Report,
): void {
  const covered = new Set<string>();
  const taken = new Set<string>();
  let previous = { season: -Infinity, episode: -Infinity };
  let deadAt: string | null = null;
  node.status.forEach((status, j) => {
    const statusPath = `${path}.status[${j}]`;
    status.seasons.forEach((s, k) => {
      if (!node.seasons.includes(s)) report(`${statusPath}.seasons`, `"${node.id}" is not in season "${s}"`);
      // `episode` belongs to the first listed season; in any other season the entry holds from its start.
      const slot = `${s}@${k === 0 ? (status.episode ?? 'end') : 'end'}`;
      if (taken.has(slot)) {
        const when = k === 0 && status.episode !== undefined ? ` at episode ${status.episode}` : '';
        report(`${statusPath}.seasons`, `more than one status for season "${s}"${when}`);
      }
      taken.add(slot);
      covered.add(s);
    });
    const key = orderKey(status.seasons, status.episode, seasons);
    if (key.season < previous.season || (key.season === previous.season && key.episode < previous.episode)) {
      report(`${statusPath}.episode`, 'status entries must be listed in story order (season, then episode)');
    }
    previous = key;
    // Staying dead in a later season (e.g. seen only in flashbacks) is not a return.
    if (deadAt !== null && status.state !== 'dead' && !status.returnNote) {
      report(`${statusPath}.state`, `"${status.state}" after the death at ${deadAt} needs a returnNote`);
    }
    if (status.state === 'dead') deadAt = statusPath;
    else if (status.returnNote) deadAt = null;
  });
  for (const s of node.seasons) {
    if (!covered.has(s)) report(`${path}.status`, `no status for season "${s}"`);
  }
}
