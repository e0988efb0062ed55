import { type ExportOptions, PRESET_IDS, type PresetId } from '../domain/exportPlan';
import type { ExportStrings } from '../i18n/exportStrings';

interface Props {
  options: ExportOptions;
  strings: ExportStrings;
  onChange: (change: Partial<ExportOptions>) => void;
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  choices: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="export-choice">
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name={props.name}
            value={c.value}
            checked={props.value === c.value}
            onChange={() => props.onChange(c.value)}
          />{' '}
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

function Check(props: { label: string; checked: boolean; disabled?: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="export-check">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
      />{' '}
      {props.label}
    </label>
  );
}

/** Every export option as plain form controls, so the dialog works from the keyboard alone. */
export function ExportOptionsForm({ options, strings, onChange }: Props) {
  return (
    <div className="export-options">
      <Choice
        legend={strings.format}
        name="export-format"
        value={options.format}
        choices={[
          { value: 'png', label: 'PNG' },
          { value: 'svg', label: 'SVG' },
        ]}
        onChange={(format) => onChange({ format })}
      />
      <Choice
        legend={strings.area}
        name="export-scope"
        value={options.scope}
        choices={[
          { value: 'whole', label: strings.whole },
          { value: 'viewport', label: strings.viewport },
        ]}
        onChange={(scope) => onChange({ scope })}
      />
      <label className="export-field">
        {strings.size}{' '}
        <select value={options.preset} onChange={(e) => onChange({ preset: e.target.value as PresetId })}>
          {PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {strings.presets[id]}
            </option>
          ))}
        </select>
      </label>
      {options.preset === 'custom' && (
        <label className="export-field">
          {strings.customWidth}{' '}
          <input
            type="number"
            min={1}
            step={1}
            value={options.customWidth}
            onChange={(e) => onChange({ customWidth: e.target.valueAsNumber })}
          />
        </label>
      )}
      <Choice
        legend={strings.background}
        name="export-background"
        value={options.background}
        choices={[
          { value: 'solid', label: strings.solid },
          { value: 'transparent', label: strings.transparent },
        ]}
        onChange={(background) => onChange({ background })}
      />
      <fieldset className="export-choice">
        <legend>{strings.contents}</legend>
        <Check label={strings.labels} checked={options.labels} onChange={(labels) => onChange({ labels })} />
        <Check
          label={strings.legend}
          checked={options.legend || options.explain}
          disabled={options.explain}
          onChange={(legend) => onChange({ legend })}
        />
        <Check
          label={strings.caption}
          checked={options.caption || options.explain}
          disabled={options.explain}
          onChange={(caption) => onChange({ caption })}
        />
        <Check label={strings.explain} checked={options.explain} onChange={(explain) => onChange({ explain })} />
        <Check
          label={strings.arrowCaptions}
          checked={options.arrowCaptions}
          onChange={(arrowCaptions) => onChange({ arrowCaptions })}
        />
        <Check
          label={strings.highlight}
          checked={options.highlight}
          onChange={(highlight) => onChange({ highlight })}
        />
      </fieldset>
    </div>
  );
}
