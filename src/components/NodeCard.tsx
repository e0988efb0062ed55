import type { Ref } from 'react';

import type { CardView } from '../domain/cardView';
import { FOCUS_DEPTHS, type FocusDepth } from '../domain/filters';
import { useStrings } from '../i18n/StringsContext';

interface Props {
  /** What the card may say at the spoiler cursor (see domain/storyView). */
  card: CardView;
  focusDepth: FocusDepth | null;
  onSelect: (id: string) => void;
  onFocus: (depth: FocusDepth | null) => void;
  onClose: () => void;
  /** The title, for moving keyboard focus onto the card. */
  titleRef?: Ref<HTMLHeadingElement>;
}

/** A card for any node: names, who plays whom, status per season, and every visible link as a sentence. */
export function NodeCard({ card, focusDepth, onSelect, onFocus, onClose, titleRef }: Props) {
  const strings = useStrings();
  const { role, group, description, cast, links } = card;
  const castKind = card.kind === 'actor' ? strings.plays : strings.playedBy;
  return (
    <article className="node-card" aria-labelledby="card-title" data-node={card.id}>
      <header>
        <h2 id="card-title" tabIndex={-1} ref={titleRef}>
          {card.name}
          {card.otherName && (
            <span className="name-other" lang={card.otherName.lang}>
              {' '}
              {card.otherName.text}
            </span>
          )}
        </h2>
        <button type="button" onClick={onClose} aria-label={strings.close}>
          ×
        </button>
      </header>
      <p className="node-kind">
        {card.kindLabel}
        {group && ` · ${group}`}
      </p>
      {card.aliases.length > 0 && (
        <p className="hint">
          {strings.also}: {card.aliases.join(', ')}
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
                {other.name}
              </button>
            </span>
          ))}
        </p>
      )}
      {card.statuses && (
        <section aria-label={strings.statusBySeason}>
          <h3>{strings.statusBySeason}</h3>
          <ol className="status-strip">
            {card.statuses.map((cell) => (
              <li key={cell.season} className={`status-${cell.state}`} title={cell.note ?? undefined}>
                <span className="status-season">{cell.season}</span> {cell.text}
                {cell.provenance && <span className="hint"> · {cell.provenance}</span>}
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
      <h3>{strings.linksShown(links.length)}</h3>
      <ul className="link-list">
        {links.map((link) => (
          <li key={link.id}>
            <span className={`link-kind link-kind-${link.kind}`}>{strings.linkKinds[link.kind]}</span> {link.sentence}
            <span className="hint"> — {link.provenance}</span>
            {link.notes.map((text) => (
              <span key={text} className="link-note">
                {' '}
                ({text})
              </span>
            ))}{' '}
            <span className="sources">
              {strings.sources}:{' '}
              {link.sources.map(({ id, label, href }, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  {/* Only http(s) URLs become links; any other scheme stays plain text. */}
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer" title={label}>
                      <bdi>{id}</bdi>
                    </a>
                  ) : (
                    <bdi title={label}>{id}</bdi>
                  )}
                </span>
              ))}
            </span>{' '}
            <button type="button" className="link-button" onClick={() => onSelect(link.otherId)}>
              {strings.goTo(link.otherName)}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
