import { useRef } from 'react';

import { useStrings } from '../i18n/StringsContext';

interface Props {
  limit: string;
  onFile: (file: File) => void;
}

/** "Open graph…": a button in front of a hidden file input, so it looks like every other action. */
export function OpenGraphButton({ limit, onFile }: Props) {
  const strings = useStrings();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} title={strings.openGraphHint(limit)}>
        {strings.openGraph}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,.cyjs,.gexf,.graphml,.xml,.txt,application/json"
        aria-label={strings.openGraph}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again still opens it.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
