import type { Notice } from '../contracts/notice';

interface Props {
  /** "24 characters · 57 links shown" */
  text: string;
  notice: Notice | null;
  /** Read out by screen readers when the selection changes. */
  announcement: string;
}

/** Visible counts, the latest export result or error, and a live region for the selection. */
export function StatusLine({ text, notice, announcement }: Props) {
  return (
    <footer className="status-line">
      <span data-testid="visible-counts">{text}</span>
      <span className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </span>
      {notice && (
        <span className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </span>
      )}
    </footer>
  );
}
