import { expect, test } from './fixtures';
import { loadShippedGraph, openExplorer } from './helpers';

const graph = loadShippedGraph();

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What a selection shows on the canvas: its links, the captions drawn, and what each caption meets. */
const captionsOnScreen = (page: import('./fixtures').Page) =>
  page.evaluate(() => {
    const cy = window.__cy!;
    const box = (b: Box) => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
    const meets = (a: Box, b: Box) =>
      Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5;
    const links = cy.edges('.is-neighbor:visible');
    const drawn = links.filter((e) => String(e.renderedStyle('label') ?? '') !== '');
    const captions = drawn.map((e) => ({
      text: String(e.renderedStyle('label')),
      box: box(e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true })),
    }));
    const bright = links.connectedNodes().filter((n) => !n.isParent());
    const names = bright.map((n) => ({
      text: n.id(),
      box: box(n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false })),
    }));
    const bodies = bright.map((n) => ({
      text: n.id(),
      box: box(n.renderedBoundingBox({ includeLabels: false, includeOverlays: false })),
    }));
    const clashes: string[] = [];
    captions.forEach((c, i) => {
      for (const other of captions.slice(i + 1)) if (meets(c.box, other.box)) clashes.push(`${c.text} / ${other.text}`);
      for (const other of [...names, ...bodies]) if (meets(c.box, other.box)) clashes.push(`${c.text} / ${other.text}`);
    });
    return { links: links.length, drawn: captions.length, clashes };
  });

for (const [id, expected] of [
  ['cheong-san', 19],
  ['on-jo', 18],
  ['gwi-nam', 16],
] as const) {
  test(`selecting ${id} captions its links without any caption overprinting another, a name or a node`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await openExplorer(page, graph.nodes.length, `/?sel=${id}`);
    // The view eases to the selection's neighbourhood; captions are placed for the zoom it ends at.
    await page.waitForTimeout(1500);
    const shown = await captionsOnScreen(page);
    expect(shown.links).toBe(expected);
    expect(shown.clashes).toEqual([]);
    // Sliding a caption along its link keeps most of them: at least half are drawn.
    expect(shown.drawn).toBeGreaterThanOrEqual(Math.ceil(expected / 2));
  });
}
