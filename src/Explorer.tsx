import { useCallback, useMemo, useState } from 'react';

import { DetailsPanel } from './components/DetailsPanel';
import { downloadBlob } from './components/download';
import { Legend } from './components/Legend';
import { SeasonFilter } from './components/SeasonFilter';
import { type Notice, StatusLine } from './components/StatusLine';
import { Toolbar } from './components/Toolbar';
import { type GraphApi, GraphCanvas } from './cytoscape/GraphCanvas';
import { toElements } from './cytoscape/toElements';
import { linksOf } from './domain/describe';
import { exportFileName } from './domain/exportName';
import { applyFilters, countVisible, DEFAULT_FILTERS, type Filters } from './domain/filters';
import type { StoryGraph } from './domain/parseGraph';
import { useColorScheme } from './state/useColorScheme';
import { THEMES } from './theme/palette';

/** Wires one loaded graph: state -> derived data -> panels. No logic of its own beyond wiring. */
export function Explorer({ graph }: { graph: StoryGraph }) {
  const theme = useColorScheme();
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [api, setApi] = useState<GraphApi | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const elements = useMemo(() => toElements(graph), [graph]);
  const visibility = useMemo(() => applyFilters(graph, filters), [graph, filters]);
  const counts = useMemo(() => countVisible(graph, visibility), [graph, visibility]);
  const shownId = selectedId !== null && visibility.nodes.has(selectedId) ? selectedId : null;
  const selected = shownId === null ? null : (graph.nodeById.get(shownId) ?? null);
  const lines = useMemo(
    () => (shownId === null ? [] : linksOf(graph, shownId, visibility.links)),
    [graph, shownId, visibility],
  );

  const exportImage = useCallback(async () => {
    if (!api) return;
    setBusy(true);
    setNotice({ tone: 'info', text: 'Exporting PNG…' });
    try {
      const season = graph.seasons.find((s) => s.id === filters.season) ?? null;
      const fileName = exportFileName(graph.meta.slug, season, 'png');
      const result = await api.exportPng(THEMES[theme].background);
      downloadBlob(result.blob, fileName);
      setNotice({ tone: 'info', text: `Saved ${fileName} (${result.width} × ${result.height} px)` });
    } catch (error) {
      setNotice({ tone: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  }, [api, graph, filters.season, theme]);

  return (
    <div className="explorer">
      <header className="app-header">
        <h1>
          {graph.meta.title}
          {graph.meta.titleKo && (
            <span lang="ko" className="title-ko">
              {' '}
              {graph.meta.titleKo}
            </span>
          )}
        </h1>
        <Toolbar
          busy={busy}
          canvasReady={api !== null}
          onFit={() => api?.fit()}
          onRelayout={() => api?.relayout()}
          onExport={() => void exportImage()}
        >
          <SeasonFilter
            seasons={graph.seasons}
            value={filters.season}
            onChange={(season) => setFilters((f) => ({ ...f, season }))}
          />
        </Toolbar>
      </header>
      <main className="workspace">
        <section className="graph-area" aria-label={`${graph.meta.title} relationship graph`}>
          <GraphCanvas
            elements={elements}
            visibility={visibility}
            selectedId={shownId}
            theme={theme}
            onReady={setApi}
            onSelect={setSelectedId}
          />
        </section>
        <div className="side-column">
          <Legend colors={THEMES[theme]} />
          <DetailsPanel node={selected} lines={lines} onSelect={setSelectedId} onClose={() => setSelectedId(null)} />
        </div>
      </main>
      <StatusLine counts={counts} notice={notice} />
    </div>
  );
}
