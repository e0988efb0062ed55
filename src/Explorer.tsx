import { type ReactNode, useCallback, useState } from 'react';

// Each panel comes wrapped in its own error boundary: a crash in one leaves the graph and the rest working.
import { AppHeader } from './components/AppHeader';
import { BottomSheet, type SheetStop } from './components/BottomSheet';
import { FitButton } from './components/FitButton';
import { FocusBar } from './components/FocusBar';
import { Legend, NodeCard, PathFinder, SeasonDiffPanel, TableView } from './components/guardedPanels';
import { LayerControl } from './components/LayerControl';
import { LazyExportDialog } from './components/LazyExportDialog';
import { SkipLinks } from './components/SkipLinks';
import { StatusLine } from './components/StatusLine';
import { Welcome } from './components/Welcome';
import type { GraphApi } from './contracts/graphApi';
import { GraphCanvas } from './cytoscape/GraphCanvas';
import { useGraphElements } from './cytoscape/useGraphElements';
import { nameIn } from './domain/describe';
import type { FocusDepth } from './domain/filters';
import type { StoryGraph } from './domain/parseGraph';
import { type Cursor, cursorParam, hasEpisodes } from './domain/spoiler';
import { MEDIA, useBarRoom, useMediaQuery } from './hooks/useMediaQuery';
import { EXPORT_STRINGS } from './i18n/exportStrings';
import { STRINGS, type Strings } from './i18n/strings';
import { rememberCursor } from './state/rememberedCursor';
import * as transitions from './state/transitions';
import { useExplorerModel } from './state/useExplorerModel';
import { useExplorerState } from './state/useExplorerState';
import { useExport } from './state/useExport';
import { THEMES } from './theme/palette';
import { useDocumentSettings } from './useDocumentSettings';
import { useExplorerKeyboard } from './useExplorerKeyboard';

interface Props {
  graph: StoryGraph;
  fileName?: string | null;
  openButton?: (strings: Strings) => ReactNode;
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
  const [sheetStop, setSheetStop] = useState<SheetStop>('peek');
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

  // The viewer's answer is remembered on this device and written to the URL, where it wins next time.
  const chooseCursor = (cursor: Cursor | null) => {
    rememberCursor(cursorParam(cursor));
    update(transitions.setCursor(cursor));
  };
  const asking = state.cursorFrom === 'unasked' && hasEpisodes(graph.seasons);
  const select = useCallback((id: string | null) => update(transitions.selectNode(graph, id), 'push'), [graph, update]);
  // A card behind the sheet's peek is out of sight: the sheet rises to half height.
  const raiseSheet = () => sheet && setSheetStop((stop) => (stop === 'peek' ? 'half' : stop));
  const choose = (id: string) => {
    select(id);
    raiseSheet();
    // After the sheet has taken its new height, so that the node lands in the middle of what is left.
    requestAnimationFrame(() => api?.center(id));
  };
  const focusOn = (depth: FocusDepth | null) => update(transitions.setFocus(selected?.id ?? null, depth));
  const leave = () => update(transitions.leaveFocus);
  const keys = useExplorerKeyboard({
    graph,
    api,
    filters,
    model,
    strings,
    selectedId: selected?.id ?? null,
    actions: { choose, select, leaveFocus: leave, setFocus: focusOn },
  });
  const [firstSeason, secondSeason] = graph.seasons;

