import { type ForeignGraph, pickAttr } from './foreignGraph';

/** Attribute names read as "when": a season, a time or a year. */
export const TIME_ATTRS = ['season', 'seasons', 'time', 'year', 'period'] as const;

export interface SeasonPlan {
  /** Season nodes to add: id, label and story order. */
  seasons: { id: string; label: string; number: number }[];
  /** Season ids for a raw attribute value (empty when the value names none). */
  idsFor: (value: unknown) => string[];
  /** Every season id, for items that do not say when they hold. */
  all: string[];
}

const NUMERIC = /^(?:s|season\s*)?(\d{1,6})$/i;

function tokens(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(tokens);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return [String(value)];
  if (typeof value !== 'string') return [];
  return value
    .split(/[,;|]/)
    .map((t) => t.trim().slice(0, 40))
    .filter((t) => t !== '');
}

/** `1`, `s1` and `Season 1` are one season; anything else is its own season, in order of appearance. */
const keyOf = (token: string) => {
  const match = NUMERIC.exec(token);
  return match ? `n:${Number(match[1])}` : `t:${token.toLowerCase()}`;
};

/**
 * Turns season, time or year attributes into season nodes. A graph without any gets one season,
 * "Whole graph", so that every node and link still has the season our format requires.
 */
export function planSeasons(graph: ForeignGraph, takenIds: ReadonlySet<string>): SeasonPlan {
  const found = new Map<string, { label: string; number: number | null; order: number }>();
  const items = [...graph.nodes, ...graph.links];
  for (const item of items) {
    for (const token of tokens(pickAttr(item.attrs, TIME_ATTRS))) {
      const key = keyOf(token);
      if (found.has(key)) continue;
      const n = key.startsWith('n:') ? Number(key.slice(2)) : null;
      const label = n === null ? token : n >= 1000 ? String(n) : `Season ${n}`;
      found.set(key, { label, number: n, order: found.size });
    }
  }
  if (found.size === 0) found.set('whole', { label: 'Whole graph', number: 1, order: 0 });

  const numbered = [...found.entries()].filter(([, s]) => s.number !== null);
  const maxNumber = Math.max(0, ...numbered.map(([, s]) => s.number ?? 0));
  const sorted = [...found.entries()].sort(
    ([, a], [, b]) => (a.number ?? maxNumber + 1 + a.order) - (b.number ?? maxNumber + 1 + b.order),
  );
  const used = new Set(takenIds);
  const idByKey = new Map<string, string>();
  const seasons = sorted.map(([key, s], i) => {
    const base = `season-${key === 'whole' ? 'all' : key.slice(2).replace(/[^a-z0-9]+/gi, '-')}`;
    let id = base;
    for (let k = 2; used.has(id); k += 1) id = `${base}-${k}`;
    used.add(id);
    idByKey.set(key, id);
    // Story order: numbered seasons by their number, then named ones in the order they first appear.
    return { id, label: s.label, number: i + 1 };
  });
  const all = seasons.map((s) => s.id);
  const idsFor = (value: unknown) => {
    const ids = tokens(value).flatMap((t) => idByKey.get(keyOf(t)) ?? []);
    return [...new Set(ids)];
  };
  return { seasons, idsFor, all };
}
