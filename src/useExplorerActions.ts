import { useCallback, useState } from 'react';

import type { SheetStop } from './components/BottomSheet';
import type { GraphApi } from './contracts/graphApi';
import { nameIn } from './domain/describe';
import type { FocusDepth, Visibility } from './domain/filters';
import { leadCharacter } from './domain/keyboardTravel';
import type { Language } from './domain/language';
import type { StoryGraph } from './domain/parseGraph';
import { type Cursor, cursorParam } from './domain/spoiler';
import { rememberCursor } from './state/rememberedCursor';
import * as transitions from './state/transitions';
import type { UpdateState } from './state/useExplorerState';

interface Options {
  graph: StoryGraph;
  api: GraphApi | null;
  update: UpdateState;
  /** The side panel is a bottom sheet (phones, upright tablets). */
  sheet: boolean;
  /** The selected node if it is on screen, else null. */
  selectedId: string | null;
  lang: Language;
}

/** What a reader can do to the explorer, as transitions of its state, and the sheet's height that follows. */
export function useExplorerActions({ graph, api, update, sheet, selectedId, lang }: Options) {
  const [sheetStop, setSheetStop] = useState<SheetStop>('peek');
  const select = useCallback((id: string | null) => update(transitions.selectNode(graph, id), 'push'), [graph, update]);
  // A card behind the sheet's peek is out of sight: the sheet rises to half height.
  const raiseSheet = () => {
    if (sheet) setSheetStop((stop) => (stop === 'peek' ? 'half' : stop));
  };
  return {
    sheetStop,
    setSheetStop,
    select,
    raiseSheet,
    /** Selects a node, raises the sheet and, once the sheet has its new height, centres the node in what is left. */
    choose: (id: string) => {
      select(id);
      raiseSheet();
      requestAnimationFrame(() => api?.center(id));
    },
    // The viewer's answer is remembered on this device and written to the URL, where it wins next time.
    chooseCursor: (cursor: Cursor | null) => {
      rememberCursor(cursorParam(cursor));
      update(transitions.setCursor(cursor));
    },
    focusOn: (depth: FocusDepth | null) => update(transitions.setFocus(selectedId, depth)),
    /** The selected character's (else the best-connected one's) neighbourhood, offered when the whole chart is too much. */
    neighbourhood: (visibility: Visibility) => {
      const id = selectedId ?? leadCharacter(graph, visibility.nodes, visibility.links);
      if (id === null) return null;
      return { name: nameIn(graph.nodeById.get(id), id, lang), onChoose: () => update(transitions.setFocus(id, 1)) };
    },
    leaveFocus: () => update(transitions.leaveFocus),
  };
}
