import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { bundledPackages, licenceAllowed, refusedPackages } from '../../scripts/licences';

const NOTICES = `# Licenses

The app bundles dependencies which contain the following licenses:

## cytoscape - 3.34.4 (MIT)

Copyright (c) 2016-2025, The Cytoscape Consortium.

## cytoscape-svg - 0.4.0 (GNU GPLv3)

## left-pad - 1.3.0

## tslib - 2.8.1 (0BSD)

## dual - 1.0.0 (MIT OR GPL-3.0)
`;

describe('bundled package licences', () => {
  it('reads every package heading Vite writes, with or without a licence', () => {
    expect(bundledPackages(NOTICES)).toEqual([
      { name: 'cytoscape', version: '3.34.4', licence: 'MIT' },
      { name: 'cytoscape-svg', version: '0.4.0', licence: 'GNU GPLv3' },
      { name: 'left-pad', version: '1.3.0', licence: null },
      { name: 'tslib', version: '2.8.1', licence: '0BSD' },
      { name: 'dual', version: '1.0.0', licence: 'MIT OR GPL-3.0' },
    ]);
  });
  it('refuses a GPL package and one without a licence, and accepts an allowed choice', () => {
    expect(refusedPackages(NOTICES)).toEqual(['cytoscape-svg@0.4.0 (GNU GPLv3)', 'left-pad@1.3.0 (no licence field)']);
    expect(licenceAllowed('(MIT AND Apache-2.0)')).toBe(true);
    expect(licenceAllowed('MIT AND GPL-3.0-only')).toBe(false);
    expect(licenceAllowed('SEE LICENSE IN LICENSE.md')).toBe(false);
  });
  it('the app itself is MIT, in package.json and in LICENSE', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(new URL('../../LICENSE', import.meta.url), 'utf8')).toMatch(/^MIT License\n/);
  });
});
