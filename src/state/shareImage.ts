/** Hand an exported image to the phone's other apps: the clipboard, or the system share sheet. */

/** Whether this browser can share files (Web Share API level 2); asked with a tiny sample file. */
export function canShareFiles(): boolean {
  if (typeof navigator.canShare !== 'function') return false;
  try {
    return navigator.canShare({ files: [new File([''], 'graph.png', { type: 'image/png' })] });
  } catch {
    return false;
  }
}

/** Whether the Async Clipboard can take an image here. */
export const canCopyImages = (): boolean =>
  typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';

/**
 * Copies a PNG to the clipboard. The ClipboardItem gets the pending image itself, so Safari still sees
 * the click as the user's gesture while the image is being drawn.
 */
export async function copyImage(image: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': image })]);
}

export async function shareImage(image: Blob, fileName: string, text: string): Promise<void> {
  const file = new File([image], fileName, { type: image.type });
  await navigator.share({ files: [file], text });
}
