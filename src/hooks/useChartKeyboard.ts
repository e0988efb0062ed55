import { useEffect, useRef } from 'react';

import type { Direction } from '../contracts/graphApi';
import type { FocusDepth } from '../domain/filters';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

interface Options {
  /** The selected node if it is on screen, else null. */
  selectedId: string | null;
  /** Where travel starts when nothing is selected (see leadCharacter). */
  lead: () => string | null;
  /** The linked node that lies that way on screen, or null. */
  neighbour: (id: string, direction: Direction) => string | null;
  /** Selects a node and brings it into view. */
  choose: (id: string) => void;
  clearSelection: () => void;
  focusMode: boolean;
  leaveFocusMode: () => void;
  setDepth: (depth: FocusDepth) => void;
}

const focusedElement = () => (document.activeElement === document.body ? null : document.activeElement);

/**
 * Keyboard travel on the chart. The chart container is one Tab stop; arrows and Enter act only when
 * it (or nothing) has focus, so on a button or a radio they keep their usual meaning. Arrows follow
 * links from the selection (from the lead when nothing is selected), Enter moves focus to the card's
 * title, Esc leaves focus mode first and the selection second, 1–3 set the depth, "/" goes to search.
 */
export function useChartKeyboard(options: Options) {
  const chartRef = useRef<HTMLDivElement>(null);
  const cardTitleRef = useRef<HTMLHeadingElement>(null);
  const cardSlotRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const cardWanted = useRef(false);
  const { selectedId } = options;

  /** Focus on the chart, unless it is hidden (table view). Returns whether it took focus. */
  const focusChart = () => {
    const chart = chartRef.current;
    if (!chart || chart.closest('[hidden]')) return false;
    chart.focus();
    return document.activeElement === chart;
  };
  /** Focus on the card's title, or on the place for the card while nothing is selected. */
  const focusCard = () => {
    const target = cardTitleRef.current ?? cardSlotRef.current;
    target?.focus();
    return target !== null;
  };
  const onChart = () => focusedElement() === null || focusedElement() === chartRef.current;

  useEffect(
    function focusCardOnceShown() {
      if (!cardWanted.current || selectedId === null) return;
      cardWanted.current = false;
      cardTitleRef.current?.focus();
    },
    [selectedId],
  );

  useKeyboardShortcuts({
    onArrow: (direction) => {
      if (!onChart()) return false;
      const next = selectedId === null ? options.lead() : options.neighbour(selectedId, direction);
      if (next) options.choose(next);
      focusChart();
      // On the chart an arrow with no neighbour that way is still the chart's key, not a page scroll.
      return next !== null || focusedElement() === chartRef.current;
    },
    onEnter: () => {
      if (!onChart()) return false;
      if (selectedId !== null) {
        focusCard();
        return true;
      }
      const lead = options.lead();
      if (lead === null) return false;
      cardWanted.current = true;
      options.choose(lead);
      return true;
    },
    onEscape: () => {
      if (options.focusMode) {
        options.leaveFocusMode();
        return true;
      }
      if (selectedId === null) return false;
      // The card is about to go: keep the keyboard user on the chart rather than nowhere.
      const inCard = cardTitleRef.current?.closest('article')?.contains(document.activeElement) ?? false;
      options.clearSelection();
      if (inCard) focusChart();
      return true;
    },
    onDepth: (depth) => {
      if (selectedId === null) return false;
      options.setDepth(depth);
      return true;
    },
    onSearch: () => {
      // The search box owns its input; on a phone it may be behind the menu, and then "/" is the browser's.
      const search = searchRef.current;
      search?.focus();
      return search !== null && document.activeElement === search;
    },
  });

  return { chartRef, cardTitleRef, cardSlotRef, searchRef, focusChart, focusCard };
}
