import { useEffect, useRef } from 'react';

import type { Cursor, CursorOption } from '../domain/spoiler';
import { cursorLabel } from '../i18n/storyStrings';
import { useStrings } from '../i18n/StringsContext';

interface Props {
  title: string;
  options: readonly CursorOption[];
  onAnswer: (cursor: Cursor | null) => void;
}

/**
 * The first visit: what this is, and where the viewer is in the show. One click answers; until then
 * the explorer shows episode 1 only.
 */
export function Welcome({ title, options, onAnswer }: Props) {
  const strings = useStrings();
  const ref = useRef<HTMLElement>(null);
  useEffect(function focusTheQuestion() {
    ref.current?.focus();
  }, []);
  return (
    <div className="welcome-backdrop">
      <section
        ref={ref}
        tabIndex={-1}
        className="welcome"
        role="dialog"
        aria-modal="true"
        aria-labelledby="welcome-title"
        aria-describedby="welcome-body"
      >
        <h2 id="welcome-title">{strings.welcomeTitle(title)}</h2>
        <p id="welcome-body">{strings.welcomeBody}</p>
        <h3 id="welcome-question">{strings.whereAreYou}</h3>
        <ul className="welcome-choices" aria-labelledby="welcome-question">
          {options.map((o) => (
            <li key={o.id}>
              <button type="button" onClick={() => onAnswer(o.cursor)}>
                {cursorLabel(strings, o.position)}
              </button>
            </li>
          ))}
        </ul>
        <p className="hint">{strings.welcomeLater}</p>
      </section>
    </div>
  );
}
