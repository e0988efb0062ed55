import './open.css';

import type { Problem } from '../domain/problems';
import { useStrings } from '../i18n/StringsContext';

interface Props {
  opening: string | null;
  failure: { name: string; detail: string; problems?: readonly Problem[] } | null;
  onDismiss: () => void;
}

/** Floats over the explorer while a file opens, or says why it did not; the graph below stays as it was. */
export function OpenFeedback({ opening, failure, onDismiss }: Props) {
  const strings = useStrings();
  if (opening !== null) {
    return (
      <p className="open-feedback" role="status">
        {strings.opening(opening)}
      </p>
    );
  }
  if (!failure) return null;
  return (
    <section className="open-feedback open-failed" role="alert" aria-labelledby="open-failed-title">
      <h2 id="open-failed-title">{strings.openFailed(failure.name)}</h2>
      <p>{failure.detail}</p>
      {failure.problems && failure.problems.length > 0 && (
        <ol className="problem-list" aria-label={strings.problemsFound}>
          {failure.problems.slice(0, 200).map((p, i) => (
            <li key={i}>
              <code>{p.path}</code> {p.message}
            </li>
          ))}
        </ol>
      )}
      <button type="button" onClick={onDismiss}>
        {strings.dismiss}
      </button>
    </section>
  );
}

export function DropOverlay({ text }: { text: string }) {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>{text}</p>
    </div>
  );
}
