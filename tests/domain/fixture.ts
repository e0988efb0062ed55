import { readFileSync } from 'node:fs';

import { parseGraph } from '../../src/domain/parseGraph';

/** The small hand-written test show (tests/fixtures/small-graph.json), parsed. */
export const smallGraph = parseGraph(
  JSON.parse(readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8')),
);
