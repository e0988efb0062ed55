import { describe, expect, it } from 'vitest';

import { gephiBarTable } from '../../bench/gephiBar';
import type { ScenarioReport } from '../../bench/report';

const report = (graph: string, figures: [string, number, 'ms' | 'MB'][]): ScenarioReport => ({
  graph,
  runs: 3,
  figures: figures.map(([measure, value, unit]) => ({ measure, value, unit })),
});

describe('the Gephi Lite bar', () => {
  it('sets our figures beside Gephi Lite, as ratios, with the issue targets and verdicts', () => {
    const table = gephiBarTable([
      report('AOUAD (shipped), 98 / 246', [['load → graph drawn at final positions', 900, 'ms']]),
      report('1k / 3k, 1003 / 2997', [
        ['load → graph drawn at final positions', 1248, 'ms'],
        ['longest main-thread block while opening', 330, 'ms'],
        ['season filter, to next painted frame', 150, 'ms'],
        ['JS heap after opening and use', 23.3, 'MB'],
      ]),
      report('open 20k / 60k Gephi GEXF, 8.2 MB', [
        ['file chosen → graph drawn', 13_600, 'ms'],
        ['longest main-thread block while opening the file', 2150, 'ms'],
      ]),
    ]);
    expect(table.split('\n')).toEqual([
      '| graph | measure | Gephi Lite | ours | ratio | target | verdict |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 1k / 3k, no positions | ready | 3120 ms | 1248 ms | 0.40× | ≤ 0.5× | met |',
      '|  | longest block | 830 ms | 330 ms | 0.40× | ≤ 200 ms | missed |',
      '|  | heap after use | 23.3 MB | 23.3 MB | 1.00× |  |  |',
      '|  | season filter → drawn | 400 ms | 150 ms | 0.38× | ≤ 0.5× | met |',
      '| 20k / 60k GEXF, positions | ready | 14400 ms | 13600 ms | 0.94× | ≤ 1× | met |',
      '|  | longest block | 7000 ms | 2150 ms | 0.31× | ≤ 3000 ms | met |',
    ]);
  });
});
