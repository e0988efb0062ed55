import { EmptyChart } from './components/EmptyChart';
import { FitButton } from './components/FitButton';
import { GraphCanvas } from './cytoscape/GraphCanvas';
import { useExplorerContext } from './ExplorerContext';
import { useStrings } from './i18n/StringsContext';

/** The chart region: the drawn graph (one Tab stop for the keyboard) and its Fit button. */
export function ChartArea() {
  const { graph, state, model, layout, act, keys, api, setApi, selected, sheet, ...p } = useExplorerContext();
  const strings = useStrings();
  return (
    <section className="graph-area" aria-label={strings.graphRegion(graph.meta.title)} hidden={state.view === 'table'}>
      <div {...keys.chartProps}>
        <GraphCanvas
          elements={layout.elements}
          visibility={model.visibility}
          selectedId={selected?.id ?? null}
          theme={p.theme}
          names={state.names}
          highlights={model.highlights}
          groups={state.groups}
          plan={layout.plan}
          placement={layout.placement}
          large={model.large}
          layingOutText={strings.layingOut}
          drawingText={strings.drawing}
          touch={p.touch}
          phoneStart={sheet}
          onReady={setApi}
          onSelect={(id) => (id !== null && sheet ? act.choose(id) : act.select(id))}
        />
      </div>
      <FitButton disabled={api === null} onFit={() => api?.fit()} />
      {model.visibility.nodes.size === 0 && <EmptyChart notStarted={state.filters.cursor?.episode === 0} />}
    </section>
  );
}
