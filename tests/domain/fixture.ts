import { readFileSync } from 'node:fs';

import { DEFAULT_FILTERS, type Filters, LAYERS } from '../../src/domain/filters';
import { parseGraph } from '../../src/domain/parseGraph';

/** The small hand-written test show (tests/fixtures/small-graph.json), parsed. */
export const smallGraph = parseGraph(
  JSON.parse(readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8')),
);

/** Filters that draw every node kind: the whole graph, as these tests of filtering, paths and text expect. */
export const WHOLE_GRAPH: Filters = { ...DEFAULT_FILTERS, layers: LAYERS };
