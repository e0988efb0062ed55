import { describeLink } from '../domain/describe';
import type { ChangeKind, SeasonDiff } from '../domain/diff';
import { shortName } from '../domain/displayText';
import type { StoryGraph } from '../domain/parseGraph';
import type { Strings } from '../i18n/strings';

interface Props {
  graph: StoryGraph;
  /** Computed only while the panel is open or highlighting. */
  diff: SeasonDiff | null;
  open: boolean;
  onToggle: (open: boolean) => void;
  fromLabel: string;
  toLabel: string;
  highlighted: boolean;
  strings: Strings;
  onHighlight: (on: boolean) => void;
  onSelect: (id: string) => void;
}

/** "What changed in season 2": new, ended and changed links and statuses, optionally drawn on the graph. */
export function SeasonDiffPanel({
  graph,
  diff,
  open,
  onToggle,
  fromLabel,
  toLabel,
  highlighted,
  strings,
  onHighlight,
  onSelect,
}: Props) {
  const changeLabel: Record<ChangeKind, string> = {
    new: strings.changeNew,
    ended: strings.changeEnded,
    changed: strings.changeChanged,
  };
  const name = (id: string) => shortName(graph.nodeById.get(id)?.label ?? id);
  return (
    <details className="panel season-diff" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>{strings.diffTitle(fromLabel, toLabel)}</summary>
      {diff === null && <p className="hint">{strings.diffPastCursor(toLabel)}</p>}
      {diff && (
        <>
          <label>
            <input type="checkbox" checked={highlighted} onChange={(e) => onHighlight(e.target.checked)} />{' '}
            {strings.showDiff}
          </label>
          <h3>{strings.statusChanges}</h3>
          <ul className="diff-statuses">
            {diff.statuses.map((s) => (
              <li key={s.character}>
                <button type="button" className="link-button" onClick={() => onSelect(s.character)}>
                  {name(s.character)}
                </button>
                : {s.before ? strings.states[s.before] : '—'} → {s.after ? strings.states[s.after] : '—'}
              </li>
            ))}
          </ul>
          <h3>{strings.linkChanges}</h3>
          <ul className="diff-links">
            {diff.links.map((c) => (
              <li key={c.pair.join('+')} className={`diff-${c.change}`}>
                <span className="diff-badge">{changeLabel[c.change]}</span>{' '}
                {[...c.before, ...c.after].map((l) => describeLink(graph, l, null, strings)).join(' → ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
