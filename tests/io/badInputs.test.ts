import { describe, expect, it, vi } from 'vitest';

import { GraphDataError } from '../../src/domain/problems';
import { openGraphInput } from '../../src/io/openGraph';
import { xmldomPlatform as nodeXml } from '../../src/io/xmldomPlatform';
import { BAD_INPUTS } from '../fixtures/bad-inputs/index';

describe('every bad input is refused with a specific, located problem', () => {
  it('has a corpus of at least 30 inputs', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30);
  });

  // How fast a refusal comes is a benchmark figure (npm run bench), not a unit assertion: under load it flaked.
  it.each(BAD_INPUTS)('$title ($fileName)', async ({ fileName, content, message, path }) => {
    const raw = content();
    const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    // The refusal is the only report: nothing lands in the console (the browser tests fail on it).
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const outcome = await openGraphInput(
      { name: fileName, size: bytes.byteLength, bytes: async () => bytes },
      nodeXml,
    ).then(
      () => null,
      (error: unknown) => error,
    );
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    expect(outcome).toBeInstanceOf(GraphDataError);
    const problems = (outcome as GraphDataError).problems;
    // File-level refusals also carry a code for the interface to word them in Korean (refusal).
    expect(problems, JSON.stringify(problems)).toContainEqual(
      expect.objectContaining({ path: expect.stringMatching(path), message: expect.stringMatching(message) }),
    );
  });
});
