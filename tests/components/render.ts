import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import data from '../../data/graph.json';
import { parseGraph } from '../../src/domain/parseGraph';

/** The shipped graph, read as the app reads it: component tests render its real cards and names. */
export const shipped = parseGraph(data);

// Each test renders into a fresh document body.
afterEach(cleanup);
