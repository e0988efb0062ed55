import { expect, test as base } from '@playwright/test';

import { REMEMBERED_CURSOR_KEY } from '../../src/state/rememberedCursor';
import { SERVICE_WORKER_BLOCKED, watchConsole } from './helpers';

interface ConsoleGuard {
  /**
   * Console errors or warnings a test provokes on purpose (an HTTP 500, an injected crash). One
   * pattern, not a list: Playwright would read a two-item array as a [value, options] pair.
   */
  allowConsole: RegExp | null;
  consoleGuard: void;
  /**
   * The viewer's remembered "watched up to" answer before the page opens. Tests about the explorer
   * itself start as a returning viewer who chose everything ("all"); first-visit tests set null.
   */
  rememberedCursor: string | null;
  rememberCursor: void;
}

/**
 * Every browser test runs under this guard: any console error or warning, or uncaught page error,
 * that the test did not declare in `allowConsole` fails it. Test files import `test` from here, not
 * from @playwright/test (lint enforces it), so no file can forget the check.
 */
export const test = base.extend<ConsoleGuard>({
  allowConsole: [null, { option: true }],
  rememberedCursor: ['all', { option: true }],
  rememberCursor: [
    async ({ context, rememberedCursor }, use) => {
      if (rememberedCursor !== null) {
        // Only when nothing is stored yet: a reload keeps what the test itself chose meanwhile.
        await context.addInitScript(
          ([key, value]) => {
            try {
              if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, value);
            } catch {
              // about:blank and opaque origins have no storage.
            }
          },
          [REMEMBERED_CURSOR_KEY, rememberedCursor] as const,
        );
      }
      await use();
    },
    { auto: true },
  ],
  consoleGuard: [
    async ({ page, allowConsole }, use) => {
      const messages = watchConsole(page);
      await use();
      const unexpected = messages.filter(
        (message) => message !== SERVICE_WORKER_BLOCKED && !allowConsole?.test(message),
      );
      expect(unexpected, 'console errors and warnings during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Locator, Page } from '@playwright/test';
