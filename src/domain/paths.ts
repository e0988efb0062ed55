import type { StoryGraph } from './parseGraph';

export interface GraphPath {
  nodes: string[];
  links: string[];
}

type Adjacency = Map<string, { to: string; link: string }[]>;

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Undirected adjacency over the visible links of the allowed kinds only. */
function buildAdjacency(graph: StoryGraph, visibleLinks: ReadonlySet<string>, kinds: ReadonlySet<string>): Adjacency {
  const adjacency: Adjacency = new Map();
  const add = (from: string, to: string, link: string) => {
    const list = adjacency.get(from) ?? [];
    list.push({ to, link });
    adjacency.set(from, list);
  };
  for (const id of visibleLinks) {
    const link = graph.linkById.get(id);
    if (!link || !kinds.has(link.kind)) continue;
    add(link.source, link.target, id);
    add(link.target, link.source, id);
  }
  return adjacency;
}

function shortest(
  adjacency: Adjacency,
  from: string,
  to: string,
  blockedNodes: ReadonlySet<string>,
  blockedPairs: ReadonlySet<string>,
): GraphPath | null {
  const previous = new Map<string, { node: string; link: string } | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    if (node === to) break;
    for (const { to: next, link } of adjacency.get(node) ?? []) {
      if (previous.has(next) || blockedNodes.has(next) || blockedPairs.has(pairKey(node, next))) continue;
      previous.set(next, { node, link });
      queue.push(next);
    }
  }
  if (!previous.has(to)) return null;
  const path: GraphPath = { nodes: [to], links: [] };
  for (let step = previous.get(to); step; step = previous.get(step.node)) {
    path.nodes.unshift(step.node);
    path.links.unshift(step.link);
  }
  return path;
}

/**
 * Up to `k` shortest loop-free paths from `from` to `to` (Yen's algorithm on hop counts), walking
 * only visible links of the given kinds, so a hidden or spoiler element never carries a path.
 * Alternatives differ in the people they pass through, not merely in which parallel link they use.
 */
export function findPaths(
  graph: StoryGraph,
  visibleLinks: ReadonlySet<string>,
  kinds: ReadonlySet<string>,
  from: string,
  to: string,
  k = 4,
): GraphPath[] {
  if (from === to) return [];
  const adjacency = buildAdjacency(graph, visibleLinks, kinds);
  const first = shortest(adjacency, from, to, new Set(), new Set());
  if (!first) return [];
  const found: GraphPath[] = [first];
  const candidates: GraphPath[] = [];
  const seen = new Set([first.nodes.join('>')]);
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.nodes.length - 1; i += 1) {
      const root = last.nodes.slice(0, i + 1);
      const blockedPairs = new Set(
        found
          .filter((p) => root.every((n, j) => p.nodes[j] === n))
          .map((p) => pairKey(p.nodes[i]!, p.nodes[i + 1] ?? '')),
      );
      const spur = shortest(adjacency, root[i]!, to, new Set(root.slice(0, i)), blockedPairs);
      if (!spur) continue;
      const candidate = {
        nodes: [...root.slice(0, i), ...spur.nodes],
        links: [...last.links.slice(0, i), ...spur.links],
      };
      const key = candidate.nodes.join('>');
      if (!seen.has(key)) {
        seen.add(key);
        candidates.push(candidate);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.links.length - b.links.length);
    found.push(candidates.shift()!);
  }
  return found;
}
