import { describe, expect, it } from 'vitest';

import config from '../../vite.config';

describe('headers sent by npm start (vite preview)', () => {
  it('forbid framing, MIME sniffing and referrers, and carry the content security policy', () => {
    const headers = config.preview?.headers ?? {};
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Content-Security-Policy']).toMatch(/^default-src 'self'; .*; frame-ancestors 'none'$/);
  });
});
