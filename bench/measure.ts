import type { Browser } from 'playwright';

import {
  heap,
  LONG_TASKS,
  mainThreadLayout,
  rebuildBaseline,
  timed,
  timedToPaint,
  value,
  waitForDrawn,
  type Win,
} from './probes';

/** One cold run of one scenario: every figure in milliseconds (heap in MB), or null when not measurable. */
export interface RunResult {
  /** Navigation → the page's first contentful paint (the loading message): the floor under `ready`. */
  firstPaint: number | null;
  /** Navigation → the graph drawn at its final positions. */
  ready: number | null;
  longestBlockLoad: number | null;
  layout: number | null;
  layoutMainThread: number | null;
  filter: number | null;
  filterPaint: number | null;
  filterRebuild: number | null;
  legend: number | null;
  legendRebuild: number | null;
  search: number | null;
  searchScan: number | null;
  select: number | null;
  export2x: number | null;
  export1x: number | null;
  longestBlockAll: number | null;
  heapMb: number | null;
  heapAfterFiltersMb: number | null;
}

const LAID_OUT = `performance.getEntriesByName('aouad:graph-laid-out').length`;
const VISIBLE = `window.__cy.elements(':visible').length`;
const SEASON = (v: string) => `document.querySelector('input[name=season][value=${v}]').click()`;
const LEGEND = `[...document.querySelectorAll('.legend-toggle')].find((b) => b.textContent.startsWith('Relationship')).click()`;
const BUTTON = (text: string) =>
  `[...document.querySelectorAll('button')].find((b) => b.textContent === '${text}').click()`;

export async function measureRun(browser: Browser, url: string): Promise<RunResult> {
  // No service worker: its first-visit precaching would compete with the load being measured.
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto(url);
  await waitForDrawn(page, 300_000);
  // Let the first frames settle, so their long tasks count towards the load.
  await page.waitForTimeout(1000);
  const load = await page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const drawn = at('aouad:graph-drawn');
    const laidOut = at('aouad:graph-laid-out');
    return {
      firstPaint: at('first-contentful-paint'),
      ready: drawn === null || laidOut === null ? null : Math.max(drawn, laidOut),
      longest: Math.max(0, ...(window as unknown as Win).__longTasks),
    };
  });
  const layouts = await value<number>(page, LAID_OUT);
  const layout = await timed(page, BUTTON('Re-layout'), `${LAID_OUT} > ${layouts}`, 300_000);
  const layoutMainThread = await mainThreadLayout(page, 6000);

  const season = await timedToPaint(page, SEASON('s1'));
  await timedToPaint(page, SEASON('all'));
  const filterRebuild = await rebuildBaseline(page, SEASON('s1'), SEASON('all'));
  const before = await value<number>(page, VISIBLE);
  const legend = await timed(page, LEGEND, `${VISIBLE} !== ${before}`);
  await value(page, `${LEGEND}, 0`);
  const legendRebuild = await rebuildBaseline(page, LEGEND, LEGEND);

  // The first keystroke: the first letters of a character's name, as a user would type them.
  const query = await page.evaluate(() =>
    String((window as unknown as Win).__cy.nodes('[kind = "character"]').last().data('label')).slice(0, 4),
  );
  const search = await timed(
    page,
    `const input = document.getElementById('search-input'); const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; set.call(input, ${JSON.stringify(query)}); input.dispatchEvent(new Event('input', { bubbles: true }));`,
    `document.querySelectorAll('[role=listbox] [role=option]').length > 0`,
  );
  // Baseline: a plain scan over every label, which is what the index saves.
  const searchScan = await page.evaluate((q) => {
    const cy = (window as unknown as Win).__cy;
    const t0 = performance.now();
    cy.nodes().filter((n) => String(n.data('label')).toLowerCase().includes(q.toLowerCase()));
    return performance.now() - t0;
  }, query);

  const target = await value<string>(page, `window.__cy.nodes('[kind = "character"]').first().id()`);
  const select = await timed(
    page,
    `window.__cy.getElementById(${JSON.stringify(target)}).emit('tap')`,
    `document.getElementById('card-title') !== null`,
  );
  // The default export (2x PNG) through the dialog: from the Download click to the saved notice.
  const button = (text: string) =>
    `[...document.querySelectorAll('button')].find((b) => b.textContent.startsWith(${JSON.stringify(text)}))`;
  // At 20k the dialog takes a while to open (it counts what the image will show): a generous limit,
  // and no export figure rather than a crash if it never opens.
  const opened = await timed(
    page,
    `${button('Export image…')}.click()`,
    `${button('Download')} !== undefined`,
    120_000,
  );
  const export2x =
    opened === null
      ? null
      : await timed(
          page,
          `${button('Download')}.click()`,
          `[...document.querySelectorAll('.notice')].some((n) => /Saved|failed/.test(n.textContent))`,
        );
  if (opened !== null) await page.evaluate(`${button('Close')}.click()`);
  const export1x = await page.evaluate(async () => {
    const cy = (window as unknown as Win).__cy;
    const t0 = performance.now();
    try {
      await cy.png({ output: 'blob-promise', full: true, scale: 1, maxWidth: 8192, maxHeight: 8192 });
      return performance.now() - t0;
    } catch {
      return null;
    }
  });
  const longestBlockAll = await page.evaluate(() => Math.max(0, ...(window as unknown as Win).__longTasks));

  // Leak check: the heap before and after 50 season-filter changes.
  const heapMb = await heap(page);
  // In one page task, letting a frame paint after every tenth change: a repaint per change would cost
  // seconds each on the largest graph and exercise nothing more.
  await page.evaluate(
    async ([onSrc, offSrc]) => {
      // Compiled before the first await: the page's CSP forbids eval, which only the evaluate call itself may do.
      const [on, off] = [new Function(onSrc!) as () => void, new Function(offSrc!) as () => void];
      for (let i = 0; i < 50; i += 1) {
        (i % 2 ? off : on)();
        if (i % 10 === 9) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      }
    },
    [SEASON('s1'), SEASON('all')],
  );
  await page.waitForTimeout(200);
  const heapAfterFiltersMb = await heap(page);
  await context.close();
  return {
    firstPaint: load.firstPaint,
    ready: load.ready,
    longestBlockLoad: load.longest,
    layout,
    layoutMainThread,
    filter: season.sync,
    filterPaint: season.paint,
    filterRebuild,
    legend,
    legendRebuild,
    search,
    searchScan,
    select,
    export2x,
    export1x,
    longestBlockAll,
    heapMb,
    heapAfterFiltersMb,
  };
}
