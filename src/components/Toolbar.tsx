import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  busy: boolean;
  canvasReady: boolean;
  onFit: () => void;
  onRelayout: () => void;
  onExport: () => void;
}

/** Filters (as children) and the view and export actions. */
export function Toolbar({ children, busy, canvasReady, onFit, onRelayout, onExport }: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Graph controls">
      {children}
      <div className="toolbar-actions">
        <button type="button" onClick={onFit} disabled={!canvasReady} title="Zoom to show every visible node">
          Fit
        </button>
        <button type="button" onClick={onRelayout} disabled={!canvasReady} title="Lay out the visible nodes again">
          Re-layout
        </button>
        <button
          type="button"
          onClick={onExport}
          disabled={!canvasReady || busy}
          title="Download the graph as filtered, at 2x, as a PNG"
        >
          {busy ? 'Exporting…' : 'Export PNG'}
        </button>
      </div>
    </div>
  );
}
