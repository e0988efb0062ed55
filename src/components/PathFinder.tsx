import { useMemo, useState } from 'react';

import type { GraphPath } from '../domain/paths';
import { LINK_KINDS } from '../domain/schema';
import type { StoryView } from '../domain/storyView';
import { useStrings } from '../i18n/StringsContext';

interface Props {
  /** The visible characters to pick from and the paths' sentences, at the spoiler cursor. */
  view: Pick<StoryView, 'people' | 'pathSteps'>;
  from: string | null;
  to: string | null;
  kinds: readonly string[];
  paths: readonly GraphPath[];
  activePath: number;
  onChange: (change: { from?: string | null; to?: string | null; kinds?: string[] }) => void;
  onShowPath: (index: number) => void;
}

/** "How are A and B connected?": pick two characters and link kinds; paths are told as sentences. */
export function PathFinder({ view, from, to, kinds, paths, activePath, onChange, onShowPath }: Props) {
  const strings = useStrings();
  const select = (label: string, value: string | null, key: 'from' | 'to') => (
    <label>
      {label}{' '}
      <select aria-label={label} value={value ?? ''} onChange={(e) => onChange({ [key]: e.target.value || null })}>
        <option value="">—</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.display}
          </option>
        ))}
      </select>
    </label>
  );
  // The pickers list every visible character; they are only built while the panel is open.
  const [open, setOpen] = useState(from !== null || to !== null);
  const choices = useMemo(() => (open ? view.people() : []), [open, view]);
  return (
    <details className="panel path-finder" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{strings.connected}</summary>
      {open && (
        <>
          <div className="path-pickers">
            {select(strings.from, from, 'from')}
            {select(strings.to, to, 'to')}
          </div>
          <fieldset className="path-kinds">
            <legend>{strings.via}</legend>
            {LINK_KINDS.map((kind) => (
              <label key={kind}>
                <input
                  type="checkbox"
                  checked={kinds.includes(kind)}
                  onChange={() =>
                    onChange({ kinds: kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind] })
                  }
                />
                {strings.linkKinds[kind]}
              </label>
            ))}
          </fieldset>
          {from && to && paths.length === 0 && <p role="status">{strings.noPath}</p>}
          <ol className="path-results" aria-label={strings.connected}>
            {paths.map((path, i) => (
              <li key={path.nodes.join('>')}>
                <button type="button" aria-pressed={i === activePath} onClick={() => onShowPath(i)}>
                  {strings.pathN(i, path.links.length)}
                </button>
                <ol className="path-steps">
                  {view.pathSteps(path).map(({ id, sentence }) => (
                    <li key={id}>{sentence}.</li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        </>
      )}
    </details>
  );
}
