import { describe, expect, it } from 'vitest';

import { propsDiffer } from '../../src/cytoscape/propsDiff';

describe("the canvas wrapper's change test", () => {
  const elements = [{ data: { id: 'on-jo', label: 'Nam On-jo' } }];

  it('skips the same elements array: a re-render with the same graph touches no element', () => {
    expect(propsDiffer(elements, elements)).toBe(false);
  });

  it('treats a different array as changed, even with equal contents (each definition is then compared)', () => {
    expect(propsDiffer(elements, [...elements])).toBe(true);
    expect(propsDiffer(null, elements)).toBe(true);
    expect(propsDiffer(elements, undefined)).toBe(true);
  });

  it('compares an element definition field by field, as the wrapper did', () => {
    expect(propsDiffer({ id: 'on-jo', label: 'Nam On-jo' }, { id: 'on-jo', label: 'Nam On-jo' })).toBe(false);
    expect(propsDiffer({ id: 'on-jo', label: 'Nam On-jo' }, { id: 'on-jo', label: '남온조' })).toBe(true);
    expect(propsDiffer({ x: 1, y: 2 }, { x: 1 })).toBe(true);
    expect(propsDiffer('kind-character tier-1', 'kind-character tier-1')).toBe(false);
    expect(propsDiffer('kind-character tier-1', 'kind-character tier-2')).toBe(true);
    expect(propsDiffer(undefined, undefined)).toBe(false);
    expect(propsDiffer(1, 1.5)).toBe(true);
  });
});
