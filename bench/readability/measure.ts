import type { Browser } from 'playwright';

import { REMEMBERED_CURSOR_KEY } from '../../src/state/rememberedCursor';
import { measureScene, type Readability } from './geometry';
import { readScene } from './readScene';

/** A view of the chart the benchmark measures: a query string on a screen. */
export interface ReadabilityView {
  name: string;
  query: string;
  viewport: { width: number; height: number };
  phone?: boolean;
  /** Whether the targets apply (1400×900, and names at 1280×720 too; a phone shows a part). */
  targeted: boolean;
}

export const READABILITY_VIEWS: readonly ReadabilityView[] = [
  { name: 'default 1400×900', query: '', viewport: { width: 1400, height: 900 }, targeted: true },
  { name: 'season 1 1400×900', query: '?season=s1', viewport: { width: 1400, height: 900 }, targeted: true },
  { name: 'default 1280×720', query: '', viewport: { width: 1280, height: 720 }, targeted: true },
  { name: 'phone 390×844', query: '', viewport: { width: 390, height: 844 }, phone: true, targeted: false },
  // A first visit answered "episode 1" (the phone issue asks for 12 readable names at load).
  { name: 'phone S1E1', query: '?upto=s1e1', viewport: { width: 390, height: 844 }, phone: true, targeted: false },
  { name: 'tablet 820×1180', query: '', viewport: { width: 820, height: 1180 }, phone: true, targeted: false },
];

/**
 * One cold load of a view, everything watched (as a viewer who answered "all" to the welcome), measured
 * once the graph is drawn and the first frame has settled.
 */
export async function measureView(browser: Browser, url: string, view: ReadabilityView): Promise<Readability> {
  const context = await browser.newContext({
    viewport: view.viewport,
    ...(view.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 3 } : {}),
  });
  // tsx compiles functions passed to page.evaluate with esbuild's keepNames helper `__name`.
  await context.addInitScript(
    ([key]) => {
      (window as unknown as { __name: (f: unknown) => unknown }).__name = (f) => f;
      window.localStorage.setItem(key!, 'all');
    },
    [REMEMBERED_CURSOR_KEY],
  );
  const page = await context.newPage();
  await page.goto(`${url}${view.query}`);
  await page.waitForFunction(() => performance.getEntriesByName('aouad:graph-drawn').length > 0, null, {
    timeout: 120_000,
  });
  // The view eases to fit what the filters show (about half a second): measure where it ends.
  await page.waitForTimeout(1500);
  const scene = await page.evaluate(readScene);
  await context.close();
  return measureScene(scene);
}
