import { type ReactNode, useCallback, useEffect, useState } from 'react';

// Each panel comes wrapped in its own error boundary: a crash in one leaves the graph and the rest working.
import {
  Legend,
  NodeCard,
  PathFinder,
  SearchBox,
  SeasonDiffPanel,
  Settings,
  TableView,
  Toolbar,
} from './components/guardedPanels';
import { LazyExportDialog } from './components/LazyExportDialog';
import { SeasonFilter } from './components/SeasonFilter';
import { SpoilerCursor } from './components/SpoilerCursor';
import { StatusLine } from './components/StatusLine';
import { Welcome } from './components/Welcome';
import type { GraphApi } from './contracts/graphApi';
import { GraphCanvas } from './cytoscape/GraphCanvas';
import { useGraphElements } from './cytoscape/useGraphElements';
import { linksOf } from './domain/describe';
import { shortName } from './domain/displayText';
import type { Filters } from './domain/filters';
import { toggleHidden } from './domain/legend';
import type { StoryGraph } from './domain/parseGraph';
import { type Cursor, cursorParam, hasEpisodes } from './domain/spoiler';
import { useKeyboardShortcuts } from './hooks/useKeyboardShortcuts';
import { usePrefersDark } from './hooks/usePrefersDark';
import { EXPORT_STRINGS } from './i18n/exportStrings';
import { STRINGS, type Strings } from './i18n/strings';
import { rememberCursor } from './state/rememberedCursor';
import { useExplorerModel } from './state/useExplorerModel';
import { useExplorerState } from './state/useExplorerState';
import { useExport } from './state/useExport';
import { THEMES } from './theme/palette';

/**
 * Wires one loaded graph: URL state -> derived model -> panels. No logic of its own beyond wiring.
 * `openButton` is drawn in the toolbar in the explorer's current language.
 */
