import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';

import { GraphDrawError } from '../contracts/drawError';
import type { StoryGraph } from '../domain/parseGraph';
import { fileInput } from '../io/openGraph';
import { openGraphInWorker } from '../io/openInWorker';
import { DATA_PARAM, remoteGraphQueryOptions, urlFileName } from '../io/remoteGraph';
import { graphQueryOptions } from './graphQuery';

export type OpenStatus =
  { state: 'idle' } | { state: 'opening'; name: string } | { state: 'failed'; name: string; error: unknown };

interface Opened {
  graph: StoryGraph;
  name: string;
  serial: number;
}

/**
 * Which graph is on screen: the bundled one, the one `?data=` names, or a file the user opened. A file
 * replaces the graph only once it has been read and validated; until then, and when it fails, the
 * graph on screen stays.
 */
export function useGraphSource() {
  const [dataUrl, setDataUrl] = useState(() => new URLSearchParams(window.location.search).get(DATA_PARAM));
  const query = useQuery(dataUrl === null ? graphQueryOptions() : remoteGraphQueryOptions(dataUrl));
  // The graph shown before the current one, to fall back to if the current one cannot be drawn.
  const [shown, setShown] = useState<{ opened: Opened | null; previous: Opened | null }>({
    opened: null,
    previous: null,
  });
  const opened = shown.opened;
  const [status, setStatus] = useState<OpenStatus>({ state: 'idle' });
  const latest = useRef(0);

  const openFile = useCallback((file: File) => {
    const serial = (latest.current += 1);
    setStatus({ state: 'opening', name: file.name });
    openGraphInWorker(fileInput(file)).then(
      (graph) => {
        if (serial !== latest.current) return;
        // The old URL state described the old graph; the new one starts from defaults.
        window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
        setShown((s) => ({ opened: { graph, name: file.name, serial }, previous: s.opened }));
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
    setShown({ opened: null, previous: null });
    setDataUrl(null);
    setStatus({ state: 'idle' });
  }, []);

  /** The explorer crashed on the current graph: show the one before it and say why. */
  const fallBack = useCallback(
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const name = opened?.name ?? (dataUrl === null ? 'graph' : urlFileName(dataUrl));
      if (opened === null && dataUrl === null) return false;
      latest.current += 1;
      if (opened !== null) setShown((s) => ({ opened: s.previous, previous: null }));
      else {
        window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
        setDataUrl(null);
      }
      setStatus({ state: 'failed', name, error: new GraphDrawError(message.slice(0, 300)) });
      return true;
    },
    [opened, dataUrl],
  );

  return {
    query,
    fallBack,
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
