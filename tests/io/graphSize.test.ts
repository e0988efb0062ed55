import { describe, expect, it } from 'vitest';

import { generateGexf, generateLinkHeavy } from '../../bench/generateForeign';
import { planLayout } from '../../src/cytoscape/layoutPlan';
import { GraphDataError } from '../../src/domain/problems';
import { openGraphInput } from '../../src/io/openGraph';
import { MAX_FILE_BYTES } from '../../src/io/readText';
import { xmldomPlatform as nodeXml } from '../../src/io/xmldomPlatform';

const open = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return openGraphInput({ name, size: bytes.byteLength, bytes: async () => bytes }, nodeXml);
};

describe('graph size: links count as well as nodes', () => {
  it(
    'gives a link-heavy graph of few nodes the worker layout, and a small one the main thread',
    { timeout: 60_000 },
    async () => {
      const heavy = await open('heavy.json', generateLinkHeavy(100, 5000));
      expect(heavy.links.length).toBe(5000);
      expect(planLayout(heavy)).toBe('worker');
      const light = await open('light.json', generateLinkHeavy(100, 300));
      expect(planLayout(light)).toBe('main-thread');
    },
  );

  it(
    'refuses 100 nodes with 200,000 links as too many links to draw, before validating them',
    { timeout: 60_000 },
    async () => {
      const text = generateLinkHeavy(100, 200_000);
      expect(text.length).toBeLessThan(MAX_FILE_BYTES);
      const error = await open('heavy.json', text).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GraphDataError);
      expect((error as GraphDataError).kind).toBe('file');
      expect((error as GraphDataError).problems).toEqual([
        expect.objectContaining({
          path: '(file)',
          message: 'the graph has 100 nodes and 200,000 links; this app draws at most 25,000 nodes and 75,000 links',
        }),
      ]);
    },
  );

  it('accepts a Gephi GEXF of 20,000 nodes and 60,000 edges (about 9 MB) within the file limit', () => {
    const text = generateGexf(20_000, 60_000);
    const mb = new TextEncoder().encode(text).byteLength / 2 ** 20;
    expect(mb).toBeGreaterThan(8);
    expect(mb).toBeLessThan(MAX_FILE_BYTES / 2 ** 20);
  });
});
