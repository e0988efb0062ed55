import type { ReactNode } from 'react';

import { ChartArea } from './ChartArea';
import { BottomSheet } from './components/BottomSheet';
// Each panel comes wrapped in its own error boundary: a crash in one leaves the graph and the rest working.
import { TableView } from './components/guardedPanels';
import { LazyExportDialog } from './components/LazyExportDialog';
import { StatusLine } from './components/StatusLine';
import type { StoryGraph } from './domain/parseGraph';
import { ExplorerContext } from './ExplorerContext';
import { ExplorerHeader } from './ExplorerHeader';
import { ExplorerNotices } from './ExplorerNotices';
import { ExplorerPanels } from './ExplorerPanels';
import { StringsContext } from './i18n/StringsContext';
import { useExplorer } from './useExplorer';

interface Props {
  graph: StoryGraph;
  fileName?: string | null;
  openButton?: ReactNode;
}

/**
 * Lays out the explorer of one loaded graph: the bar, the notices, the chart, the table, the side
 * column (a sheet on phones), the export dialog and the status line, in the interface language. The
 * wiring (URL state -> derived model -> actions) is `useExplorer`, handed to the parts through
 * ExplorerContext; nothing here decides anything. `fileName` names an opened file in the page title;
 * `openButton` is drawn in the interface language.
 */
export function Explorer({ graph, fileName = null, openButton }: Props) {
  const wiring = useExplorer(graph, fileName);
  const { state, strings, model, selected, exporter, act, keys, sheet } = wiring;
  return (
    <ExplorerContext value={{ ...wiring, graph }}>
      <StringsContext value={strings}>
        <div className="explorer">
          <ExplorerHeader openButton={openButton} />
          <ExplorerNotices />
          <main className="workspace">
            <ChartArea />
            {model.table && <TableView {...model.table} selectedId={selected?.id ?? null} onSelect={act.choose} />}
            <BottomSheet enabled={sheet} stop={act.sheetStop} onStop={act.setSheetStop} scrollKey={selected?.id}>
              <ExplorerPanels />
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
    </ExplorerContext>
  );
}
