/// <reference lib="webworker" />
import { GraphDataError } from '../domain/problems';
import { openGraphInput } from './openGraph';
import type { OpenReply, OpenRequest } from './openInWorker';
import { xmldomPlatform } from './xmldomPlatform';

// Decoding, parsing, conversion and validation of an opened file run here, so a large file never
// blocks the page: the main thread only receives the finished graph or the list of problems.
self.onmessage = (event: MessageEvent<OpenRequest>) => {
  const { name, bytes } = event.data;
  const input = { name, size: bytes.byteLength, bytes: async () => new Uint8Array(bytes) };
  const reply = (message: OpenReply) => self.postMessage(message);
  openGraphInput(input, xmldomPlatform).then(
    (graph) => reply({ ok: true, graph }),
    (error: unknown) =>
      reply(
        error instanceof GraphDataError
          ? { ok: false, kind: error.kind, problems: error.problems }
          : { ok: false, crash: error instanceof Error ? error.message : String(error) },
      ),
  );
};
