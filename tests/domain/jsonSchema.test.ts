import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { buildJsonSchema } from '../../src/domain/jsonSchema';

describe('data/graph.schema.json', () => {
  it('is exactly what the zod schema generates (run `npm run schema` after changing the format)', () => {
    const committed = readFileSync(new URL('../../data/graph.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(buildJsonSchema());
  });

  it('describes the node and link kinds users write', () => {
    const schema = buildJsonSchema();
    for (const kind of ['character', 'actor', 'season', 'location', 'relationship', 'trauma', 'loyalty', 'plays']) {
      expect(schema).toContain(`"${kind}"`);
    }
  });
});
