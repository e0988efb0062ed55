import { describe, expect, it } from 'vitest';

import { jsonErrorOffset } from '../../src/io/jsonErrorOffset';

describe('where JSON stops being valid', () => {
  it.each([
    ['{"a":}', 5],
    ['[1,2,]', 5],
    ['{"a" 1}', 5],
    ['{"a":tru}', 8],
    ['{"a":"b\\x"}', 8],
    ['[01]', 2],
    ['{"a":1} x', 8],
    ['{"a":[1,2', 9],
    ['"unterminated', 13],
    ['{"a":"\\u12G4"}', 7],
  ])('%s fails at offset %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
