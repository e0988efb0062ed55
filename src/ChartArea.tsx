import { EmptyChart } from './components/EmptyChart';
import { FitButton } from './components/FitButton';
import type { GraphApi } from './contracts/graphApi';
import { GraphCanvas } from './cytoscape/GraphCanvas';
import type { useGraphElements } from './cytoscape/useGraphElements';
import type { StoryGraph } from './domain/parseGraph';
import { useStrings } from './i18n/StringsContext';
import type { ExplorerState } from './state/explorerState';
import type { useExplorerModel } from './state/useExplorerModel';
import type { ThemeName } from './theme/palette';
import type { useExplorerKeyboard } from './useExplorerKeyboard';

interface Props {
  graph: StoryGraph;
  state: ExplorerState;
  model: ReturnType<typeof useExplorerModel>;
  layout: ReturnType<typeof useGraphElements>;
  theme: ThemeName;
  touch: boolean;
  /** Phones and upright tablets: the chart opens on a readable start view above the sheet. */
  sheet: boolean;
  selectedId: string | null;
  chartProps: ReturnType<typeof useExplorerKeyboard>['chartProps'];
  api: GraphApi | null;
  onReady: (api: GraphApi | null) => void;
  onSelect: (id: string | null) => void;
}

/** The chart region: the drawn graph (one Tab stop for the keyboard) and its Fit button. */
export function ChartArea({ graph, state, model, layout, ...p }: Props) {
  const strings = useStrings();
  return (
    <section className="graph-area" aria-label={strings.graphRegion(graph.meta.title)} hidden={state.view === 'table'}>
      <div {...p.chartProps}>
        <GraphCanvas
          elements={layout.elements}
          visibility={model.visibility}
          selectedId={p.selectedId}
          theme={p.theme}
          names={state.names}
          highlights={model.highlights}
          groups={state.groups}
          plan={layout.plan}
          large={model.large}
          layingOutText={strings.layingOut}
          touch={p.touch}
          phoneStart={p.sheet}
          onReady={p.onReady}
          onSelect={p.onSelect}
        />
      </div>
      <FitButton disabled={p.api === null} onFit={() => p.api?.fit()} />
      {model.visibility.nodes.size === 0 && <EmptyChart notStarted={state.filters.cursor?.episode === 0} />}
    </section>
  );
}
