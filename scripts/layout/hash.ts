import { createHash } from 'node:crypto';

import type { GraphFile } from '../../src/domain/schema';

/**
 * What the stored layout depends on: every node's id, kind, group, seasons and names (label sizes),
 * and every link's ends, kind and seasons. Descriptions, sources and positions do not count.
 */
export function layoutInputHash(file: GraphFile): string {
  const nodes = file.nodes.map((n) => [
    n.id,
    n.kind,
    n.kind === 'character' ? n.group : '',
    n.seasons.join(','),
    n.label,
    n.labelKo ?? '',
  ]);
  const links = file.links.map((l) => [l.source, l.target, l.kind, l.seasons.join(',')]);
  return createHash('sha256').update(JSON.stringify({ nodes, links })).digest('hex');
}

export const HASH_FILE = 'data/layout.sha256';
