import { type Cursor, type CursorOption, cursorParam } from '../domain/spoiler';
import { cursorLabel, cursorLabelShort } from '../i18n/storyStrings';
import { useStrings } from '../i18n/StringsContext';

interface Props {
  options: readonly CursorOption[];
  value: Cursor | null;
  /** A bar without room for "I've watched up to": the visible label is "Watched". */
  shortLabel: boolean;
  /** A phone's bar: short choices too ("S1E12", "Everything"). */
  shortChoices: boolean;
  onChange: (cursor: Cursor | null) => void;
}

/**
 * "I've watched up to …": not started, each aired episode, then everything (with what is announced
 * for unreleased seasons). Self-contained, so any header can hold it.
 */
export function SpoilerCursor({ options, value, shortLabel, shortChoices, onChange }: Props) {
  const strings = useStrings();
  const current = cursorParam(value);
  const label = shortChoices ? cursorLabelShort : cursorLabel;
  return (
    <label className="spoiler-cursor">
      {/* The short label is a word of the full name, so speech input ("tap Watched") still finds it. */}
      <span aria-hidden={shortLabel || undefined}>{shortLabel ? strings.watchedUpToShort : strings.watchedUpTo}</span>
      <select
        aria-label={shortLabel ? strings.watchedUpTo : undefined}
        value={current}
        onChange={(e) => {
          const option = options.find((o) => o.id === e.target.value);
          if (option) onChange(option.cursor);
        }}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {label(strings, o.position)}
          </option>
        ))}
      </select>
    </label>
  );
}
