import type { ChangeKind } from '../domain/diff';
import { shortName } from '../domain/displayText';
import type { Season } from '../domain/schema';
import type { DiffView } from '../domain/storyView';
import { useStrings } from '../i18n/StringsContext';

interface Props {
  /** Computed only while the panel is open or highlighting; null until the season is watched. */
  diff: DiffView | null;
  open: boolean;
  onToggle: (open: boolean) => void;
  from: Season;
  to: Season;
  highlighted: boolean;
  onHighlight: (on: boolean) => void;
  onSelect: (id: string) => void;
}

/**
 * "What changed in season 2": new, ended and changed links and statuses, optionally drawn on the
 * graph. For a season only announced: "Announced for season 2", its premise, who returns, who is new,
 * the announced relations and the sources.
 */
export function SeasonDiffPanel({ diff, open, onToggle, from, to, highlighted, onHighlight, onSelect }: Props) {
  const strings = useStrings();
  const changeLabel: Record<ChangeKind, string> = {
    new: strings.changeNew,
    ended: strings.changeEnded,
    changed: strings.changeChanged,
  };
  const fromLabel = strings.seasonName(from.number);
  const toLabel = strings.seasonName(to.number);
  const people = (title: string, names: readonly { id: string; name: string }[]) =>
    names.length > 0 && (
      <>
        <h3>{title}</h3>
        <ul className="diff-people">
          {names.map(({ id, name }) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => onSelect(id)}>
                {name}
              </button>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <details className="panel season-diff" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>{to.released ? strings.diffTitle(fromLabel, toLabel) : strings.announcedFor(toLabel)}</summary>
      {diff === null && (
        <p className="hint">{to.released ? strings.diffPastCursor(toLabel) : strings.announcedPastCursor(toLabel)}</p>
      )}
      {diff?.announced && (
        <>
          {diff.premise && <p className="diff-premise">{shortName(diff.premise, 2000)}</p>}
          {people(strings.returning, diff.returning)}
          {people(strings.arriving, diff.arriving)}
        </>
      )}
      {diff && (
        <>
          <label>
            <input type="checkbox" checked={highlighted} onChange={(e) => onHighlight(e.target.checked)} />{' '}
            {strings.showDiff}
          </label>
          <h3>{strings.statusChanges}</h3>
          <ul className="diff-statuses">
            {diff.statuses.map((s) => (
              <li key={s.id}>
                <button type="button" className="link-button" onClick={() => onSelect(s.id)}>
                  {s.name}
                </button>
                : {s.before} → {s.after}
              </li>
            ))}
          </ul>
          <h3>{diff.announced ? strings.announcedLinks : strings.linkChanges}</h3>
          <ul className="diff-links">
            {diff.links.map((c) => (
              <li key={c.key} className={`diff-${c.change}`}>
                <span className="diff-badge">{changeLabel[c.change]}</span> {c.sentences.join(' → ')}
              </li>
            ))}
          </ul>
          {diff.announced && (
            <p className="sources">
              {strings.sources}:{' '}
              {diff.sources.map(({ id, label, href }, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      <bdi>{label}</bdi>
                    </a>
                  ) : (
                    <bdi>{label}</bdi>
                  )}
                </span>
              ))}
            </p>
          )}
        </>
      )}
    </details>
  );
}
