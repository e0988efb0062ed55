import { type RefObject, useId, useRef, useState } from 'react';

import type { NameChoice } from '../domain/storyView';
import { useStrings } from '../i18n/StringsContext';

interface Props {
  /** Suggestions for a query: only names visible at the spoiler cursor. */
  search: (query: string) => NameChoice[];
  /** The on-screen keyboard should go once a name is chosen. */
  touch: boolean;
  /** What the empty box says: "press /" only where there is a keyboard, one word on a phone. */
  placeholder: string;
  /** The input, for whoever moves focus to it (the "/" shortcut); the box keeps its own otherwise. */
  inputRef?: RefObject<HTMLInputElement | null>;
  onChoose: (id: string) => void;
}

/** A combobox: suggestions as you type, arrow keys to move, Enter to choose, Esc to close. */
export function SearchBox({ search, touch, placeholder, inputRef: givenRef, onChoose }: Props) {
  const strings = useStrings();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const ownRef = useRef<HTMLInputElement>(null);
  const inputRef = givenRef ?? ownRef;
  const results = search(query);
  const open = query.trim() !== '';
  const choose = (node: NameChoice | undefined) => {
    if (!node) return;
    onChoose(node.id);
    setQuery('');
    if (touch) inputRef.current?.blur();
  };
  return (
    <div className="search-box">
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={strings.search}
        aria-keyshortcuts={touch ? undefined : '/'}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={query}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter') choose(results[active]);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={strings.search} className="search-results">
          {results.length === 0 && <li className="hint">{strings.noMatches}</li>}
          {results.map((node, i) => (
            <li
              key={node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(node)}
            >
              {node.name}
              {node.nameKo && <span lang="ko"> {node.nameKo}</span>}
              <span className="hint"> · {node.kindLabel}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
