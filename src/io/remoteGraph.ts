import { queryOptions } from '@tanstack/react-query';

import { RemoteGraphError } from '../contracts/remoteFailure';
import type { StoryGraph } from '../domain/parseGraph';
import { dataUrlOrigin } from './connectPolicy';
import { openGraphInWorker } from './openInWorker';
import { readCapped } from './readCapped';

/**
 * How long a `?data=` server may stay silent (no answer, or no new bytes) before the app gives up and
 * offers a retry. Test builds (`VITE_TEST_HOOKS=1`) may shorten it through `window.__remoteTimeoutMs`.
 */
export const REMOTE_TIMEOUT_MS = 15_000;

declare global {
  interface Window {
    __remoteTimeoutMs?: number;
  }
}

const timeoutMs = () =>
  (import.meta.env.VITE_TEST_HOOKS === '1' ? window.__remoteTimeoutMs : undefined) ?? REMOTE_TIMEOUT_MS;

/** The query parameter naming a graph to open instead of the bundled one: `?data=https://…/graph.gexf`. */
export const DATA_PARAM = 'data';

/** The file name a URL points at, for the page title and export names. */
export function urlFileName(raw: string): string {
  try {
    const url = new URL(raw, window.location.href);
    return decodeURIComponent(url.pathname.split('/').pop() ?? '') || url.hostname || raw;
  } catch {
    return raw;
  }
}

/**
 * Fetches and opens a graph from a user-given URL. Only http(s); a failed fetch is told apart as a
 * network error or a CORS refusal by a second, opaque request: if that one gets through, the server is
 * there and only refused to share the file with this page.
 */
export async function fetchRemoteGraph(raw: string, signal: AbortSignal): Promise<StoryGraph> {
  const url = checkedUrl(raw);
  // One controller for the whole download: the query's own cancel, or silence for longer than the limit.
  const controller = new AbortController();
  const cancel = () => controller.abort();
  signal.addEventListener('abort', cancel);
  const limit = timeoutMs();
  let timer = 0;
  let timedOut = false;
  const restartTimer = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, limit);
  };
  const failure = (error: unknown) =>
    timedOut ? new RemoteGraphError('timeout', url.href, String(Math.round(limit / 1000))) : error;
  restartTimer();
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    } catch (error) {
      if (controller.signal.aborted) throw failure(error);
      const reachable = await fetch(url, { signal, mode: 'no-cors', credentials: 'omit' }).then(
        () => true,
        () => false,
      );
      throw new RemoteGraphError(reachable ? 'cors' : 'network', url.href);
    }
    if (!res.ok) throw new RemoteGraphError('http', url.href, `${res.status} ${res.statusText}`.trim());
    restartTimer();
    const bytes = await readCapped(res, url.href, restartTimer).catch((error: unknown) => {
      throw failure(error);
    });
    window.clearTimeout(timer);
    const input = { name: urlFileName(raw), size: bytes.byteLength, bytes: async () => bytes };
    return await openGraphInWorker(input, signal);
  } finally {
    window.clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}

/** The URL to fetch, or the reason it is refused before any request is made. */
function checkedUrl(raw: string): URL {
  let url: URL;
  try {
    if (raw.trim() === '') throw new TypeError('empty');
    url = new URL(raw, window.location.href);
  } catch {
    throw new RemoteGraphError('bad-url', raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RemoteGraphError('not-http', raw);
  if (url.username !== '' || url.password !== '') {
    // The message names the address without its user name and password, which are never shown.
    const shown = new URL(url.href);
    shown.username = '';
    shown.password = '';
    throw new RemoteGraphError('credentials', shown.href);
  }
  if (url.hostname.startsWith('[')) throw new RemoteGraphError('ipv6', url.href);
  if (dataUrlOrigin(raw, window.location.href) === null) throw new RemoteGraphError('bad-url', raw);
  return url;
}

export const remoteGraphQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['graph', DATA_PARAM, url],
    queryFn: ({ signal }) => fetchRemoteGraph(url, signal),
    staleTime: Infinity,
    retry: false,
  });
