import type { ComponentType } from 'react';

import type { PanelName } from '../i18n/strings';
import { Legend as LegendPanel } from './Legend';
import { NodeCard as NodeCardPanel } from './NodeCard';
import { PanelBoundary } from './PanelBoundary';
import { PathFinder as PathFinderPanel } from './PathFinder';
import { SearchBox as SearchBoxPanel } from './SearchBox';
import { SeasonDiffPanel as SeasonDiffPanelPanel } from './SeasonDiffPanel';
import { Settings as SettingsPanel } from './Settings';
import { TableView as TableViewPanel } from './TableView';
import { Toolbar as ToolbarPanel } from './Toolbar';

/** `Inner` inside its own error boundary, so that a crash in it stays in it. */
function guard<P extends object>(panel: PanelName, Inner: ComponentType<P>, resetKey?: (props: P) => unknown) {
  function Guarded(props: P) {
    return (
      <PanelBoundary panel={panel} resetKey={resetKey?.(props)}>
        <Inner {...props} />
      </PanelBoundary>
    );
  }
  Guarded.displayName = `Guarded(${panel})`;
  return Guarded;
}

export const SearchBox = guard('search', SearchBoxPanel);
export const Toolbar = guard('toolbar', ToolbarPanel);
export const Settings = guard('settings', SettingsPanel);
export const Legend = guard('legend', LegendPanel);
// Choosing another node gives a failed card a fresh start.
export const NodeCard = guard('card', NodeCardPanel, (props) => props.card.id);
export const PathFinder = guard('pathFinder', PathFinderPanel);
export const SeasonDiffPanel = guard('seasonDiff', SeasonDiffPanelPanel);
export const TableView = guard('table', TableViewPanel);
