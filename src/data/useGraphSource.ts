import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import type { StoryGraph } from '../domain/parseGraph';
import { fileInput, openGraphInput } from '../io/openGraph';
import { DATA_PARAM, remoteGraphQueryOptions, urlFileName } from '../io/remoteGraph';
import { graphQueryOptions } from './graphQuery';

export type OpenStatus =
  { state: 'idle' } | { state: 'opening'; name: string } | { state: 'failed'; name: string; error: unknown };

/**
 * Which graph is on screen: the bundled one, the one `?data=` names, or a file the user opened. A file
 * replaces the graph only once it has been read and validated; until then, and when it fails, the
 * graph on screen stays.
 */
export function useGraphSource() {
  const [dataUrl, setDataUrl] = useState(() => new URLSearchParams(window.location.search).get(DATA_PARAM));
  const query = useQuery(dataUrl === null ? graphQueryOptions() : remoteGraphQueryOptions(dataUrl));
  const [opened, setOpened] = useState<{ graph: StoryGraph; name: string; serial: number } | null>(null);
  const [status, setStatus] = useState<OpenStatus>({ state: 'idle' });
  const latest = useRef(0);

  const openFile = useCallback((file: File) => {
    const serial = (latest.current += 1);
    setStatus({ state: 'opening', name: file.name });
    openGraphInput(fileInput(file)).then(
      (graph) => {
        if (serial !== latest.current) return;
        // The old URL state described the old graph; the new one starts from defaults.
        window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
        setOpened({ graph, name: file.name, serial });
        setStatus({ state: 'idle' });
      },
      (error: unknown) => {
        if (serial === latest.current) setStatus({ state: 'failed', name: file.name, error });
      },
    );
  }, []);

  const backToBundled = useCallback(() => {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
    latest.current += 1;
    setOpened(null);
    setDataUrl(null);
    setStatus({ state: 'idle' });
  }, []);

  return {
    query,
    graph: opened?.graph ?? query.data,
    /** The opened file's name, for the page title; null for the bundled graph. */
    name: opened?.name ?? (dataUrl === null ? null : urlFileName(dataUrl)),
    key: opened ? `file-${opened.serial}` : `${dataUrl ?? 'bundled'}-${query.dataUpdatedAt}`,
    status,
    openFile,
    dismiss: () => setStatus({ state: 'idle' }),
    backToBundled: opened !== null || dataUrl !== null ? backToBundled : null,
  };
}
