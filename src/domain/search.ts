import MiniSearch from 'minisearch';

import type { StoryGraph } from './parseGraph';
import type { GraphNode } from './schema';

/** Folds case and accents ("Nám" finds "Nam") while keeping Hangul syllables intact. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

interface Doc {
  id: string;
  label: string;
  labelKo: string;
  aliases: string;
}

export interface SearchIndex {
  search: (query: string, visible: ReadonlySet<string>, limit?: number) => GraphNode[];
}

/**
 * A typo-tolerant index over Latin names, Hangul names and aliases, built once per graph. Results
 * are filtered by `visible`, so hidden (e.g. spoiler) nodes are never suggested.
 */
export function buildSearchIndex(graph: StoryGraph): SearchIndex {
  const index = new MiniSearch<Doc>({
    fields: ['label', 'labelKo', 'aliases'],
    processTerm: (term) => foldText(term),
    searchOptions: { prefix: true, fuzzy: 0.25, boost: { label: 2 }, combineWith: 'AND' },
    // Hyphens split Korean romanisations ("On-jo"), so "onjo" is matched through the joined form too.
    tokenize: (text) => {
      // Direction controls (see displayText.ts) are not part of any word.
      const words = text.split(/[\s,.()"'\p{Bidi_Control}]+/u).filter(Boolean);
      return [...words, ...words.flatMap((w) => (w.includes('-') ? [...w.split('-'), w.replace(/-/g, '')] : []))];
    },
  });
  index.addAll(
    graph.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      labelKo: n.labelKo ?? '',
      aliases: 'aliases' in n && n.aliases ? n.aliases.join(' ') : '',
    })),
  );
  return {
    search: (query, visible, limit = 8) => {
      if (query.trim() === '') return [];
      return index
        .search(query)
        .filter((hit) => visible.has(String(hit.id)))
        .slice(0, limit)
        .flatMap((hit) => graph.nodeById.get(String(hit.id)) ?? []);
    },
  };
}
