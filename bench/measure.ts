import type { Browser, Page } from 'playwright';

/** One cold run of one scenario: every figure in milliseconds (heap in MB), or null when not measurable. */
export interface RunResult {
  drawn: number | null;
  ready: number | null;
  layout: number | null;
  layoutMainThread: number | null;
  longestBlockLoad: number | null;
  filter: number | null;
  filterPaint: number | null;
  filterRebuild: number | null;
  legend: number | null;
  search: number | null;
  searchScan: number | null;
  select: number | null;
  export2x: number | null;
  export1x: number | null;
  longestBlockAll: number | null;
  heapMb: number | null;
  heapGrowthMb: number | null;
}

// tsx compiles the functions passed to page.evaluate with esbuild's keepNames helper `__name`.
const LONG_TASKS = `
  window.__name = (f) => f;
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
`;

type Win = Window & { __longTasks: number[]; __cy: import('cytoscape').Core; gc?: () => void };

/** Time (ms) from running `act` in the page until `done` holds, polling after each macrotask. */
async function timed(page: Page, act: string, done: string): Promise<number | null> {
  return page.evaluate(
    async ([actSrc, doneSrc]) => {
      const act = new Function(actSrc!) as () => void;
      const done = new Function(`return (${doneSrc})`) as () => boolean;
      const t0 = performance.now();
      act();
      while (!done() && performance.now() - t0 < 15000) await new Promise((r) => setTimeout(r, 0));
      return done() ? performance.now() - t0 : null;
    },
    [act, done],
  );
}

/** Like `timed`, but also waits until the next frame has been painted (two animation frames). */
async function timedToPaint(page: Page, act: string): Promise<{ sync: number; paint: number }> {
  return page.evaluate(async (actSrc) => {
    const t0 = performance.now();
    (new Function(actSrc) as () => void)();
    const sync = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { sync, paint: performance.now() - t0 };
  }, act);
}

const heap = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as Win).gc?.();
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? memory.usedJSHeapSize / 1048576 : null;
  });

export async function measureRun(browser: Browser, url: string): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('aouad:graph-laid-out').length > 0, null, {
    timeout: 180_000,
  });
  await page.waitForTimeout(300);
  const load = await page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const w = window as unknown as Win;
    return {
      drawn: mark('aouad:graph-drawn'),
      ready: mark('aouad:graph-laid-out'),
      longest: Math.max(0, ...w.__longTasks),
    };
  });
  const laidOutCount = `performance.getEntriesByName('aouad:graph-laid-out').length`;
  const marks = await page.evaluate((src) => new Function(`return ${src}`)() as number, laidOutCount);
  const layout = await timed(
    page,
    `[...document.querySelectorAll('button')].find((b) => b.textContent === 'Re-layout').click()`,
    `${laidOutCount} > ${marks}`,
  );
  // Baseline: the same kind of fcose run on the main thread (skipped where it would take minutes).
  const layoutMainThread = await page.evaluate((big) => {
    const cy = (window as unknown as Win).__cy;
    if (cy.nodes().length > big) return null;
    const quality = cy.nodes().length > 1500 ? 'draft' : cy.nodes().length > 400 ? 'default' : 'proof';
    const t0 = performance.now();
    cy.layout({ name: 'fcose', quality, animate: false, randomize: true } as import('cytoscape').LayoutOptions).run();
    return performance.now() - t0;
  }, 6000);
  const visibleCount = `window.__cy.elements(':visible').length`;
  const changedFrom = async () => page.evaluate((src) => new Function(`return ${src}`)() as number, visibleCount);
  // React flushes a click's update and its effects before the click returns, so the synchronous part
  // is the whole filter change (state, derived data, classes); "paint" adds Cytoscape's redraw.
  const filterRun = await timedToPaint(page, `document.querySelector('input[name=season][value=s1]').click()`);
  await timedToPaint(page, `document.querySelector('input[name=season][value=all]').click()`);
  const filter = filterRun.sync;
  const filterPaint = filterRun.paint;
  // Baseline: the same season filter done by rebuilding the element set (what filtering the
  // `elements` prop amounts to) instead of toggling classes; same elements, same positions.
  const filterRebuild = await page.evaluate(() => {
    const cy = (window as unknown as Win).__cy;
    type Defs = import('cytoscape').ElementDefinition[];
    const radio = (v: string) => (document.querySelector(`input[name=season][value=${v}]`) as HTMLElement).click();
    radio('s1');
    const keep = cy.elements(':visible').jsons() as unknown as Defs;
    radio('all');
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
  });
  const before = await changedFrom();
  const legendButton = `[...document.querySelectorAll('.legend-toggle')].find((b) => b.textContent.startsWith('Relationship'))`;
  const legend = await timed(page, `${legendButton}.click()`, `${visibleCount} !== ${before}`);
  await page.evaluate((src) => (new Function(`return ${src}`)() as HTMLElement).click(), legendButton);
  // The first keystroke: type the first letters of a character's name, as a user would.
  const query = await page.evaluate(() =>
    String((window as unknown as Win).__cy.nodes('[kind = "character"]').last().data('label')).slice(0, 4),
  );
  const search = await timed(
    page,
    `const input = document.getElementById('search-input'); const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; set.call(input, ${JSON.stringify(query)}); input.dispatchEvent(new Event('input', { bubbles: true }));`,
    `document.querySelectorAll('[role=listbox] [role=option]').length > 0`,
  );
  const searchScan = await page.evaluate((q) => {
    const cy = (window as unknown as Win).__cy;
    const t0 = performance.now();
    cy.nodes().filter((n) => String(n.data('label')).toLowerCase().includes(q.toLowerCase()));
    return performance.now() - t0;
  }, query);
  const target = await page.evaluate(() => (window as unknown as Win).__cy.nodes('[kind = "character"]').first().id());
  const select = await timed(
    page,
    `window.__cy.getElementById(${JSON.stringify(target)}).emit('tap')`,
    `document.getElementById('card-title') !== null`,
  );
  // The default export (2x PNG) through the dialog: from the Download click to the saved notice.
  const button = (text: string) =>
    `[...document.querySelectorAll('button')].find((b) => b.textContent.startsWith(${JSON.stringify(text)}))`;
  await timed(page, `${button('Export image…')}.click()`, `${button('Download')} !== undefined`);
  const export2x = await timed(
    page,
    `${button('Download')}.click()`,
    `[...document.querySelectorAll('.notice')].some((n) => /Saved|failed/.test(n.textContent))`,
  );
  await page.evaluate(`${button('Close')}.click()`);
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
  const longestAll = await page.evaluate(() => Math.max(0, ...(window as unknown as Win).__longTasks));
  const heapStart = await heap(page);
  for (let i = 0; i < 50; i += 1) {
    await page.evaluate(
      (v) => (document.querySelector(`input[name=season][value=${v}]`) as HTMLElement).click(),
      i % 2 ? 'all' : 's1',
    );
  }
  await page.waitForTimeout(200);
  const heapEnd = await heap(page);
  await context.close();
  return {
    drawn: load.drawn,
    ready: load.ready,
    layout,
    layoutMainThread,
    longestBlockLoad: load.longest,
    filter,
    filterPaint,
    filterRebuild,
    legend,
    search,
    searchScan,
    select,
    export2x,
    export1x,
    longestBlockAll: longestAll,
    heapMb: heapStart,
    heapGrowthMb: heapStart !== null && heapEnd !== null ? heapEnd - heapStart : null,
  };
}
