import type { ExplorerView } from '../contracts/view';
import { type Language, type NameScript, namesFor } from '../domain/language';
import { useStrings } from '../i18n/StringsContext';
import type { ThemeChoice } from '../theme/palette';
import { About } from './About';

type Choice<T extends string> = { value: T; label: string };

interface SelectProps<T extends string> {
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
}

function Select<T extends string>({ label, value, choices, onChange }: SelectProps<T>) {
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(choices.find((c) => c.value === e.target.value)?.value ?? value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface SettingsValues {
  view: ExplorerView;
  theme: ThemeChoice;
  lang: Language;
  names: NameScript;
}

interface Props extends SettingsValues {
  /** The graph's title, for the About entry. */
  title: string;
  onChange: (change: Partial<SettingsValues>) => void;
}

/** View, theme, interface language, the script of names on the graph, and About. */
export function Settings({ view, theme, lang, names, title, onChange }: Props) {
  const strings = useStrings();
  return (
    <div className="settings">
      <Select
        label={strings.view}
        value={view}
        choices={[
          { value: 'graph', label: strings.viewGraph },
          { value: 'table', label: strings.viewTable },
        ]}
        onChange={(v) => onChange({ view: v })}
      />
      <Select
        label={strings.theme}
        value={theme}
        choices={[
          { value: 'system', label: strings.themeSystem },
          { value: 'light', label: strings.themeLight },
          { value: 'dark', label: strings.themeDark },
        ]}
        onChange={(v) => onChange({ theme: v })}
      />
      <Select
        label={strings.language}
        value={lang}
        choices={[
          { value: 'en', label: 'English' },
          { value: 'ko', label: '한국어' },
        ]}
        // The chart's names follow the language; the names choice below can still differ.
        onChange={(v) => onChange({ lang: v, names: namesFor(v) })}
      />
      <Select
        label={strings.names}
        value={names}
        choices={[
          { value: 'latin', label: strings.latin },
          { value: 'hangul', label: strings.hangul },
        ]}
        onChange={(v) => onChange({ names: v })}
      />
      <About lang={lang} title={title} />
    </div>
  );
}
