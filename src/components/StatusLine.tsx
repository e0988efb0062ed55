import type { VisibleCounts } from '../domain/filters';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "24 characters · 57 links shown", plus the latest export result or error. */
export function StatusLine({ counts, notice }: { counts: VisibleCounts; notice: Notice | null }) {
  return (
    <footer className="status-line">
      <span data-testid="visible-counts" aria-live="polite">
        {plural(counts.characters, 'character')} · {plural(counts.links, 'link')} shown
      </span>
      {notice && (
        <span className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </span>
      )}
    </footer>
  );
}

export interface Notice {
  tone: 'info' | 'error';
  text: string;
}
