import { useStrings } from '../i18n/StringsContext';

/** "Fit" floats over the chart's corner, as a map's recentre button does, at every screen size. */
export function FitButton({ disabled, onFit }: { disabled: boolean; onFit: () => void }) {
  const strings = useStrings();
  return (
    <button type="button" className="fit-button" onClick={onFit} disabled={disabled} title={strings.fitHint}>
      {strings.fit}
    </button>
  );
}
