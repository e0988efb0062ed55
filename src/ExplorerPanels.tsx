import type { ReactNode } from 'react';

import { Legend, NodeCard, PathFinder, SeasonDiffPanel } from './components/guardedPanels';
import { LayerControl } from './components/LayerControl';
import { useExplorerContext } from './ExplorerContext';
import { useStrings } from './i18n/StringsContext';
import * as transitions from './state/transitions';
import { THEMES } from './theme/palette';

/** The side column (or a phone's sheet): the card, the legend with its layers, paths and the season comparison. */
export function ExplorerPanels(): ReactNode {
  const { graph, state, model, selected, update, act, keys, theme, touch, ...p } = useExplorerContext();
  const strings = useStrings();
  const { filters } = state;
  const [firstSeason, secondSeason] = graph.seasons;
  return (
    <>
      <div {...keys.cardSlotProps}>
        {selected ? (
          <NodeCard
            titleRef={keys.cardTitleRef}
            card={model.view.card(selected.id)!}
            focusDepth={filters.focus?.id === selected.id ? filters.focus.depth : null}
            onSelect={act.choose}
            onFocus={act.focusOn}
            onClose={() => act.select(null)}
          />
        ) : (
          <p className="hint card-hint">
            {touch ? strings.pickNodeTouch : `${strings.pickNode} ${strings.keyboardHint}.`}
          </p>
        )}
      </div>
      <Legend model={model.legend} colors={THEMES[theme]} onToggle={(key) => update(transitions.toggleLegendKey(key))}>
        <LayerControl
          layers={filters.layers}
          groups={state.groups}
          hasCharacters={graph.nodes.some((n) => n.kind === 'character')}
          boxes={!model.large}
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
          p.setActivePath(0);
          update(transitions.setPath(change));
        }}
        onShowPath={p.setActivePath}
      />
      {firstSeason && secondSeason && (
        <SeasonDiffPanel
          diff={model.diffView}
          open={p.diffOpen}
          onToggle={p.setDiffOpen}
          from={firstSeason}
          to={secondSeason}
          highlighted={state.diff}
          onHighlight={(diff) => update(transitions.setDiffHighlight(diff))}
          onSelect={act.choose}
        />
      )}
    </>
  );
}
