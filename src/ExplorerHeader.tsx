import type { ReactNode } from 'react';

import { AppHeader } from './components/AppHeader';
import { SkipLinks } from './components/SkipLinks';
import type { GraphApi } from './contracts/graphApi';
import type { StoryGraph } from './domain/parseGraph';
import type { BarRoom } from './hooks/useMediaQuery';
import type { ExplorerState } from './state/explorerState';
import * as transitions from './state/transitions';
import type { useExplorerModel } from './state/useExplorerModel';
import type { UpdateState } from './state/useExplorerState';
import type { useExplorerActions } from './useExplorerActions';
import type { useExplorerKeyboard } from './useExplorerKeyboard';

interface Props {
  graph: StoryGraph;
  state: ExplorerState;
  model: ReturnType<typeof useExplorerModel>;
  keys: ReturnType<typeof useExplorerKeyboard>;
  act: ReturnType<typeof useExplorerActions>;
  api: GraphApi | null;
  exporter: { busy: boolean; openDialog: () => void };
  touch: boolean;
  room: BarRoom;
  update: UpdateState;
  openButton: ReactNode;
}

/** The top of the page: the skip links and the bar, wired to the explorer's state and actions. */
export function ExplorerHeader({ graph, state, model, keys, act, api, exporter, update, ...p }: Props) {
  return (
    <>
      <SkipLinks
        chart={state.view === 'graph'}
        focusChart={keys.skipLinks.focusChart}
        focusCard={() => {
          act.raiseSheet();
          return keys.skipLinks.focusCard();
        }}
      />
      <AppHeader
        meta={graph.meta}
        seasonChoices={model.view.seasonChoices()}
        state={state}
        touch={p.touch}
        room={p.room}
        search={model.suggest}
        searchRef={keys.searchRef}
        cursorChoices={model.cursorChoices}
        exportBusy={exporter.busy}
        canvasReady={api !== null}
        openButton={p.openButton}
        onChoose={keys.chooseAndFocus}
        onSeason={(season) => update(transitions.setSeason(season))}
        onCursor={act.chooseCursor}
        onSettings={(change) => update(transitions.setSettings(change))}
        onRelayout={() => api?.relayout()}
        onExport={exporter.openDialog}
      />
    </>
  );
}
