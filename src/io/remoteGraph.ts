import { queryOptions } from '@tanstack/react-query';

import { RemoteGraphError } from '../contracts/remoteFailure';
import type { StoryGraph } from '../domain/parseGraph';
import { dataUrlOrigin } from './connectPolicy';
import { openGraphInput } from './openGraph';
import { formatBytes, MAX_FILE_BYTES } from './readText';

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

async function readCapped(res: Response, url: string): Promise<Uint8Array> {
  const tooLarge = (bytes: number) =>
    new RemoteGraphError('too-large', url, `${formatBytes(bytes)}; the limit is ${formatBytes(MAX_FILE_BYTES)}`);
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_FILE_BYTES) throw tooLarge(declared);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  // The header can be missing or wrong, so the body is counted as it arrives and cut off at the limit.
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_FILE_BYTES) {
      await reader.cancel();
      throw tooLarge(total);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Fetches and opens a graph from a user-given URL. Only http(s); a failed fetch is told apart as a
 * network error or a CORS refusal by a second, opaque request: if that one gets through, the server is
 * there and only refused to share the file with this page.
 */
export async function fetchRemoteGraph(raw: string, signal: AbortSignal): Promise<StoryGraph> {
  let url: URL;
  try {
    if (raw.trim() === '') throw new TypeError('empty');
    url = new URL(raw, window.location.href);
  } catch {
    throw new RemoteGraphError('bad-url', raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RemoteGraphError('not-http', raw);
  if (dataUrlOrigin(raw, window.location.href) === null) throw new RemoteGraphError('bad-url', raw);
  let res: Response;
  try {
    res = await fetch(url, { signal, credentials: 'omit' });
  } catch (error) {
    if (signal.aborted) throw error;
    const reachable = await fetch(url, { signal, mode: 'no-cors', credentials: 'omit' }).then(
      () => true,
      () => false,
    );
    throw new RemoteGraphError(reachable ? 'cors' : 'network', url.href);
  }
  if (!res.ok) throw new RemoteGraphError('http', url.href, `${res.status} ${res.statusText}`.trim());
  const bytes = await readCapped(res, url.href);
  return openGraphInput({ name: urlFileName(raw), size: bytes.byteLength, bytes: async () => bytes });
}

export const remoteGraphQueryOptions = (url: string) =>
  queryOptions({
    queryKey: ['graph', DATA_PARAM, url],
    queryFn: ({ signal }) => fetchRemoteGraph(url, signal),
    staleTime: Infinity,
    retry: false,
  });
