import { factNotes, linkedNodes, statusStrip, storyText } from '../domain/card';
import { linksOf } from '../domain/describe';
import { shortName } from '../domain/displayText';
import { FOCUS_DEPTHS, type FocusDepth, type Visibility } from '../domain/filters';
import type { StoryGraph } from '../domain/parseGraph';
import { factSources, provenanceText } from '../domain/provenance';
import type { GraphNode } from '../domain/schema';
import type { Cursor } from '../domain/spoiler';
import type { Strings } from '../i18n/strings';

interface Props {
  graph: StoryGraph;
  node: GraphNode;
  visibility: Visibility;
  cursor: Cursor | null;
  focusDepth: FocusDepth | null;
  strings: Strings;
  onSelect: (id: string) => void;
  onFocus: (depth: FocusDepth | null) => void;
  onClose: () => void;
}

/** A card for any node: names, who plays whom, status per season, and every visible link as a sentence. */
export function NodeCard({ graph, node, visibility, cursor, focusDepth, strings, onSelect, onFocus, onClose }: Props) {
  const lines = linksOf(graph, node.id, visibility.links, cursor, strings);
  const castKind = node.kind === 'actor' ? strings.plays : strings.playedBy;
  const cast =
    node.kind === 'character' || node.kind === 'actor' ? linkedNodes(graph, node.id, 'plays', visibility.links) : [];
  const { role, group, description } = storyText(graph, node, cursor, strings.korean);
  return (
    <article className="node-card" aria-labelledby="card-title">
      <header>
        <h2 id="card-title" tabIndex={-1}>
          {shortName(node.label)}
          {node.labelKo && node.labelKo !== node.label && (
            <span className="name-ko" lang="ko">
              {' '}
              {shortName(node.labelKo)}
            </span>
          )}
        </h2>
        <button type="button" onClick={onClose} aria-label={strings.close}>
          ×
        </button>
      </header>
      <p className="node-kind">
        {strings.nodeKinds[node.kind]}
        {group && ` · ${group}`}
      </p>
      {'aliases' in node && node.aliases && (
        <p className="hint">
          {strings.also}: {node.aliases.join(', ')}
        </p>
      )}
      {role && <p>{role}</p>}
      {description && <p>{description}</p>}
      {cast.length > 0 && (
        <p>
          {castKind}:{' '}
          {cast.map((other, i) => (
            <span key={other.id}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onSelect(other.id)}>
                {shortName(other.label)}
              </button>
            </span>
          ))}
        </p>
      )}
      {node.kind === 'character' && (
        <section aria-label={strings.statusBySeason}>
          <h3>{strings.statusBySeason}</h3>
          <ol className="status-strip">
            {statusStrip(graph, node, cursor).map((cell) => (
              <li
                key={cell.season.id}
                className={`status-${cell.state}`}
                title={(cell.status && factNotes(graph, cell.status, cursor).join(' ')) || undefined}
              >
                <span className="status-season">{strings.seasonShort(cell.season.number)}</span>{' '}
                {cell.state === 'absent'
                  ? strings.notInSeason
                  : cell.state === 'hidden'
                    ? strings.notKnownYet
                    : cell.state === 'unwatched'
                      ? strings.hiddenBySpoiler
                      : cell.asOf
                        ? strings.statusAsOf(
                            strings.states[cell.state],
                            strings.episodeShort(cell.asOf.season, cell.asOf.episode),
                          )
                        : strings.states[cell.state]}
                {cell.status && <span className="hint"> · {provenanceText(graph, cell.status, strings)}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
      <div className="focus-control" role="group" aria-label={strings.focusDepth}>
        <span>{strings.focus}:</span>
        {FOCUS_DEPTHS.map((depth) => (
          <button key={depth} type="button" aria-pressed={focusDepth === depth} onClick={() => onFocus(depth)}>
            {depth}
          </button>
        ))}
        {focusDepth !== null && (
          <button type="button" onClick={() => onFocus(null)}>
            {strings.leaveFocus}
          </button>
        )}
      </div>
      <h3>{strings.linksShown(lines.length)}</h3>
      <ul className="link-list">
        {lines.map(({ link, other, sentence }) => (
          <li key={link.id}>
            <span className={`link-kind link-kind-${link.kind}`}>{strings.linkKinds[link.kind]}</span> {sentence}
            <span className="hint"> — {provenanceText(graph, link, strings)}</span>
            {factNotes(graph, link, cursor).map((text) => (
              <span key={text} className="link-note">
                {' '}
                ({text})
              </span>
            ))}{' '}
            <span className="sources">
              {strings.sources}:{' '}
              {factSources(graph, link).map(({ source, href }, i) => (
                <span key={source.id}>
                  {i > 0 && ', '}
                  {/* Only http(s) URLs become links; any other scheme stays plain text. */}
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer" title={source.title}>
                      <bdi>{source.id}</bdi>
                    </a>
                  ) : (
                    <bdi title={source.title}>{source.id}</bdi>
                  )}
                </span>
              ))}
            </span>{' '}
            <button type="button" className="link-button" onClick={() => onSelect(other.id)}>
              {strings.goTo(shortName(other.label))}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
