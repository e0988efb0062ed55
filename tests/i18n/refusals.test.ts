import { describe, expect, it } from 'vitest';

import { GraphDataError, REFUSAL_CODES } from '../../src/domain/problems';
import { describeError } from '../../src/i18n/describeError';
import { STRINGS } from '../../src/i18n/strings';
import { openGraphInput } from '../../src/io/openGraph';
import { xmldomPlatform as nodeXml } from '../../src/io/xmldomPlatform';
import { BAD_INPUTS } from '../fixtures/bad-inputs/index';

async function refusalOf(fileName: string, raw: string | Uint8Array): Promise<GraphDataError> {
  const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
  const input = { name: fileName, size: bytes.byteLength, bytes: async () => bytes };
  const error = await openGraphInput(input, nodeXml).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof GraphDataError)) throw new Error(`${fileName} was not refused`);
  return error;
}

describe('refusals in the interface language', () => {
  it('words every refusal of the bad-input corpus in English exactly as the reader reports it', async () => {
    const seen = new Set<string>();
    for (const input of BAD_INPUTS) {
      const error = await refusalOf(input.fileName, input.content());
      for (const problem of error.problems) {
        if (!problem.refusal) continue;
        seen.add(problem.refusal.code);
        expect(STRINGS.en.refusals[problem.refusal.code](problem.refusal.args ?? {})).toBe(problem.message);
      }
    }
    // The corpus reaches most refusals; the rest are checked in the Korean cases below and in e2e.
    expect(seen.size).toBeGreaterThanOrEqual(15);
  });

  it('gives the summary, the place and the problem in Korean', async () => {
    const zip = await refusalOf('g.json', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]));
    expect(describeError(zip, STRINGS.ko)).toEqual({
      detail: '파일을 열 수 없습니다: 문제 1개',
      problems: [{ path: '(파일 전체)', message: 'ZIP 압축 파일입니다. 압축을 풀고 안에 든 그래프 파일을 여세요' }],
    });
    const cut = await refusalOf('cut.json', '{\n "nodes": [');
    expect(describeError(cut, STRINGS.ko).problems).toEqual([
      { path: '2행 12열', message: '올바른 JSON이 아닙니다: 데이터 중간에서 파일이 끝납니다' },
    ]);
    const named = await refusalOf('g.gexf', '{"nodes": []}');
    expect(describeError(named, STRINGS.ko).problems?.[0]?.message).toBe(
      '파일 이름은 .gexf인데 내용은 XML이 아니라 JSON입니다',
    );
    const array = await refusalOf('g.json', '[1, 2]');
    expect(describeError(array, STRINGS.ko).problems?.[0]?.message).toBe(
      '맨 위에 JSON 객체가 있어야 하는데 배열이 있습니다',
    );
  });

  it('has Korean words for every refusal code', () => {
    for (const code of REFUSAL_CODES) {
      expect(STRINGS.ko.refusals[code]({}), code).toMatch(/[\uac00-\ud7a3]/);
    }
  });
});