  return (
    <div className="explorer">
      <SkipLinks
        strings={strings}
        chart={state.view === 'graph'}
        focusChart={keys.skipLinks.focusChart}
        focusCard={() => {
          raiseSheet();
          return keys.skipLinks.focusCard();
        }}
      />
      <AppHeader
        graph={graph}
        state={state}
        strings={strings}
        touch={touch}
        room={room}
        search={model.suggest}
        cursorChoices={model.cursorChoices}
        exportBusy={exporter.busy}
        canvasReady={api !== null}
        openButton={openButton?.(strings)}
        onChoose={keys.chooseAndFocus}
        onSeason={(season) => update(transitions.setSeason(season))}
        onCursor={chooseCursor}
        onSettings={(change) => update(transitions.setSettings(change))}
        onRelayout={() => api?.relayout()}
        onExport={exporter.openDialog}
      />
      {asking && (
        <Welcome
          title={(state.lang === 'ko' && graph.meta.titleKo) || graph.meta.title}
          options={model.cursorChoices}
          strings={strings}
          onAnswer={chooseCursor}
        />
      )}
      {ignored.length > 0 && (
        <p className="url-note" role="status">
          {strings.ignoredParams(ignored.join(', '))}
        </p>
      )}
      {filters.focus && (
        <FocusBar
          name={nameIn(graph.nodeById.get(filters.focus.id), filters.focus.id, state.lang)}
          depth={filters.focus.depth}
          strings={strings}
          onLeave={leave}
        />
      )}
      <main className="workspace">
        <section
          className="graph-area"
          aria-label={strings.graphRegion(graph.meta.title)}
          hidden={state.view === 'table'}
        >
          <div {...keys.chartProps}>
            <GraphCanvas
              elements={layout.elements}
              visibility={model.visibility}
              selectedId={selected?.id ?? null}
              theme={theme}
              names={state.names}
              highlights={model.highlights}
              groups={state.groups}
              plan={layout.plan}
              large={model.large}
              layingOutText={strings.layingOut}
              touch={touch}
              phoneStart={sheet}
              onReady={setApi}
              onSelect={(id) => (id !== null && sheet ? choose(id) : select(id))}
            />
          </div>
          <FitButton strings={strings} disabled={api === null} onFit={() => api?.fit()} />
        </section>
        {model.table && (
          <TableView {...model.table} selectedId={selected?.id ?? null} strings={strings} onSelect={choose} />
        )}
        <BottomSheet strings={strings} enabled={sheet} stop={sheetStop} onStop={setSheetStop} scrollKey={selected?.id}>
          <div {...keys.cardSlotProps}>
            {selected ? (
              <NodeCard
                titleRef={keys.cardTitleRef}
                card={model.view.card(selected.id)!}
                focusDepth={filters.focus?.id === selected.id ? filters.focus.depth : null}
                strings={strings}
                onSelect={choose}
                onFocus={focusOn}
                onClose={() => select(null)}
              />
            ) : (
              <p className="hint card-hint">
                {touch ? strings.pickNodeTouch : `${strings.pickNode} ${strings.keyboardHint}.`}
              </p>
            )}
          </div>
          <Legend
            model={model.legend}
            colors={THEMES[theme]}
            strings={strings}
            onToggle={(key) => update(transitions.toggleLegendKey(key))}
          >
            <LayerControl
              layers={filters.layers}
              groups={state.groups}
              hasCharacters={graph.nodes.some((n) => n.kind === 'character')}
              strings={strings}
              onLayers={(layers) => update(transitions.setLayers(layers))}
              onGroups={(groups) => update(transitions.setGroups(groups))}
            />
          </Legend>
          <PathFinder
            view={model.view}
            {...state.path}
            paths={model.paths}
            activePath={activePath}
            strings={strings}
            onChange={(change) => {
              setActivePath(0);
              update(transitions.setPath(change));
            }}
            onShowPath={setActivePath}
          />
          {firstSeason && secondSeason && (
            <SeasonDiffPanel
              diff={model.diffView}
              open={diffOpen}
              onToggle={setDiffOpen}
              from={firstSeason}
              to={secondSeason}
              highlighted={state.diff}
              strings={strings}
              onHighlight={(diff) => update(transitions.setDiffHighlight(diff))}
              onSelect={choose}
            />
          )}
        </BottomSheet>
      </main>
      {exporter.open && <LazyExportDialog {...exporter.dialog} />}
      <StatusLine
        text={strings.counts(model.counts.characters, model.counts.links)}
        notice={exporter.notice}
        announcement={keys.announcement}
      />
    </div>
  );
}
