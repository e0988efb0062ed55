import { z } from 'zod';

import { GraphFileSchema } from './schema';

/** The JSON Schema published as `data/graph.schema.json`, derived from the zod schema (never hand-edited). */
export function buildJsonSchema(): string {
  const schema = z.toJSONSchema(GraphFileSchema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, title: 'Story graph' }, null, 2)}\n`;
}
