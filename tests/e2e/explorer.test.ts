import { applyFilters, countVisible, DEFAULT_FILTERS } from '../../src/domain/filters';
import { expect, test } from './fixtures';
import { loadShippedGraph, nodeScreenPosition, openExplorer, openMenu, watchConsole } from './helpers';

const graph = loadShippedGraph();
const statusText = (season: string | null) => {
  const c = countVisible(graph, applyFilters(graph, { ...DEFAULT_FILTERS, season }));
  return `${c.characters} character${c.characters === 1 ? '' : 's'} · ${c.links} link${c.links === 1 ? '' : 's'} shown`;
};

test.describe('the explorer on the shipped data', () => {
  let consoleMessages: string[] = [];
  test.beforeEach(async ({ page }) => {
    consoleMessages = watchConsole(page);
    await openExplorer(page, graph.nodes.length);
  });
  test.afterEach(() => {
    expect(consoleMessages).toEqual([]);
  });

  test('draws the story chart by default: the 37 characters and their 80 story links, at the stored positions', async ({
    page,
  }) => {
    const drawn = await page.evaluate(() => {
      const cy = window.__cy!;
      return {
        kinds: [...new Set(cy.nodes('[kind != "group"]:visible').map((n) => n.data('kind') as string))],
        nodes: cy.nodes('[kind != "group"]:visible').length,
        edges: cy.edges(':visible').length,
        onJo: cy.getElementById('on-jo').position(),
      };
    });
    expect(drawn).toEqual({
      kinds: ['character'],
      nodes: 37,
      edges: 80,
      onJo: graph.nodeById.get('on-jo')!.position,
    });
    await expect(page.getByTestId('visible-counts')).toHaveText('37 characters · 80 links shown');
  });

  test('the first view shows every name whole, framed about as tightly as Fit frames it', async ({ page }) => {
    for (const path of ['/', '/?lang=ko']) {
      if (path !== '/') await openExplorer(page, graph.nodes.length, path);
      const view = await page.evaluate(() => {
        const cy = window.__cy!;
        const ext = cy.extent();
        const shown = cy.nodes('[kind != "group"]:visible');
        // Names and the group frames with their titles.
        const cut = cy.nodes(':visible').filter((n) => {
          const b = n.boundingBox({ includeLabels: true });
          return b.x1 < ext.x1 || b.x2 > ext.x2 || b.y1 < ext.y1 || b.y2 > ext.y2;
        });
        const whole = cy.elements(':visible').boundingBox({ includeLabels: true });
        const fitZoom = Math.min((cy.width() - 60) / whole.w, (cy.height() - 60) / whole.h);
        return { cut: cut.map((n) => n.id()), shown: shown.length, ratio: cy.zoom() / fitZoom };
      });
      expect(view.shown).toBe(37);
      expect(view.cut).toEqual([]);
      // Computed from positions, the start view may leave a little more room than Fit (or a little less
      // where only a curved link reaches further out), never much more.
      expect(view.ratio).toBeGreaterThan(0.85);
      expect(view.ratio).toBeLessThan(1.05);
    }
  });

  test('with every layer on, draws every node and link of the data file, spread out by the layout', async ({
    page,
  }) => {
    await page.getByRole('checkbox', { name: 'Actors' }).check();
    await page.getByRole('checkbox', { name: 'Places' }).check();
    await page.getByRole('checkbox', { name: 'Seasons' }).check();
    await expect(page).toHaveURL(/layers=actors%2Cplaces%2Cseasons/);
    await expect
      .poll(() => page.evaluate(() => window.__cy!.nodes('[kind != "group"]:visible').length))
      .toBe(graph.nodes.length);
    const model = await page.evaluate(() => {
      const cy = window.__cy!;
      const xs = cy.nodes().map((n) => Math.round(n.position('x')));
      return {
        nodes: cy.nodes('[kind != "group"]:visible').length,
        edges: cy.edges(':visible').length,
        distinctX: new Set(xs).size,
      };
    });
    expect(model.nodes).toBe(graph.nodes.length);
    expect(model.edges).toBe(graph.links.length);
    expect(model.distinctX).toBeGreaterThan(graph.nodes.length / 2);
    await expect(page.getByRole('region', { name: 'Legend' })).toContainText('Character');
  });

  test('each season filter shows exactly the counts the data gives, without moving any node', async ({ page }) => {
    const positionsBefore = await page.evaluate(() =>
      window.__cy!.nodes('[kind != "group"]').map((n) => ({ ...n.position() })),
    );
    expect(graph.seasons.length).toBeGreaterThanOrEqual(2);
    for (const season of graph.seasons) {
      await page.getByRole('radio', { name: new RegExp(`^${season.label}`) }).check();
      await expect(page.getByTestId('visible-counts')).toHaveText(statusText(season.id));
      const expected = applyFilters(graph, { ...DEFAULT_FILTERS, season: season.id });
      // Classes are applied in an effect after React commits the status line, so poll the canvas.
      await expect
        .poll(() =>
          page.evaluate(() =>
            window
              .__cy!.nodes('[kind != "group"]:visible')
              .map((n) => n.id())
              .sort(),
          ),
        )
        .toEqual([...expected.nodes].sort());
      expect(await page.evaluate(() => window.__cy!.edges(':visible').length)).toBe(expected.links.size);
    }
    await page.getByRole('radio', { name: 'All seasons' }).check();
    await expect(page.getByTestId('visible-counts')).toHaveText(statusText(null));
    const positionsAfter = await page.evaluate(() =>
      window.__cy!.nodes('[kind != "group"]').map((n) => ({ ...n.position() })),
    );
    expect(positionsAfter).toEqual(positionsBefore);
  });

  test('a season filter changes classes only: no element is added, removed or compared again', async ({ page }) => {
    await page.evaluate(() => {
      const cy = window.__cy!;
      const seen = { adds: 0, removes: 0, lookups: 0 };
      cy.on('add', () => (seen.adds += 1));
      cy.on('remove', () => (seen.removes += 1));
      // The canvas wrapper looks up every element it compares with the previous render's definitions.
      const lookup = cy.getElementById.bind(cy);
      cy.getElementById = ((id: string) => ((seen.lookups += 1), lookup(id))) as typeof cy.getElementById;
      (window as unknown as { seen: typeof seen }).seen = seen;
    });
    await page.getByRole('radio', { name: new RegExp(`^${graph.seasons[0]!.label}`) }).check();
    await expect(page.getByTestId('visible-counts')).toHaveText(statusText(graph.seasons[0]!.id));
    await page.getByRole('radio', { name: 'All seasons' }).check();
    await expect(page.getByTestId('visible-counts')).toHaveText(statusText(null));
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown }).seen);
    // The shipped graph has 338 elements; comparing them all again would look each one up.
    expect(seen).toEqual({ adds: 0, removes: 0, lookups: 0 });
  });

  test('season 1 and season 2 give different graphs', () => {
    const [first, second] = graph.seasons;
    expect(statusText(first!.id)).not.toBe(statusText(second!.id));
  });

  test('clicking a character selects it and lists its links; hovering highlights its neighbourhood', async ({
    page,
  }) => {
    const character = graph.nodes.find((n) => n.kind === 'character')!;
    const point = await nodeScreenPosition(page, character.id);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.evaluate(() => window.__cy!.elements('.is-faded').length)).toBeGreaterThan(0);
    const hovered = await page.evaluate(
      (id) => window.__cy!.getElementById(id).closedNeighborhood().filter('.is-faded').length,
      character.id,
    );
    expect(hovered).toBe(0);
    await page.mouse.click(point.x, point.y);
    const card = page.getByRole('article', { name: character.label });
    await expect(card.getByRole('heading', { level: 2 })).toContainText(character.label);
    await expect(card).toContainText('Character');
    // The default chart draws story links only, so the card lists those (cast and places are layers).
    const linkCount = graph.links.filter(
      (l) =>
        (l.source === character.id || l.target === character.id) &&
        ['relationship', 'trauma', 'loyalty'].includes(l.kind),
    ).length;
    expect(linkCount).toBe(18);
    await expect(card.locator('.link-list > li')).toHaveCount(linkCount);
    expect(await page.evaluate((id) => window.__cy!.getElementById(id).hasClass('is-selected'), character.id)).toBe(
      true,
    );
  });

  test('Re-layout moves nodes; Fit brings every visible node into view', async ({ page }) => {
    const before = await page.evaluate(() => window.__cy!.nodes('[kind != "group"]').map((n) => ({ ...n.position() })));
    await openMenu(page);
    await page.getByRole('button', { name: 'Re-layout' }).click();
    // The layout code loads with the first Re-layout (the designed chart needs none to open), so poll.
    await expect
      .poll(() => page.evaluate(() => window.__cy!.nodes('[kind != "group"]').map((n) => ({ ...n.position() }))))
      .not.toEqual(before);
    await page.evaluate(() => {
      window.__cy!.pan({ x: 4000, y: -4000 });
    });
    await page.getByRole('button', { name: 'Fit' }).click();
    const inView = await page.evaluate(() => {
      const cy = window.__cy!;
      const ext = cy.extent();
      return cy
        .nodes('[kind != "group"]:visible')
        .map((n) => n.position())
        .every((p) => p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2);
    });
    expect(inView).toBe(true);
  });
});
