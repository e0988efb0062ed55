import { expect, test as base } from '@playwright/test';

import { watchConsole } from './helpers';

interface ConsoleGuard {
  /**
   * Console errors or warnings a test provokes on purpose (an HTTP 500, an injected crash). One
   * pattern, not a list: Playwright would read a two-item array as a [value, options] pair.
   */
  allowConsole: RegExp | null;
  consoleGuard: void;
}

/**
 * Every browser test runs under this guard: any console error or warning, or uncaught page error,
 * that the test did not declare in `allowConsole` fails it. Test files import `test` from here, not
 * from @playwright/test (lint enforces it), so no file can forget the check.
 */
export const test = base.extend<ConsoleGuard>({
  allowConsole: [null, { option: true }],
  consoleGuard: [
    async ({ page, allowConsole }, use) => {
      const messages = watchConsole(page);
      await use();
      const unexpected = messages.filter((message) => !allowConsole?.test(message));
      expect(unexpected, 'console errors and warnings during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Locator, Page } from '@playwright/test';