export function Explorer({ graph, openButton }: { graph: StoryGraph; openButton?: (strings: Strings) => ReactNode }) {
  const { state, ignored, update } = useExplorerState(graph);
  const [api, setApi] = useState<GraphApi | null>(null);
  const [activePath, setActivePath] = useState(0);
  const systemTheme = usePrefersDark() ? 'dark' : 'light';
  const theme = state.theme === 'system' ? systemTheme : state.theme;
  const strings = STRINGS[state.lang];
  const [diffOpen, setDiffOpen] = useState(state.diff);
  const model = useExplorerModel(graph, state, activePath, diffOpen, strings);
  const layout = useGraphElements(graph);
  const { filters, selected: selectedId } = state;
  const selected =
    selectedId !== null && model.visibility.nodes.has(selectedId) ? graph.nodeById.get(selectedId) : undefined;
  const exporter = useExport({
    api,
    graph,
    filters,
    ...model,
    colors: THEMES[theme],
    strings: EXPORT_STRINGS[state.lang],
    legendTitle: strings.legend,
  });

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.lang = state.lang;
  }, [theme, state.lang]);

  const setFilters = (change: Partial<Filters>) => update((s) => ({ ...s, filters: { ...s.filters, ...change } }));
  // The viewer's answer is remembered on this device and written to the URL, where it wins next time.
  const setCursor = (cursor: Cursor | null) => {
    rememberCursor(cursorParam(cursor));
    update((s) => ({ ...s, filters: { ...s.filters, cursor }, cursorFrom: 'url' }));
  };
  const asking = state.cursorFrom === 'unasked' && hasEpisodes(graph.seasons);
  const select = useCallback(
    (id: string | null) => update((s) => (s.selected === id ? s : { ...s, selected: id }), 'push'),
    [update],
  );
  const choose = (id: string) => {
    select(id);
    api?.center(id);
  };
  const setFocus = (depth: 1 | 2 | 3 | null) =>
    setFilters({ focus: depth === null || !selected ? null : { id: selected.id, depth } });

  useKeyboardShortcuts({
    onArrow: (direction) => {
      const next = selected && api?.neighbour(selected.id, direction);
      if (next) choose(next);
      return Boolean(next);
    },
    onEnter: () => {
      document.getElementById('card-title')?.focus();
      return selected !== undefined;
    },
    onEscape: () => {
      if (filters.focus) setFilters({ focus: null });
      else if (selectedId) select(null);
      return Boolean(filters.focus || selectedId);
    },
    onDepth: (depth) => {
      if (selected) setFocus(depth);
      return selected !== undefined;
    },
    onSearch: () => {
      document.getElementById('search-input')?.focus();
      return true;
    },
  });

  const [firstSeason, secondSeason] = graph.seasons;
  const announcement = selected
    ? strings.selectedAnnouncement(
        shortName(selected.label),
        strings.nodeKinds[selected.kind],
        linksOf(graph, selected.id, model.visibility.links, filters.cursor, strings).length,
      )
    : '';

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
        <SearchBox
          search={(q) => model.searchIndex.search(q, model.visibility.nodes)}
          strings={strings}
          onChoose={choose}
        />
        <Toolbar
          strings={strings}
          busy={exporter.busy}
          canvasReady={api !== null}
          onFit={() => api?.fit()}
          onRelayout={() => api?.relayout()}
          onExport={exporter.openDialog}
        >
          <SeasonFilter
            seasons={graph.seasons}
            value={filters.season}
            cursor={filters.cursor}
            strings={strings}
            onChange={(season) => setFilters({ season })}
          />
          <SpoilerCursor options={model.cursorChoices} value={filters.cursor} strings={strings} onChange={setCursor} />
          {openButton?.(strings)}
        </Toolbar>
        <Settings
          strings={strings}
          view={state.view}
          theme={state.theme}
          lang={state.lang}
          names={state.names}
          title={state.lang === 'ko' && graph.meta.titleKo ? graph.meta.titleKo : graph.meta.title}
          onChange={(change) => update((s) => ({ ...s, ...change }))}
        />
      </header>
      {asking && (
        <Welcome
          title={(state.lang === 'ko' && graph.meta.titleKo) || graph.meta.title}
          options={model.cursorChoices}
          strings={strings}
          onAnswer={setCursor}
        />
      )}
      {ignored.length > 0 && (
        <p className="url-note" role="status">
          {strings.ignoredParams(ignored.join(', '))}
        </p>
      )}
      {filters.focus && (
        <p className="focus-bar" role="status">
          {strings.focusedOn(shortName(graph.nodeById.get(filters.focus.id)?.label ?? ''), filters.focus.depth)}{' '}
          <button type="button" onClick={() => setFilters({ focus: null })}>
            {strings.leaveFocus}
          </button>
        </p>
      )}
      <main className="workspace">
        <section
          className="graph-area"
          aria-label={strings.graphRegion(graph.meta.title)}
          hidden={state.view === 'table'}
        >
          <GraphCanvas
            elements={layout.elements}
            visibility={model.visibility}
            selectedId={selected?.id ?? null}
            theme={theme}
            names={state.names}
            highlights={model.highlights}
            plan={layout.plan}
            large={model.large}
            layingOutText={strings.layingOut}
            onReady={setApi}
            onSelect={select}
          />
        </section>
        {model.table && (
          <TableView {...model.table} selectedId={selected?.id ?? null} strings={strings} onSelect={choose} />
        )}
        <div className="side-column">
          <Legend
            model={model.legend}
            colors={THEMES[theme]}
            strings={strings}
            onToggle={(key) => setFilters({ hidden: toggleHidden(filters.hidden, key) })}
          />
          {selected ? (
            <NodeCard
              graph={graph}
              node={selected}
              visibility={model.visibility}
              cursor={filters.cursor}
              focusDepth={filters.focus?.id === selected.id ? filters.focus.depth : null}
              strings={strings}
              onSelect={choose}
              onFocus={setFocus}
              onClose={() => select(null)}
            />
          ) : (
            <p className="hint card-hint">
              {strings.pickNode} {strings.keyboardHint}.
            </p>
          )}
          <PathFinder
            graph={graph}
            visibleNodes={model.visibility.nodes}
            cursor={filters.cursor}
            {...state.path}
            paths={model.paths}
            activePath={activePath}
            strings={strings}
            onChange={(change) => {
              setActivePath(0);
              update((s) => ({ ...s, path: { ...s.path, ...change } }));
            }}
            onShowPath={setActivePath}
          />
          {firstSeason && secondSeason && (
            <SeasonDiffPanel
              graph={graph}
              diff={model.diff}
              open={diffOpen}
              onToggle={setDiffOpen}
              fromLabel={firstSeason.label}
              toLabel={secondSeason.label}
              highlighted={state.diff}
              strings={strings}
              onHighlight={(diff) => update((s) => ({ ...s, diff }))}
              onSelect={choose}
            />
          )}
        </div>
      </main>
      {exporter.open && <LazyExportDialog {...exporter.dialog} />}
      <StatusLine
        text={strings.counts(model.counts.characters, model.counts.links)}
        notice={exporter.notice}
        announcement={announcement}
      />
    </div>
  );
}
