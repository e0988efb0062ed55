/** Where the viewer said they are in the show, kept on this device so the welcome asks only once. */
const KEY = 'aouad-explorer:watched-up-to';

/** The remembered answer in its URL form ("s1e5", "none", "all"), or null; storage may be unavailable. */
export function readRememberedCursor(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function rememberCursor(param: string): void {
  try {
    window.localStorage.setItem(KEY, param);
  } catch {
    // Private mode or storage switched off: the choice still holds for this page and its URL.
  }
}

export const REMEMBERED_CURSOR_KEY = KEY;
