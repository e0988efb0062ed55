import { seededRandom } from '../scripts/layout/seeded';
import type { GraphFile, GraphLink, GraphNode } from '../src/domain/schema';

const SEASONS = ['s1', 's2', 's3'] as const;
const KINDS = [
  ['relationship', ['family', 'friendship', 'romance', 'rivalry']],
  ['trauma', ['killed', 'infected', 'bullied']],
  ['loyalty', ['protects', 'betrays']],
] as const;

/**
 * A valid graph in our format with `count` characters over three seasons (two aired, one announced)
 * and about `linksPerNode` story links per character, each between people who share a season.
 */
export function generateGraph(count: number, linksPerNode = 3, seed = 42): GraphFile {
  // Seeded, so every bench run opens the same graphs.
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const seasonNodes: GraphNode[] = SEASONS.map((id, i) => ({
    id,
    kind: 'season',
    label: `Season ${i + 1}`,
    seasons: [id],
    number: i + 1,
    released: i < 2,
    ...(i < 2 ? { episodes: 10 } : {}),
  }));
  const members: string[][] = SEASONS.map(() => []);
  const characters: GraphNode[] = [];
  for (let i = 0; i < count; i += 1) {
    const first = Math.floor(rand() * rand() * 3);
    const last = Math.min(2, first + Math.floor(rand() * 2));
    const seasons = SEASONS.slice(first, last + 1);
    const id = `c${i}`;
    const states = seasons.map(() => pick(['alive', 'dead', 'unknown'] as const));
    // Nothing but death follows a death in a status timeline (a return needs a returnNote).
    const died = states.indexOf('dead');
    if (died >= 0) states.fill('dead', died);
    seasons.forEach((s) => members[SEASONS.indexOf(s)]!.push(id));
    characters.push({
      id,
      kind: 'character',
      label: `Person ${i}`,
      seasons: [...seasons],
      role: 'Generated character',
      group: `Group ${i % 12}`,
      status: seasons.map((s, k) => ({
        state: states[k]!,
        seasons: [s],
        sources: ['gen'],
        certainty: s === 's3' ? 'announced' : 'on-screen',
      })),
    });
  }
  const links: GraphLink[] = [];
  for (const node of characters) {
    for (let k = 0; k < linksPerNode; k += 1) {
      const season = pick(node.seasons);
      const target = pick(members[SEASONS.indexOf(season as (typeof SEASONS)[number])]!);
      if (target === node.id) continue;
      const [kind, types] = pick(KINDS);
      links.push({
        id: `l${links.length}`,
        kind,
        type: pick(types),
        source: node.id,
        target,
        directed: rand() < 0.5,
        label: 'knows',
        seasons: [season],
        sources: ['gen'],
        certainty: season === 's3' ? 'announced' : 'on-screen',
        ...(season === 's3' ? {} : { episode: 1 + Math.floor(rand() * 10) }),
      } as GraphLink);
    }
  }
  return {
    meta: { title: `Generated graph (${count} characters)`, slug: `generated-${count}` },
    sources: [{ id: 'gen', title: 'Generated for the benchmark', kind: 'file' }],
    nodes: [...seasonNodes, ...characters],
    links,
  };
}
