import type { ReactNode } from 'react';

import type { LegendEntry, LegendModel } from '../domain/legend';
import type { Strings } from '../i18n/strings';
import { useStrings } from '../i18n/StringsContext';
import { linkTypeLabel } from '../i18n/vocabulary';
import { LINK_STYLES, linkTone, NODE_SHAPES, type ThemeColors, TONE_LINES } from '../theme/palette';
import { LineSwatch, NodeSwatch } from './Swatches';

interface Props {
  model: LegendModel;
  colors: ThemeColors;
  onToggle: (key: string) => void;
  /** The layer switches, drawn at the top of the legend. */
  children?: ReactNode;
}

function Toggle({
  entry,
  label,
  swatch,
  onToggle,
}: {
  entry: LegendEntry;
  label: string;
  swatch: React.ReactNode;
  onToggle: (key: string) => void;
}) {
  const strings = useStrings();
  return (
    <button
      type="button"
      className="legend-toggle"
      aria-pressed={entry.on}
      title={entry.on ? strings.hideEntry(label) : strings.showEntry(label)}
      onClick={() => onToggle(entry.key)}
    >
      {swatch}
      <bdi className="legend-label">{label}</bdi>
      <span className="legend-count">{entry.count}</span>
    </button>
  );
}

/** What shapes, colours and lines mean, with live counts; each entry switches its elements on or off. */
export function Legend({ model, colors, onToggle, children }: Props) {
  const strings = useStrings();
  return (
    <section className="legend" aria-label={strings.legend}>
      <h2>
        {strings.legend} <span className="legend-hint">{strings.legendHint}</span>
      </h2>
      {children}
      <ul>
        {model.nodes.map((entry) => (
          <li key={entry.key}>
            <Toggle
              entry={entry}
              label={strings.nodeKinds[entry.kind as keyof Strings['nodeKinds']]}
              swatch={
                <NodeSwatch
                  shape={NODE_SHAPES[entry.kind as keyof typeof NODE_SHAPES]}
                  color={colors.node[entry.kind as keyof typeof NODE_SHAPES]}
                />
              }
              onToggle={onToggle}
            />
          </li>
        ))}
      </ul>
      <ul className="legend-links">
        {model.links.map((entry) => {
          const kind = entry.kind as keyof typeof LINK_STYLES;
          // A story kind is drawn in its types' tones (listed below it), so its own swatch stays neutral.
          const color = kind in colors.link ? colors.text : colors.structural;
          return (
            <li key={entry.key}>
              <Toggle
                entry={entry}
                label={strings.linkKinds[kind]}
                swatch={<LineSwatch color={color} style={LINK_STYLES[kind]} thin={!(kind in colors.link)} />}
                onToggle={onToggle}
              />
              {entry.types.length > 0 && (
                <ul className="legend-types">
                  {entry.types.map((t) => (
                    <li key={t.key}>
                      <Toggle
                        entry={t}
                        label={linkTypeLabel(strings, t.type ?? '')}
                        swatch={<ToneSwatch kind={kind} type={t.type} colors={colors} />}
                        onToggle={onToggle}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The colour and line a link type is drawn with on the chart. */
function ToneSwatch({ kind, type, colors }: { kind: string; type: string | undefined; colors: ThemeColors }) {
  const tone = linkTone(kind, type);
  return tone === null ? null : <LineSwatch color={colors.tone[tone]} style={TONE_LINES[tone]} thin={false} />;
}
