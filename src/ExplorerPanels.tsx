import type { ReactNode } from 'react';

import { Legend, NodeCard, PathFinder, SeasonDiffPanel } from './components/guardedPanels';
import { LayerControl } from './components/LayerControl';
import type { FocusDepth } from './domain/filters';
import type { StoryGraph } from './domain/parseGraph';
import type { GraphNode } from './domain/schema';
import { useStrings } from './i18n/StringsContext';
import type { ExplorerState } from './state/explorerState';
import * as transitions from './state/transitions';
import type { useExplorerModel } from './state/useExplorerModel';
import type { UpdateState } from './state/useExplorerState';
import type { ThemeColors } from './theme/palette';
import type { useExplorerKeyboard } from './useExplorerKeyboard';

interface Props {
  graph: StoryGraph;
  state: ExplorerState;
  model: ReturnType<typeof useExplorerModel>;
  colors: ThemeColors;
  touch: boolean;
  /** The selected node if it is on screen. */
  selected: GraphNode | undefined;
  /** Spread on the card's slot so the keyboard can put focus there. */
  cardSlot: Pick<ReturnType<typeof useExplorerKeyboard>, 'cardSlotProps' | 'cardTitleRef'>;
  activePath: number;
  onActivePath: (index: number) => void;
  diffOpen: boolean;
  onDiffOpen: (open: boolean) => void;
  update: UpdateState;
  onChoose: (id: string) => void;
  onSelect: (id: string | null) => void;
  onFocus: (depth: FocusDepth | null) => void;
}

/** The side column (or a phone's sheet): the card, the legend with its layers, paths and the season comparison. */
export function ExplorerPanels(p: Props): ReactNode {
  const { graph, state, model, selected, update } = p;
  const strings = useStrings();
  const { filters } = state;
  const [firstSeason, secondSeason] = graph.seasons;
  return (
    <>
      <div {...p.cardSlot.cardSlotProps}>
        {selected ? (
          <NodeCard
            titleRef={p.cardSlot.cardTitleRef}
            card={model.view.card(selected.id)!}
            focusDepth={filters.focus?.id === selected.id ? filters.focus.depth : null}
            onSelect={p.onChoose}
            onFocus={p.onFocus}
            onClose={() => p.onSelect(null)}
          />
        ) : (
          <p className="hint card-hint">
            {p.touch ? strings.pickNodeTouch : `${strings.pickNode} ${strings.keyboardHint}.`}
          </p>
        )}
      </div>
      <Legend model={model.legend} colors={p.colors} onToggle={(key) => update(transitions.toggleLegendKey(key))}>
        <LayerControl
          layers={filters.layers}
          groups={state.groups}
          hasCharacters={graph.nodes.some((n) => n.kind === 'character')}
          onLayers={(layers) => update(transitions.setLayers(layers))}
          onGroups={(groups) => update(transitions.setGroups(groups))}
        />
      </Legend>
      <PathFinder
        view={model.view}
        {...state.path}
        paths={model.paths}
        activePath={p.activePath}
        onChange={(change) => {
          p.onActivePath(0);
          update(transitions.setPath(change));
        }}
        onShowPath={p.onActivePath}
      />
      {firstSeason && secondSeason && (
        <SeasonDiffPanel
          diff={model.diffView}
          open={p.diffOpen}
          onToggle={p.onDiffOpen}
          from={firstSeason}
          to={secondSeason}
          highlighted={state.diff}
          onHighlight={(diff) => update(transitions.setDiffHighlight(diff))}
          onSelect={p.onChoose}
        />
      )}
    </>
  );
}
