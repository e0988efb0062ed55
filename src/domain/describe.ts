import { shortName } from './displayText';
import type { Language } from './language';
import type { StoryGraph } from './parseGraph';
import { withParticle } from './particles';
import type { GraphLink, GraphNode } from './schema';
import { parseTemplate, type SlotName } from './sentenceTemplate';
import { type Cursor, isStoryTextKnown } from './spoiler';

/**
 * The words a link sentence falls back on when the data gives no template, in the interface language.
 * Names come in that language's script (Hangul names in Korean when the data has them).
 */
export interface SentenceWords {
  /** Korean: Korean templates and captions, Hangul names where the data has them. */
  korean: boolean;
  linkKinds: Record<GraphLink['kind'], string>;
  linkTypes: Readonly<Partial<Record<string, string>>>;
  /** An undirected link: "Ana and Ben: best friends." */
  linkBetween: (a: string, b: string, caption: string) => string;
  /** A directed link without a template: "From Ana to Ben: dies for." */
  linkFromTo: (a: string, b: string, caption: string) => string;
  /** The target's own view, added once its season is over: "… (Ben: never knew)". */
  linkReverse: (sentence: string, target: string, caption: string) => string;
  /** Cast and setting links said whole: "Um Hyo-sup plays the principal", "엄효섭은 교장 역을 맡는다". */
  structural: Record<StructuralSentence, (source: string, target: string) => string>;
}

export type StructuralSentence = 'plays' | 'appearsIn' | 'settingOf' | 'tiedTo';

/** Which structural sentence a link without a template takes: a place is a setting of a season, a person appears in it. */
function structuralSentence(graph: StoryGraph, link: GraphLink): StructuralSentence | null {
  if (link.kind === 'plays') return 'plays';
  if (link.kind === 'tied-to') return 'tiedTo';
  if (link.kind !== 'appears-in') return null;
  return graph.nodeById.get(link.source)?.kind === 'location' ? 'settingOf' : 'appearsIn';
}

export interface LinkLine {
  link: GraphLink;
  other: GraphNode;
  outgoing: boolean;
  /** The link as a sentence, e.g. "Lee Cheong-san stabs Yoon Gwi-nam in the eye". */
  sentence: string;
}

/**
 * The links of a node with the node at the other end and a sentence for each. Only links in
 * `visibleLinks` are listed, so a hidden fact never leaks into a panel.
 */
export function linksOf(
  graph: StoryGraph,
  nodeId: string,
  visibleLinks: ReadonlySet<string>,
  cursor: Cursor | null,
  words: SentenceWords,
): LinkLine[] {
  const lines: LinkLine[] = [];
  for (const link of graph.links) {
    if (!visibleLinks.has(link.id)) continue;
    const outgoing = link.source === nodeId;
    if (!outgoing && link.target !== nodeId) continue;
    const other = graph.nodeById.get(outgoing ? link.target : link.source);
    if (!other) continue;
    lines.push({ link, other, outgoing, sentence: describeLink(graph, link, cursor, words) });
  }
  return lines;
}

/** A node's name in the script of the interface language: Hangul in Korean when the data has it. */
export function nameIn(node: GraphNode | undefined, fallback: string, lang: Language): string {
  if (!node) return shortName(fallback);
  return shortName(lang === 'ko' ? (node.labelKo ?? node.label) : node.label);
}

/** The show's title in the interface language: its Korean title in Korean when the data has one. */
export const titleIn = (meta: { title: string; titleKo?: string | undefined }, lang: Language): string =>
  (lang === 'ko' && meta.titleKo) || meta.title;

/** Fills a sentence template from the data: plain slots take the name, Korean slots name + particle. */
function fillTemplate(template: string, lang: Language, names: Record<SlotName, string>): string | null {
  const { parts, problems } = parseTemplate(template, lang === 'ko');
  if (problems.length > 0) return null;
  return parts
    .map((part, at) => {
      if ('text' in part) return part.text;
      const name = at === 0 ? names[part.slot] : midSentence(names[part.slot], lang);
      return part.particle ? withParticle(name, part.particle) : name;
    })
    .join('');
}

/** "The principal" opens a sentence; inside one it is "the principal". */
const midSentence = (name: string, lang: Language) => (lang === 'en' ? name.replace(/^The /, 'the ') : name);

/**
 * A name as an English sentence says it: a place's own in-sentence form ("the stairwell" for the chart's
 * "Stairwell"), capitalised when it opens the sentence. Korean has neither articles nor capitals.
 */
function sentenceName(node: GraphNode | undefined, fallback: string, lang: Language, opening: boolean): string {
  const form = lang === 'en' && node?.kind === 'location' ? node.inSentence : undefined;
  if (form === undefined) return nameIn(node, fallback, lang);
  return opening ? form.charAt(0).toUpperCase() + form.slice(1) : form;
}

/**
 * A link as a sentence in the interface language: the data's template when it has one ("Lee Cheong-san
 * stabs Yoon Gwi-nam in the eye", "이청산은 윤귀남의 눈을 찌른다"), else the caption framed by a whole
 * sentence of the interface ("Ana and Ben: best friends"). The target's own caption often speaks with
 * hindsight ("her answer is never given"), so like a note it waits for the end of the link's first
 * season under the spoiler `cursor`.
 */
export function describeLink(graph: StoryGraph, link: GraphLink, cursor: Cursor | null, words: SentenceWords): string {
  const lang = words.korean ? 'ko' : 'en';
  const source = sentenceName(graph.nodeById.get(link.source), link.source, lang, true);
  const target = sentenceName(graph.nodeById.get(link.target), link.target, lang, false);
  const template = link.sentence?.[lang];
  const filled = template === undefined ? null : fillTemplate(template, lang, { source, target });
  const typeWord = link.type === undefined ? undefined : words.linkTypes[link.type];
  // A Korean sentence never falls back on the English caption: the interface's word for the kind reads better.
  const caption =
    lang === 'ko'
      ? (link.labelKo ?? typeWord ?? words.linkKinds[link.kind])
      : (link.label ?? typeWord ?? link.type ?? words.linkKinds[link.kind]);
  const structural = filled === null ? structuralSentence(graph, link) : null;
  const main =
    filled ??
    (structural ? words.structural[structural](source, midSentence(target, lang)) : null) ??
    (link.directed
      ? words.linkFromTo(midSentence(source, lang), midSentence(target, lang), caption)
      : words.linkBetween(source, midSentence(target, lang), caption));
  const reverseCaption = lang === 'ko' ? (link.labelReverseKo ?? link.labelReverse) : link.labelReverse;
  const reverse = reverseCaption && isStoryTextKnown(graph, link.seasons, cursor) ? reverseCaption : undefined;
  return reverse ? words.linkReverse(main, target, reverse) : main;
}
