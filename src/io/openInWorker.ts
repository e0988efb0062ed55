import type { StoryGraph } from '../domain/parseGraph';
import { GraphDataError, type Problem, type RefusalKind } from '../domain/problems';
import type { GraphInput } from './openGraph';
import { checkSize } from './readText';

export interface OpenRequest {
  name: string;
  bytes: ArrayBuffer;
}

export type OpenReply =
  | { ok: true; graph: StoryGraph }
  | { ok: false; kind: RefusalKind; problems: readonly Problem[] }
  | { ok: false; crash: string };

/**
 * Opens a graph file in a module worker: the size is checked before a byte is read, then the bytes
 * move (transferred, not copied) to the worker, which decodes, parses and validates them. Rejects with
 * the same GraphDataError the readers throw; `signal` stops the worker.
 */
export async function openGraphInWorker(input: GraphInput, signal?: AbortSignal): Promise<StoryGraph> {
  checkSize(input.size);
  const view = await input.bytes();
  const bytes =
    view.byteOffset === 0 && view.byteLength === view.buffer.byteLength
      ? (view.buffer as ArrayBuffer)
      : view.slice().buffer;
  signal?.throwIfAborted();
  const worker = new Worker(new URL('./open.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<StoryGraph>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    const done = () => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
    };
    worker.onmessage = (event: MessageEvent<OpenReply>) => {
      done();
      const reply = event.data;
      if (reply.ok) resolve(reply.graph);
      else if ('crash' in reply) reject(new Error(reply.crash));
      else reject(new GraphDataError(reply.problems, reply.kind));
    };
    worker.onerror = (event) => {
      done();
      reject(new Error(event.message || 'The file reader stopped unexpectedly'));
    };
    worker.postMessage({ name: input.name, bytes } satisfies OpenRequest, [bytes]);
  });
}
