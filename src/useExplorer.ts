import { useState } from 'react';

import type { GraphApi } from './contracts/graphApi';
import { useGraphElements } from './cytoscape/useGraphElements';
import type { StoryGraph } from './domain/parseGraph';
import { MEDIA, useBarRoom, useMediaQuery } from './hooks/useMediaQuery';
import { EXPORT_STRINGS } from './i18n/exportStrings';
import { STRINGS } from './i18n/strings';
import { useExplorerModel } from './state/useExplorerModel';
import { useExplorerState } from './state/useExplorerState';
import { useExport } from './state/useExport';
import { THEMES } from './theme/palette';
import { useDocumentSettings } from './useDocumentSettings';
import { useExplorerActions } from './useExplorerActions';
import { useExplorerKeyboard } from './useExplorerKeyboard';

/**
 * The explorer's wiring for one loaded graph, in order: URL state, the screen's room, the derived model,
 * the selection on screen, theme and title, export, the reader's actions and the keyboard. Explorer.tsx
 * lays out what this returns.
 */
export function useExplorer(graph: StoryGraph, fileName: string | null) {
  const { state, ignored, update } = useExplorerState(graph);
  const [api, setApi] = useState<GraphApi | null>(null);
  const [activePath, setActivePath] = useState(0);
  const strings = STRINGS[state.lang];
  const [diffOpen, setDiffOpen] = useState(state.diff);
  const sheet = useMediaQuery(MEDIA.sheet);
  const touch = useMediaQuery(MEDIA.touch);
  const room = useBarRoom();
  const model = useExplorerModel(graph, state, activePath, diffOpen, strings);
  // Read once: turning the phone later keeps the drawing the user has been looking at.
  const [upright] = useState(sheet);
  const layout = useGraphElements(graph, upright);
  const { filters, selected: selectedId } = state;
  const selected =
    selectedId !== null && model.visibility.nodes.has(selectedId) ? graph.nodeById.get(selectedId) : undefined;
  const theme = useDocumentSettings({ graph, fileName, lang: state.lang, theme: state.theme, selected });
  const exporter = useExport({
    api,
    graph,
    filters,
    ...model,
    colors: THEMES[theme],
    strings: EXPORT_STRINGS[state.lang],
    legendTitle: strings.legend,
  });

  const act = useExplorerActions({ graph, api, update, sheet, selectedId: selected?.id ?? null, lang: state.lang });
  const keys = useExplorerKeyboard({
    graph,
    api,
    filters,
    model,
    strings,
    selectedId: selected?.id ?? null,
    actions: { choose: act.choose, select: act.select, leaveFocus: act.leaveFocus, setFocus: act.focusOn },
  });

  return {
    state,
    ignored,
    update,
    api,
    setApi,
    activePath,
    setActivePath,
    strings,
    diffOpen,
    setDiffOpen,
    sheet,
    touch,
    room,
    model,
    layout,
    selected,
    theme,
    exporter,
    act,
    keys,
  };
}
