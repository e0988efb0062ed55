import { factNotes, linkedNodes, statusStrip, storyText } from './card';
import { linksOf, nameIn, type SentenceWords } from './describe';
import { shortName } from './displayText';
import type { Language } from './language';
import type { StoryGraph } from './parseGraph';
import { factSources, provenanceText, type ProvenanceWords } from './provenance';
import type { CharacterState, GraphLink, GraphNode, NodeKind, Source } from './schema';
import { type Cursor, isStoryTextKnown } from './spoiler';

/** The interface words a card is written in (src/i18n supplies them). */
export interface CardWords extends SentenceWords, ProvenanceWords {
  nodeKinds: Record<NodeKind, string>;
  states: Record<CharacterState, string>;
  notInSeason: string;
  notKnownYet: string;
  hiddenBySpoiler: string;
  statusAsOf: (state: string, episode: number) => string;
}

/** A source as a reader may see it: its full title (often a question about the ending) once the fact's season is over. */
export interface SourceView {
  id: string;
  /** "Looper: who died in All of Us Are Dead season 1", or only "Looper" before the season's end. */
  label: string;
  href: string | null;
}

export interface StatusView {
  season: string;
  state: CharacterState | 'absent' | 'hidden' | 'unwatched';
  /** "alive as of episode 5" (the row names the season), "not known yet", "hidden (spoiler)". */
  text: string;
  /** "S1E11, on screen", when a state is shown. */
  provenance: string | null;
  /** The note of the state, once its season is over. */
  note: string | null;
}

export interface CardLinkView {
  id: string;
  kind: GraphLink['kind'];
  otherId: string;
  /** The other end's name in the interface language. */
  otherName: string;
  sentence: string;
  provenance: string;
  notes: string[];
  sources: SourceView[];
}

/** Everything a card may show about a node at the cursor, already written in the interface language. */
export interface CardView {
  id: string;
  kind: NodeKind;
  /** The name in the interface's script: Hangul for Korean readers where the data has it. */
  name: string;
  /** The name in the other script, beside it, when it differs. */
  otherName: { text: string; lang: Language } | null;
  kindLabel: string;
  group: string | null;
  aliases: string[];
  role: string | null;
  description: string | null;
  /** Who plays the character, or whom the actor plays. */
  cast: { id: string; name: string }[];
  statuses: StatusView[] | null;
  links: CardLinkView[];
}

/** A source's title up to its colon: the site, which says nothing about the story. */
const siteOf = (source: Source) => source.title.split(':', 1)[0]!.trim();

/** The sources of a fact, titled in full only once the fact's first season has been watched to its end. */
export function sourceViews(
  graph: StoryGraph,
  fact: { seasons: readonly string[]; sources: readonly string[] },
  cursor: Cursor | null,
): SourceView[] {
  const over = isStoryTextKnown(graph, fact.seasons, cursor);
  return factSources(graph, fact).map(({ source, href }) => ({
    id: source.id,
    label: over ? source.title : siteOf(source),
    href,
  }));
}

/**
 * A card for `node` as someone at `cursor` may read it: only the links in `visibleLinks` (and who
 * plays whom from `castLinks`), the status known at the cursor, the role from the first appearance and
 * the description, notes and full source titles once the node's or fact's season is over.
 */
export function cardView(
  graph: StoryGraph,
  node: GraphNode,
  visible: { links: ReadonlySet<string>; castLinks: ReadonlySet<string> },
  cursor: Cursor | null,
  words: CardWords,
): CardView {
  const lang = words.korean ? 'ko' : 'en';
  const text = storyText(graph, node, cursor, words.korean);
  const cast =
    node.kind === 'character' || node.kind === 'actor'
      ? linkedNodes(graph, node.id, 'plays', visible.castLinks).map((other) => ({
          id: other.id,
          name: nameIn(other, other.id, lang),
        }))
      : [];
  const statuses =
    node.kind === 'character'
      ? statusStrip(graph, node, cursor).map((cell): StatusView => {
          const state =
            cell.state === 'absent'
              ? words.notInSeason
              : cell.state === 'hidden'
                ? words.notKnownYet
                : cell.state === 'unwatched'
                  ? words.hiddenBySpoiler
                  : words.states[cell.state];
          return {
            season: words.seasonShort(cell.season.number),
            state: cell.state,
            text: cell.asOf ? words.statusAsOf(state, cell.asOf.episode) : state,
            provenance: cell.status ? provenanceText(graph, cell.status, words) : null,
            note: (cell.status && factNotes(graph, cell.status, cursor, words.korean).join(' ')) || null,
          };
        })
      : null;
  return {
    id: node.id,
    kind: node.kind,
    ...namesOf(node, words.korean),
    kindLabel: words.nodeKinds[node.kind],
    group: text.group ?? null,
    aliases: 'aliases' in node && node.aliases ? [...node.aliases] : [],
    role: text.role ?? null,
    description: text.description ?? null,
    cast,
    statuses,
    links: linksOf(graph, node.id, visible.links, cursor, words).map(({ link, other, sentence }) => ({
      id: link.id,
      kind: link.kind,
      otherId: other.id,
      otherName: nameIn(other, other.id, lang),
      sentence,
      provenance: provenanceText(graph, link, words),
      notes: factNotes(graph, link, cursor, words.korean),
      sources: sourceViews(graph, link, cursor),
    })),
  };
}

/** The card's title in the reader's script first (Hangul for Korean), the other script beside it. */
function namesOf(node: GraphNode, korean: boolean): Pick<CardView, 'name' | 'otherName'> {
  const latin = shortName(node.label);
  const hangul = node.labelKo && node.labelKo !== node.label ? shortName(node.labelKo) : null;
  if (hangul === null) return { name: latin, otherName: null };
  return korean
    ? { name: hangul, otherName: { text: latin, lang: 'en' } }
    : { name: latin, otherName: { text: hangul, lang: 'ko' } };
}
