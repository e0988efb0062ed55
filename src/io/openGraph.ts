import type { StoryGraph } from '../domain/parseGraph';
import { checkSize, decodeText, sniffSyntax } from './readText';
import type { XmlPlatform } from './xmlGraph';

/** What a file picker, a drop or a download gives: a name, a size and the bytes on demand. */
export interface GraphInput {
  name: string;
  size: number;
  bytes: () => Promise<Uint8Array>;
}

/**
 * Opens a graph file in any supported format, or throws a GraphDataError listing what is wrong.
 * The size is checked before a single byte is read; the XML parsers are loaded only when needed.
 * The app runs this in a worker (openInWorker.ts), with xmldom as the XML parser (no DOMParser there).
 */
export async function openGraphInput(input: GraphInput, xml: () => XmlPlatform): Promise<StoryGraph> {
  checkSize(input.size);
  const text = decodeText(await input.bytes());
  // Foreign formats are only needed once someone opens a file, so their converters load then.
  if (sniffSyntax(input.name, text) === 'json') {
    const { graphFromJsonText } = await import('./openJson');
    return graphFromJsonText(input.name, text);
  }
  const { graphFromXmlText } = await import('./xmlGraph');
  return graphFromXmlText(input.name, text, xml());
}

export const fileInput = (file: File): GraphInput => ({
  name: file.name,
  size: file.size,
  bytes: async () => new Uint8Array(await file.arrayBuffer()),
});
