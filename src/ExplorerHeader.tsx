import type { ReactNode } from 'react';

import { AppHeader } from './components/AppHeader';
import { SkipLinks } from './components/SkipLinks';
import { useExplorerContext } from './ExplorerContext';
import * as transitions from './state/transitions';

interface Props {
  openButton: ReactNode;
}

/** The top of the page: the skip links and the bar, wired to the explorer's state and actions. */
export function ExplorerHeader({ openButton }: Props) {
  const { graph, state, model, keys, act, api, exporter, update, ...p } = useExplorerContext();
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
        openButton={openButton}
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
