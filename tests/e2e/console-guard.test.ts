import { expect, test } from './fixtures';

// The guard itself: a page that logs an error must fail its test, and an allowed message must not.
test('a console error the test did not allow fails the test (marked test.fail: ✘ here means the guard works)', async ({
  page,
}) => {
  test.fail();
  await page.goto('/');
  await page.evaluate(() => console.error('deliberate error'));
});

test('an uncaught page error fails the test (marked test.fail: ✘ here means the guard works)', async ({ page }) => {
  test.fail();
  await page.goto('/');
  // Wait for the error itself, not a fixed time: the guard's listener was attached before this one.
  const thrown = page.waitForEvent('pageerror');
  await page.evaluate(() =>
    setTimeout(() => {
      throw new Error('deliberate throw');
    }),
  );
  await thrown;
});

test.describe('with the message allowed', () => {
  test.use({ allowConsole: /deliberate warning/ });
  test('an allowed warning passes', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => console.warn('deliberate warning'));
    await expect(page.locator('body')).toBeVisible();
  });
});
