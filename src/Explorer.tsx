import { type ReactNode, useState } from 'react';

// Each panel comes wrapped in its own error boundary: a crash in one leaves the graph and the rest working.
import { ChartArea } from './ChartArea';
import { AppHeader } from './components/AppHeader';
import { BottomSheet } from './components/BottomSheet';
import { TableView } from './components/guardedPanels';
import { LazyExportDialog } from './components/LazyExportDialog';
import { SkipLinks } from './components/SkipLinks';
import { StatusLine } from './components/StatusLine';
import type { GraphApi } from './contracts/graphApi';
import { useGraphElements } from './cytoscape/useGraphElements';
import type { StoryGraph } from './domain/parseGraph';
import { hasEpisodes } from './domain/spoiler';
import { ExplorerNotices } from './ExplorerNotices';
import { ExplorerPanels } from './ExplorerPanels';
import { MEDIA, useBarRoom, useMediaQuery } from './hooks/useMediaQuery';
import { EXPORT_STRINGS } from './i18n/exportStrings';
import { STRINGS } from './i18n/strings';
import { StringsContext } from './i18n/StringsContext';
import * as transitions from './state/transitions';
import { useExplorerModel } from './state/useExplorerModel';
import { useExplorerState } from './state/useExplorerState';
import { useExport } from './state/useExport';
import { THEMES } from './theme/palette';
import { useDocumentSettings } from './useDocumentSettings';
import { useExplorerActions } from './useExplorerActions';
import { useExplorerKeyboard } from './useExplorerKeyboard';

interface Props {
  graph: StoryGraph;
  fileName?: string | null;
  openButton?: ReactNode;
}

/**
 * Wires one loaded graph: URL state -> derived model -> panels. No logic of its own beyond wiring.
 * `fileName` names an opened file in the page title; `openButton` is drawn in the interface language.
 */
export function Explorer({ graph, fileName = null, openButton }: Props) {
  const { state, ignored, update } = useExplorerState(graph);
  const [api, setApi] = useState<GraphApi | null>(null);
  const [activePath, setActivePath] = useState(0);
  const strings = STRINGS[state.lang];
  const [diffOpen, setDiffOpen] = useState(state.diff);
  const sheet = useMediaQuery(MEDIA.sheet);
  const touch = useMediaQuery(MEDIA.touch);
  const room = useBarRoom();
  const model = useExplorerModel(graph, state, activePath, diffOpen, strings);
  const layout = useGraphElements(graph);
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

  return (
    <StringsContext value={strings}>
      <div className="explorer">
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
          touch={touch}
          room={room}
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
        <ExplorerNotices
          graph={graph}
          state={state}
          asking={state.cursorFrom === 'unasked' && hasEpisodes(graph.seasons)}
          cursorChoices={model.cursorChoices}
          ignored={ignored}
          onAnswer={act.chooseCursor}
          onLeaveFocus={act.leaveFocus}
        />
        <main className="workspace">
          <ChartArea
            graph={graph}
            state={state}
            model={model}
            layout={layout}
            theme={theme}
            touch={touch}
            sheet={sheet}
            selectedId={selected?.id ?? null}
            chartProps={keys.chartProps}
            api={api}
            onReady={setApi}
            onSelect={(id) => (id !== null && sheet ? act.choose(id) : act.select(id))}
          />
          {model.table && <TableView {...model.table} selectedId={selected?.id ?? null} onSelect={act.choose} />}
          <BottomSheet enabled={sheet} stop={act.sheetStop} onStop={act.setSheetStop} scrollKey={selected?.id}>
            <ExplorerPanels
              graph={graph}
              state={state}
              model={model}
              colors={THEMES[theme]}
              touch={touch}
              selected={selected}
              cardSlot={keys}
              activePath={activePath}
              onActivePath={setActivePath}
              diffOpen={diffOpen}
              onDiffOpen={setDiffOpen}
              update={update}
              onChoose={act.choose}
              onSelect={act.select}
              onFocus={act.focusOn}
            />
          </BottomSheet>
        </main>
        {exporter.open && (
          <LazyExportDialog
            {...exporter.dialog}
            neighbourhood={filters.focus ? null : act.neighbourhood(model.visibility)}
          />
        )}
        <StatusLine
          text={strings.counts(model.counts.characters, model.counts.links)}
          notice={exporter.notice}
          announcement={keys.announcement}
        />
      </div>
    </StringsContext>
  );
}
