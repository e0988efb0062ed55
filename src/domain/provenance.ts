import type { StoryGraph } from './parseGraph';
import type { Certainty, Source } from './schema';
import { exactEpisode, firstSeasonOf } from './spoiler';

interface Fact {
  seasons: readonly string[];
  sources: readonly string[];
  certainty: Certainty;
  episode?: number | undefined;
  reason?: string | undefined;
}

/** Words the provenance text is built from, in the interface language (src/i18n). */
export interface ProvenanceWords {
  certainty: Record<Certainty, string>;
  announced: string;
  /** "S1E5" / "1시즌 5화". */
  episodeShort: (season: number, episode: number) => string;
  /** "S1" / "시즌 1". */
  seasonShort: (season: number) => string;
}

/** "S1E4", "S1" (no episode given) or "S2 (announced)" for an unreleased season. */
export function factTiming(graph: StoryGraph, fact: Fact, words: ProvenanceWords): string {
  const season = firstSeasonOf(graph, fact.seasons);
  if (!season) return '';
  if (!season.released) return `${words.seasonShort(season.number)} (${words.announced})`;
  const episode = exactEpisode(graph, fact);
  return episode === undefined ? words.seasonShort(season.number) : words.episodeShort(season.number, episode);
}

/** "S1E4, on screen" — when and how sure, for the end of a sentence. */
export function provenanceText(graph: StoryGraph, fact: Fact, words: ProvenanceWords): string {
  const timing = factTiming(graph, fact, words);
  const announcedSeason = !firstSeasonOf(graph, fact.seasons)?.released;
  const certainty = fact.certainty === 'announced' && announcedSeason ? '' : words.certainty[fact.certainty];
  return [timing, certainty].filter(Boolean).join(', ');
}

/** The sources of a fact, resolved; only http(s) URLs are kept as links, anything else is dropped. */
export function factSources(graph: StoryGraph, fact: Pick<Fact, 'sources'>): { source: Source; href: string | null }[] {
  return fact.sources.flatMap((id) => {
    const source = graph.sources.get(id);
    if (!source) return [];
    return [{ source, href: safeHref(source.url) }];
  });
}

/** A URL is only ever opened when it is a well-formed http(s) URL. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
