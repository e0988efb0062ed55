import { describeLink, linksOf, nameIn } from '../domain/describe';
import type { Filters, Visibility, VisibleCounts } from '../domain/filters';
import { linkBetween } from '../domain/keyboardTravel';
import type { StoryGraph } from '../domain/parseGraph';
import type { Cursor } from '../domain/spoiler';
import type { Strings } from './strings';

/**
 * What the live region says when `id` becomes selected: with the link to the previous selection when
 * there is one on screen, in the interface language ("Nam On-jo — Lee Cheong-san has loved…"),
 * otherwise its kind and number of links.
 */
export function describeMove(
  graph: StoryGraph,
  visibility: Visibility,
  cursor: Cursor | null,
  strings: Strings,
  previous: string | null,
  id: string,
): string {
  const node = graph.nodeById.get(id);
  if (!node) return '';
  const name = nameIn(node, id, strings.korean ? 'ko' : 'en');
  const links = linksOf(graph, id, visibility.links, cursor, strings).length;
  const link = previous === null ? undefined : linkBetween(graph, previous, id, visibility.links);
  return link
    ? strings.movedAnnouncement(name, describeLink(graph, link, cursor, strings), links)
    : strings.selectedAnnouncement(name, strings.nodeKinds[node.kind], links);
}

/** What the live region says after a filter change: "Season 1: 33 characters, 200 links". */
export function describeView(graph: StoryGraph, filters: Filters, counts: VisibleCounts, strings: Strings): string {
  const focused = filters.focus && graph.nodeById.get(filters.focus.id);
  const season = graph.seasons.find((s) => s.id === filters.season);
  const scope =
    filters.focus && focused
      ? strings.focusedOn(nameIn(focused, filters.focus.id, strings.korean ? 'ko' : 'en'), filters.focus.depth)
      : season
        ? strings.seasonN(season.number)
        : strings.allSeasons;
  return strings.filterAnnouncement(scope, counts.characters, counts.links);
}
