import type { ReactNode } from 'react';

import { ChartArea } from './ChartArea';
import { BottomSheet } from './components/BottomSheet';
// Each panel comes wrapped in its own error boundary: a crash in one leaves the graph and the rest working.
import { TableView } from './components/guardedPanels';
import { LazyExportDialog } from './components/LazyExportDialog';
import { StatusLine } from './components/StatusLine';
import type { StoryGraph } from './domain/parseGraph';
import { hasEpisodes } from './domain/spoiler';
import { ExplorerHeader } from './ExplorerHeader';
import { ExplorerNotices } from './ExplorerNotices';
import { ExplorerPanels } from './ExplorerPanels';
import { StringsContext } from './i18n/StringsContext';
import { THEMES } from './theme/palette';
import { useExplorer } from './useExplorer';

interface Props {
  graph: StoryGraph;
  fileName?: string | null;
  openButton?: ReactNode;
}

/**
 * Lays out the explorer of one loaded graph: the bar, the notices, the chart, the table, the side
 * column (a sheet on phones), the export dialog and the status line, in the interface language. The
 * wiring (URL state -> derived model -> actions) is `useExplorer`; nothing here decides anything.
 * `fileName` names an opened file in the page title; `openButton` is drawn in the interface language.
 */
export function Explorer({ graph, fileName = null, openButton }: Props) {
  const { state, ignored, update, api, setApi, strings, model, layout, selected, theme, exporter, act, keys, ...x } =
    useExplorer(graph, fileName);
  return (
    <StringsContext value={strings}>
      <div className="explorer">
        <ExplorerHeader
          graph={graph}
          state={state}
          model={model}
          keys={keys}
          act={act}
          api={api}
          exporter={exporter}
          touch={x.touch}
          room={x.room}
          update={update}
          openButton={openButton}
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
            touch={x.touch}
            sheet={x.sheet}
            selectedId={selected?.id ?? null}
            chartProps={keys.chartProps}
            api={api}
            onReady={setApi}
            onSelect={(id) => (id !== null && x.sheet ? act.choose(id) : act.select(id))}
          />
          {model.table && <TableView {...model.table} selectedId={selected?.id ?? null} onSelect={act.choose} />}
          <BottomSheet enabled={x.sheet} stop={act.sheetStop} onStop={act.setSheetStop} scrollKey={selected?.id}>
            <ExplorerPanels
              graph={graph}
              state={state}
              model={model}
              colors={THEMES[theme]}
              touch={x.touch}
              selected={selected}
              cardSlot={keys}
              activePath={x.activePath}
              onActivePath={x.setActivePath}
              diffOpen={x.diffOpen}
              onDiffOpen={x.setDiffOpen}
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
            neighbourhood={state.filters.focus ? null : act.neighbourhood(model.visibility)}
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
