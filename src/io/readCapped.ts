import { RemoteGraphError } from '../contracts/remoteFailure';
import { formatBytes, MAX_FILE_BYTES } from './readText';

/**
 * A response's body, refused once it passes the size limit. The header can be missing or wrong, so the
 * body is counted as it arrives; `onProgress` runs for every chunk (it keeps the idle timer alive).
 */
export async function readCapped(res: Response, url: string, onProgress: () => void): Promise<Uint8Array> {
  const tooLarge = (bytes: number) =>
    new RemoteGraphError('too-large', url, formatBytes(bytes), formatBytes(MAX_FILE_BYTES));
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_FILE_BYTES) throw tooLarge(declared);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onProgress();
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
