/// <reference lib="webworker" />
import { Document, DOMParser } from '@xmldom/xmldom';

import { GraphDataError } from '../domain/problems';
import { openGraphInput } from './openGraph';
import type { OpenReply, OpenRequest } from './openInWorker';
import type { XmlPlatform } from './xmlGraph';

// A worker has no DOMParser; xmldom reads the same DOM subset our GEXF and GraphML readers use.
const xmldom = (): XmlPlatform => ({ DOMParser, Document }) as unknown as XmlPlatform;

// Decoding, parsing, conversion and validation of an opened file run here, so a large file never
// blocks the page: the main thread only receives the finished graph or the list of problems.
self.onmessage = (event: MessageEvent<OpenRequest>) => {
  const { name, bytes } = event.data;
  const input = { name, size: bytes.byteLength, bytes: async () => new Uint8Array(bytes) };
  const reply = (message: OpenReply) => self.postMessage(message);
  openGraphInput(input, xmldom).then(
    (graph) => reply({ ok: true, graph }),
    (error: unknown) =>
      reply(
        error instanceof GraphDataError
          ? { ok: false, kind: error.kind, problems: error.problems }
          : { ok: false, crash: error instanceof Error ? error.message : String(error) },
      ),
  );
};
