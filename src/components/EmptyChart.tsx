import { useStrings } from '../i18n/StringsContext';

/** Said over a chart with nothing to draw: why, and what brings the characters in. */
export function EmptyChart({ notStarted }: { notStarted: boolean }) {
  const strings = useStrings();
  return (
    <p className="empty-chart" role="status">
      {notStarted ? strings.emptyNotStarted : strings.emptyFiltered}
    </p>
  );
}
