import type { ReactNode } from 'react';

import type { Strings } from '../i18n/strings';

interface Props {
  children: ReactNode;
  strings: Strings;
  busy: boolean;
  canvasReady: boolean;
  onFit: () => void;
  onRelayout: () => void;
  onExport: () => void;
}

/** Filters (as children) and the view and export actions. */
export function Toolbar({ children, strings, busy, canvasReady, onFit, onRelayout, onExport }: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label={strings.graphControls}>
      {children}
      <div className="toolbar-actions">
        <button type="button" onClick={onFit} disabled={!canvasReady} title={strings.fitHint}>
          {strings.fit}
        </button>
        <button type="button" onClick={onRelayout} disabled={!canvasReady} title={strings.relayoutHint}>
          {strings.relayout}
        </button>
        <button
          type="button"
          onClick={onExport}
          disabled={!canvasReady || busy}
          aria-haspopup="dialog"
          title={strings.exportHint}
        >
          {busy ? strings.exporting : strings.exportPng}
        </button>
      </div>
    </div>
  );
}
