import type { GraphApi } from './contracts/graphApi';
import type { Filters, FocusDepth, Visibility, VisibleCounts } from './domain/filters';
import { leadCharacter } from './domain/keyboardTravel';
import type { StoryGraph } from './domain/parseGraph';
import { useAnnouncement } from './hooks/useAnnouncement';
import { useChartKeyboard } from './hooks/useChartKeyboard';
import { useFitOnChange } from './hooks/useFitOnChange';
import { describeMove, describeView } from './i18n/announcements';
import type { Strings } from './i18n/strings';

interface Options {
  graph: StoryGraph;
  api: GraphApi | null;
  filters: Filters;
  model: { visibility: Visibility; counts: VisibleCounts };
  strings: Strings;
  /** The selected node if it is on screen, else null. */
  selectedId: string | null;
  actions: {
    /** Selects a node and brings it into view. */
    choose: (id: string) => void;
    select: (id: string | null) => void;
    leaveFocus: () => void;
    setFocus: (depth: FocusDepth | null) => void;
  };
}

/**
 * Everything the keyboard and a screen reader need from the explorer: the chart as one Tab stop with
 * arrow travel from the lead, the card as a focus target, focus mode framed on the chart, and the
 * sentence for the live region. Returns props to spread on the chart and card containers.
 */
export function useExplorerKeyboard(o: Options) {
  const { graph, api, filters, strings, actions } = o;
  const { visibility, counts } = o.model;
  const keys = useChartKeyboard({
    selectedId: o.selectedId,
    lead: () => leadCharacter(graph, visibility.nodes, visibility.links),
    neighbour: (id, direction) => api?.neighbour(id, direction) ?? null,
    choose: actions.choose,
    clearSelection: () => actions.select(null),
    focusMode: filters.focus !== null,
    leaveFocusMode: actions.leaveFocus,
    setDepth: actions.setFocus,
  });
  useFitOnChange(filters.focus && `${filters.focus.id}/${filters.focus.depth}`, api && (() => api.fit()));
  const announcement = useAnnouncement(
    o.selectedId,
    JSON.stringify(filters),
    (previous, id) => describeMove(graph, visibility, filters.cursor, strings, previous, id),
    () => describeView(graph, filters, counts, strings),
  );
  return {
    announcement,
    skipLinks: { focusChart: keys.focusChart, focusCard: keys.focusCard },
    /** A search result: select it and put focus on the chart there, so the arrows work at once. */
    chooseAndFocus: (id: string) => {
      actions.choose(id);
      keys.focusChart();
    },
    cardTitleRef: keys.cardTitleRef,
    /** For the search box's input: "/" moves focus there. */
    searchRef: keys.searchRef,
    chartProps: {
      ref: keys.chartRef,
      id: 'chart',
      className: 'chart-keys',
      tabIndex: 0,
      role: 'application',
      'aria-label': strings.chartLabel(counts.characters),
    },
    cardSlotProps: { ref: keys.cardSlotRef, id: 'card', className: 'card-slot', tabIndex: -1 },
  };
}
