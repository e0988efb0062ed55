import type { ReactNode } from 'react';

import { useStrings } from '../i18n/StringsContext';
import { HeaderMenu } from './HeaderMenu';

interface Props {
  /** The season choice: in the bar where it fits (`seasonInBar`), else in the menu. */
  season: ReactNode;
  seasonInBar: boolean;
  /** "Open graph…", and the settings (view, theme, language, names): always in the menu. */
  open: ReactNode;
  settings: ReactNode;
  /** Wide enough (≥ 1280 px) for the season choice and the export button in the bar itself. */
  wide: boolean;
  busy: boolean;
  canvasReady: boolean;
  onRelayout: () => void;
  onExport: () => void;
}

/** The bar's graph controls: one row, with what does not fit behind the menu button. */
export function Toolbar(props: Props) {
  const { season, seasonInBar, open, settings, wide, busy, canvasReady, onRelayout, onExport } = props;
  const strings = useStrings();
  const exportButton = (
    <button
      type="button"
      onClick={onExport}
      disabled={!canvasReady || busy}
      aria-haspopup="dialog"
      title={strings.exportHint}
    >
      {busy ? strings.exporting : strings.exportPng}
    </button>
  );
  return (
    <div className="toolbar" role="toolbar" aria-label={strings.graphControls}>
      {seasonInBar && season}
      {wide && exportButton}
      <HeaderMenu>
        {!seasonInBar && season}
        <div className="menu-actions">
          {!wide && exportButton}
          <button type="button" onClick={onRelayout} disabled={!canvasReady} title={strings.relayoutHint}>
            {strings.relayout}
          </button>
          {open}
        </div>
        {settings}
      </HeaderMenu>
    </div>
  );
}
