// Writes data/graph.schema.json from the zod schema. Run with `npm run schema`.
import { writeFileSync } from 'node:fs';

import { buildJsonSchema } from '../src/domain/jsonSchema';

const target = new URL('../data/graph.schema.json', import.meta.url);
writeFileSync(target, buildJsonSchema());
console.log(`wrote ${target.pathname}`);
