import { describeLink, nameIn } from '../domain/describe';
import type { ChangeKind, SeasonDiff } from '../domain/diff';
import { shortName } from '../domain/displayText';
import type { StoryGraph } from '../domain/parseGraph';
import { factSources } from '../domain/provenance';
import type { Season } from '../domain/schema';
import type { Strings } from '../i18n/strings';

interface Props {
  graph: StoryGraph;
  /** Computed only while the panel is open or highlighting. */
  diff: SeasonDiff | null;
  open: boolean;
  onToggle: (open: boolean) => void;
  from: Season;
  to: Season;
  highlighted: boolean;
  strings: Strings;
  onHighlight: (on: boolean) => void;
  onSelect: (id: string) => void;
}

/**
 * "What changed in season 2": new, ended and changed links and statuses, optionally drawn on the
 * graph. For a season only announced: "Announced for season 2", its premise, who returns, who is new,
 * the announced relations and the sources.
 */
export function SeasonDiffPanel({
  graph,
  diff,
  open,
  onToggle,
  from,
  to,
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
  const name = (id: string) => nameIn(graph.nodeById.get(id), id, strings.korean ? 'ko' : 'en');
  const fromLabel = strings.seasonName(from.number);
  const toLabel = strings.seasonName(to.number);
  const premise = strings.korean ? (to.descriptionKo ?? to.description) : to.description;
  const people = (title: string, ids: readonly string[]) =>
    ids.length > 0 && (
      <>
        <h3>{title}</h3>
        <ul className="diff-people">
          {ids.map((id) => (
            <li key={id}>
              <button type="button" className="link-button" onClick={() => onSelect(id)}>
                {name(id)}
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
          {premise && <p className="diff-premise">{shortName(premise, 2000)}</p>}
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
              <li key={s.character}>
                <button type="button" className="link-button" onClick={() => onSelect(s.character)}>
                  {name(s.character)}
                </button>
                : {s.before ? strings.states[s.before] : '—'} → {s.after ? strings.states[s.after] : '—'}
              </li>
            ))}
          </ul>
          <h3>{diff.announced ? strings.announcedLinks : strings.linkChanges}</h3>
          <ul className="diff-links">
            {diff.links.map((c) => (
              <li key={c.pair.join('+')} className={`diff-${c.change}`}>
                <span className="diff-badge">{changeLabel[c.change]}</span>{' '}
                {[...c.before, ...c.after].map((l) => describeLink(graph, l, null, strings)).join(' → ')}
              </li>
            ))}
          </ul>
          {diff.announced && (
            <p className="sources">
              {strings.sources}:{' '}
              {factSources(graph, { sources: to.sources ?? [] }).map(({ source, href }, i) => (
                <span key={source.id}>
                  {i > 0 && ', '}
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      <bdi>{source.title}</bdi>
                    </a>
                  ) : (
                    <bdi>{source.title}</bdi>
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
