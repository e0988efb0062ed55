import type { Page } from 'playwright';

// tsx compiles the functions passed to page.evaluate with esbuild's keepNames helper `__name`.
export const LONG_TASKS = `
  window.__name = (f) => f;
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

export type Win = Window & {
  __longTasks: number[];
  __cy: import('cytoscape').Core;
  /** The app registers fcose only when it lays out on the main thread; the baseline needs it there. */
  __ensureFcose: () => Promise<void>;
  gc?: () => void;
};

/** Evaluates an expression (given as source) in the page. */
export const value = <T>(page: Page, src: string) => page.evaluate((s) => new Function(`return (${s})`)() as T, src);

/** Time (ms) from running `act` in the page until `done` holds (polled after each macrotask), or null after `limitMs`. */
export async function timed(page: Page, act: string, done: string, limitMs = 15_000): Promise<number | null> {
  return page.evaluate(
    async ([actSrc, doneSrc, limit]) => {
      const act = new Function(actSrc as string) as () => void;
      const done = new Function(`return (${doneSrc as string})`) as () => boolean;
      const t0 = performance.now();
      act();
      while (!done() && performance.now() - t0 < (limit as number)) await new Promise((r) => setTimeout(r, 0));
      return done() ? performance.now() - t0 : null;
    },
    [act, done, limitMs] as const,
  );
}

/**
 * The synchronous cost of `act` (React flushes a click's update and its effects before the click
 * returns, so this is state, derived data and classes) and the time until the next frame is painted.
 */
export async function timedToPaint(page: Page, act: string): Promise<{ sync: number; paint: number }> {
  return page.evaluate(async (actSrc) => {
    const t0 = performance.now();
    (new Function(actSrc) as () => void)();
    const sync = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { sync, paint: performance.now() - t0 };
  }, act);
}

/** Used JS heap in MB after a forced garbage collection. */
export const heap = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as Win).gc?.();
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize / 1048576 : null;
  });

/**
 * Baseline for a filter change: the same change done by rebuilding the element set (what filtering the
 * `elements` prop amounts to) instead of toggling classes. `on`/`off` are the clicks that apply and
 * undo the filter; the rebuilt set has the same elements and positions as the filtered view.
 */
export async function rebuildBaseline(page: Page, on: string, off: string): Promise<number> {
  return page.evaluate(
    ([onSrc, offSrc]) => {
      const cy = (window as unknown as Win).__cy;
      type Defs = import('cytoscape').ElementDefinition[];
      (new Function(onSrc!) as () => void)();
      const keep = cy.elements(':visible').jsons() as unknown as Defs;
      (new Function(offSrc!) as () => void)();
      const all = cy.elements().jsons() as unknown as Defs;
      const t0 = performance.now();
      cy.batch(() => {
        cy.elements().remove();
        cy.add(keep);
      });
      const ms = performance.now() - t0;
      cy.batch(() => {
        cy.elements().remove();
        cy.add(all);
      });
      return ms;
    },
    [on, off],
  );
}

/**
 * Baseline for a large graph's layout: the worker's fcose draft run on the main thread instead, which
 * blocks the page for all of it. Skipped above `limit` nodes (it would take minutes) and for small
 * graphs, which the app lays out on the main thread itself.
 */
export const mainThreadLayout = (page: Page, limit: number) =>
  page.evaluate(async (big) => {
    const { __cy: cy, __ensureFcose } = window as unknown as Win;
    const n = cy.nodes().length;
    // Small graphs are laid out on the main thread by the app itself: nothing to compare with.
    if (n > big || n <= 400) return null;
    await __ensureFcose();
    const t0 = performance.now();
    cy.layout({
      name: 'fcose',
      quality: 'draft',
      animate: false,
      randomize: true,
    } as import('cytoscape').LayoutOptions).run();
    return performance.now() - t0;
  }, limit);

/** Waits until the app has marked the chart both laid out and drawn (performance marks of GraphCanvas). */
export async function waitForDrawn(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('aouad:graph-laid-out').length > 0 &&
      performance.getEntriesByName('aouad:graph-drawn').length > 0,
    null,
    { timeout },
  );
}
