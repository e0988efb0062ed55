import type { Strings } from '../i18n/strings';

/** Said over a chart with nothing to draw: why, and what brings the characters in. */
export function EmptyChart({ strings, notStarted }: { strings: Strings; notStarted: boolean }) {
  return (
    <p className="empty-chart" role="status">
      {notStarted ? strings.emptyNotStarted : strings.emptyFiltered}
    </p>
  );
}
