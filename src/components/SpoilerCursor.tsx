import type { Cursor, CursorOption } from '../domain/spoiler';
import type { Strings } from '../i18n/strings';

interface Props {
  options: readonly CursorOption[];
  value: Cursor | null;
  strings: Strings;
  onChange: (cursor: Cursor | null) => void;
}

/** "I've watched up to …": one choice per episode of an aired season, then each announced season. */
export function SpoilerCursor({ options, value, strings, onChange }: Props) {
  const current = value === null ? '' : (options.find((o) => sameCursor(o.cursor, value))?.id ?? '');
  return (
    <label className="spoiler-cursor">
      <span>{strings.watchedUpTo}</span>
      <select value={current} onChange={(e) => onChange(options.find((o) => o.id === e.target.value)?.cursor ?? null)}>
        <option value="">{strings.everything}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.announced ? strings.seasonAnnounced(`S${o.cursor.season}`) : o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const sameCursor = (a: Cursor, b: Cursor) => a.season === b.season && a.episode === b.episode;
