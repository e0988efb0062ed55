import { nameIn } from '../domain/describe';
import type { Language } from '../domain/language';
import type { Season } from '../domain/schema';
import type { Cursor } from '../domain/spoiler';
import type { Strings } from '../i18n/strings';
import { useStrings } from '../i18n/StringsContext';

interface Props {
  seasons: readonly Season[];
  value: string | null;
  /** Seasons past the spoiler cursor cannot be chosen: showing them would be the spoiler. */
  cursor: Cursor | null;
  /** The interface language: a season's Korean name ("시즌 1") when the data has one. */
  lang: Language;
  /** A crowded bar: an announced season shows its name only (its dashed outline and its name for screen readers say "announced"). */
  short: boolean;
  onChange: (season: string | null) => void;
}

/** One choice per season found in the data, plus "All seasons". */
export function SeasonFilter({ seasons, value, cursor, lang, short, onChange }: Props) {
  const strings = useStrings();
  const options = [
    { id: null, label: strings.allSeasons, shown: strings.allSeasons, hint: '', disabled: false },
    ...seasons.map((season) => toOption(season, nameIn(season, season.label, lang), cursor, strings)),
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
            aria-label={short && option.shown !== option.label ? option.label : undefined}
            onChange={() => onChange(option.id)}
          />
          <span aria-hidden={(short && option.shown !== option.label) || undefined}>
            {short ? option.shown : option.label}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function toOption(season: Season, name: string, cursor: Cursor | null, strings: Strings) {
  const label = season.released ? name : strings.seasonAnnounced(name);
  if (cursor !== null && season.number > cursor.season) {
    return { id: season.id, label, shown: name, hint: strings.seasonPastCursor(name), disabled: true };
  }
  const hint = season.released ? `${name}${season.year ? ` (${season.year})` : ''}` : strings.seasonAnnouncedHint(name);
  return { id: season.id, label, shown: name, hint, disabled: false };
}
