import { describe, expect, it } from 'vitest';

import { exportFileName } from '../../src/domain/exportName';

const SAFE = /^[a-z0-9]+(-[a-z0-9]+)*-(all|s\d+)\.png$/;

describe('exportFileName with hostile slugs and titles', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '<script>alert("x")</script>',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '../../etc/passwd',
    '..\\..\\Windows\\System32\\con',
    'show\u202Egnp.exe',
    'name\u0000with\nnull and newline',
    'CON',
    ' .hidden. ',
  ];
  it.each(hostile)('keeps only letters, digits and hyphens: %j', (slug) => {
    const name = exportFileName(slug, { number: 2 }, 'png');
    // Nothing but ASCII letters, digits and hyphens: no markup, separators or control characters.
    expect(name).toMatch(SAFE);
  });

  it('says what the payload was, as plain words', () => {
    expect(exportFileName('<img src=x onerror=alert(1)>', null, 'png')).toBe('img-src-x-onerror-alert-1-all.png');
    expect(exportFileName('show\u202Egnp.exe', { number: 1 }, 'png')).toBe('show-gnp-exe-s1.png');
  });

  it('falls back to "graph" when nothing usable is left', () => {
    expect(exportFileName('<>', null, 'png')).toBe('graph-all.png');
    expect(exportFileName('지금 우리 학교는', null, 'png')).toBe('graph-all.png');
    expect(exportFileName('', { number: 1 }, 'png')).toBe('graph-s1.png');
  });

  it('caps a 10,000-character slug so the name fits any file system', () => {
    const name = exportFileName(`${'a'.repeat(79)}-${'b'.repeat(9920)}`, null, 'png');
    expect(name).toBe(`${'a'.repeat(79)}-all.png`);
    expect(new TextEncoder().encode(exportFileName('x'.repeat(10_000), { number: 12 }, 'png')).length).toBeLessThan(
      100,
    );
  });
});
