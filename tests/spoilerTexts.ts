import { describeLink } from '../src/domain/describe';
import { isLinkKnown } from '../src/domain/filters';
import type { Language } from '../src/domain/language';
import type { StoryGraph } from '../src/domain/parseGraph';
import type { GraphLink } from '../src/domain/schema';
import { type Cursor, firstKnown, isKnown, isNodeKnown, isStoryTextKnown } from '../src/domain/spoiler';
import { STRINGS } from '../src/i18n/strings';

/**
 * The spoiler walk's rule, shared by the view-model walk (tests/domain/storyWalk.test.ts) and the
 * browser walk (tests/e2e/spoiler-walk.test.ts): which texts the data ties to a moment after a cursor.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `text` inside `within` as whole words: "시즌 2" is not in "1시즌 2화". */
export const contains = (within: string, text: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'u').test(within);

/** Texts the data ties to a moment after `cursor`: each with the reason it is not yet allowed. */
export function laterTexts(graph: StoryGraph, cursor: Cursor | null, lang: Language): { text: string; why: string }[] {
  const later: { text: string; why: string }[] = [];
  const add = (text: string | undefined, why: string) => {
    if (text && text.length >= 4) later.push({ text, why });
  };
  const ko = lang === 'ko';
  for (const node of graph.nodes) {
    if (!isNodeKnown(graph, node, cursor)) {
      add(node.label, `${node.id} first appears later`);
      add(node.labelKo, `${node.id} first appears later`);
    }
    if (!node.seasons.every((season) => isStoryTextKnown(graph, [season], cursor))) {
      add(ko ? node.descriptionKo : node.description, `${node.id}'s description tells all its seasons`);
    }
    if (node.kind !== 'character') continue;
    for (const status of node.status) {
      const why = `${node.id}'s ${status.state} status`;
      if (!isKnown(firstKnown(graph, status), cursor) || !isStoryTextKnown(graph, status.seasons, cursor)) {
        add(status.note, why);
        add(status.reason, why);
      }
    }
  }
  const told = (link: GraphLink) => describeLink(graph, link, null, STRINGS[lang]);
  // A later link may read like one already seen (an actor plays the same part in a later season).
  const seen = new Set(graph.links.filter((l) => isLinkKnown(graph, l, cursor)).map(told));
  for (const link of graph.links) {
    const seasonOver = isStoryTextKnown(graph, link.seasons, cursor);
    if (!isLinkKnown(graph, link, cursor) && !seen.has(told(link))) add(told(link), `${link.id} is seen later`);
    if (!seasonOver) {
      for (const text of [link.note, link.reason, ko ? link.labelReverseKo : link.labelReverse]) {
        add(text, `${link.id}'s hindsight waits for the end of its season`);
      }
    }
  }
  // Source titles ask who dies and who ends up together: only the site is named before the season's end.
  if (cursor !== null && !isStoryTextKnown(graph, ['s1'], cursor)) {
    for (const source of graph.sources.values()) if (source.title.includes(':')) add(source.title, 'source title');
  }
  return later;
}
