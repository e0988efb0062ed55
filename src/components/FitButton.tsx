import type { Strings } from '../i18n/strings';

/** "Fit" floats over the chart's corner, as a map's recentre button does, at every screen size. */
export function FitButton({ strings, disabled, onFit }: { strings: Strings; disabled: boolean; onFit: () => void }) {
  return (
    <button type="button" className="fit-button" onClick={onFit} disabled={disabled} title={strings.fitHint}>
      {strings.fit}
    </button>
  );
}
