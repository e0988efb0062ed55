import type { ReactNode } from 'react';

import type { Problem } from '../domain/problems';
import { useStrings } from '../i18n/StringsContext';

interface Props {
  tone: 'loading' | 'error';
  title: string;
  detail?: string;
  problems?: readonly Problem[];
  onRetry?: () => void;
  /** Further ways out, e.g. back to the bundled graph. */
  actions?: ReactNode;
}

/** The one way loading and error states are shown, so an error is never a blank page. */
export function StatusMessage({ tone, title, detail, problems, onRetry, actions }: Props) {
  const strings = useStrings();
  return (
    <section className={`status-message status-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {tone === 'loading' && <span className="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {detail && <p>{detail}</p>}
      {problems && problems.length > 0 && (
        <ol className="problem-list" aria-label={strings.problemsFound}>
          {problems.map((p, i) => (
            <li key={i}>
              <code>{p.path}</code> {p.message}
            </li>
          ))}
        </ol>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {strings.tryAgain}
        </button>
      )}
      {actions}
    </section>
  );
}
