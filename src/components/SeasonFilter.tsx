import type { Season } from '../domain/schema';
import type { Strings } from '../i18n/strings';

interface Props {
  seasons: readonly Season[];
  value: string | null;
  strings: Strings;
  onChange: (season: string | null) => void;
}

/** One choice per season found in the data, plus "All seasons". */
export function SeasonFilter({ seasons, value, strings, onChange }: Props) {
  const options = [{ id: null, label: strings.allSeasons, hint: '' }, ...seasons.map(toOption)];
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
            onChange={() => onChange(option.id)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function toOption(season: Season) {
  const hint = season.released
    ? `${season.label}${season.year ? ` (${season.year})` : ''}`
    : `${season.label}: announced, not yet released`;
  return { id: season.id, label: season.released ? season.label : `${season.label} (announced)`, hint };
}
