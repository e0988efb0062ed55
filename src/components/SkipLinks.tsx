import { useStrings } from '../i18n/StringsContext';

interface Props {
  /** False in the table view, where there is no chart to skip to. */
  chart: boolean;
  /** Each returns whether it took focus; if not, the link's own jump to its anchor goes ahead. */
  focusChart: () => boolean;
  focusCard: () => boolean;
}

/** The first Tab stops: past the header and the legend straight to the chart or the card. */
export function SkipLinks({ chart, focusChart, focusCard }: Props) {
  const strings = useStrings();
  return (
    <nav className="skip-links" aria-label={strings.skipLinks}>
      {chart && (
        <a href="#chart" onClick={(e) => focusChart() && e.preventDefault()}>
          {strings.skipToChart}
        </a>
      )}
      <a href="#card" onClick={(e) => focusCard() && e.preventDefault()}>
        {strings.skipToCard}
      </a>
    </nav>
  );
}
