import { type Cursor, type CursorOption, cursorParam } from '../domain/spoiler';
import { cursorLabel } from '../i18n/storyStrings';
import type { Strings } from '../i18n/strings';

interface Props {
  options: readonly CursorOption[];
  value: Cursor | null;
  strings: Strings;
  onChange: (cursor: Cursor | null) => void;
}

/**
 * "I've watched up to …": not started, each aired episode, then everything (with what is announced
 * for unreleased seasons). Self-contained, so any header can hold it.
 */
export function SpoilerCursor({ options, value, strings, onChange }: Props) {
  const current = cursorParam(value);
  return (
    <label className="spoiler-cursor">
      <span>{strings.watchedUpTo}</span>
      <select
        value={current}
        onChange={(e) => {
          const option = options.find((o) => o.id === e.target.value);
          if (option) onChange(option.cursor);
        }}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {cursorLabel(strings, o.position)}
          </option>
        ))}
      </select>
    </label>
  );
}
