import type { SeasonChoice } from '../domain/storyView';
import { useStrings } from '../i18n/StringsContext';

interface Props {
  /** The seasons as the story view offers them at the spoiler cursor. */
  choices: readonly SeasonChoice[];
  value: string | null;
  /** A crowded bar: an announced season shows its name only (its dashed outline and its name for screen readers say "announced"). */
  short: boolean;
  onChange: (season: string | null) => void;
}

/** One choice per season found in the data, plus "All seasons". */
export function SeasonFilter({ choices, value, short, onChange }: Props) {
  const strings = useStrings();
  const options = [
    { id: null, label: strings.allSeasons, name: strings.allSeasons, hint: '', disabled: false },
    ...choices,
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
            aria-label={short && option.name !== option.label ? option.label : undefined}
            onChange={() => onChange(option.id)}
          />
          <span aria-hidden={(short && option.name !== option.label) || undefined}>
            {short ? option.name : option.label}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
