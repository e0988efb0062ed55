import type { Season } from '../domain/schema';
import type { Cursor } from '../domain/spoiler';
import type { Strings } from '../i18n/strings';

interface Props {
  seasons: readonly Season[];
  value: string | null;
  /** Seasons past the spoiler cursor cannot be chosen: showing them would be the spoiler. */
  cursor: Cursor | null;
  strings: Strings;
  onChange: (season: string | null) => void;
}

/** One choice per season found in the data, plus "All seasons". */
export function SeasonFilter({ seasons, value, cursor, strings, onChange }: Props) {
  const options = [
    { id: null, label: strings.allSeasons, hint: '', disabled: false },
    ...seasons.map((season) => toOption(season, cursor, strings)),
  ];
  return (
    <fieldset className="season-filter">
      <legend>{strings.season}</legend>
      {options.map((option) => (
        <label key={option.id ?? 'all'} title={option.hint || undefined}>
          <input
            type="radio"
            name="season"
            value={option.id ?? 'all'}
            checked={value === option.id}
            disabled={option.disabled}
            title={option.disabled ? option.hint : undefined}
            onChange={() => onChange(option.id)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function toOption(season: Season, cursor: Cursor | null, strings: Strings) {
  const label = season.released ? season.label : strings.seasonAnnounced(season.label);
  if (cursor !== null && season.number > cursor.season) {
    return { id: season.id, label, hint: strings.seasonPastCursor(season.label), disabled: true };
  }
  const hint = season.released
    ? `${season.label}${season.year ? ` (${season.year})` : ''}`
    : strings.seasonAnnouncedHint(season.label);
  return { id: season.id, label, hint, disabled: false };
}
