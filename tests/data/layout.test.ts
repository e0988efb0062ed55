import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { HASH_FILE, layoutInputHash } from '../../scripts/layout/hash';
import type { GraphFile } from '../../src/domain/schema';

const file = JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')) as GraphFile;

describe('the designed layout of the shipped chart', () => {
  it('gives every node a position, so the chart needs no layout at load and looks the same for everyone', () => {
    expect(file.nodes.filter((n) => n.position === undefined).map((n) => n.id)).toEqual([]);
  });

  it('was made for these nodes and links: after changing them, run `npm run layout`', () => {
    const stored = readFileSync(new URL(`../../${HASH_FILE}`, import.meta.url), 'utf8').trim();
    expect(layoutInputHash(file), 'nodes, names, groups or links changed since `npm run layout` ran').toBe(stored);
  });
});
