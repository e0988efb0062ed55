import { isolateGraphText } from './displayText';
import { checkIntegrity } from './integrity';
import { formatPath, GraphDataError } from './problems';
import type { GraphFile, GraphLink, GraphNode, Season, Source } from './schema';
import { GraphFileSchema } from './schema';

/** A validated graph with lookup tables; everything downstream reads this, never the raw file. */
export interface StoryGraph {
  meta: GraphFile['meta'];
  nodes: readonly GraphNode[];
  links: readonly GraphLink[];
  sources: ReadonlyMap<string, Source>;
  nodeById: ReadonlyMap<string, GraphNode>;
  linkById: ReadonlyMap<string, GraphLink>;
  /** Season nodes in story order (by number). */
  seasons: readonly Season[];
}

/**
 * Turns untrusted JSON into a StoryGraph, or throws a GraphDataError listing every problem found:
 * shape and type errors from the schema first; referential checks only once the shape is right.
 */
export function parseGraph(raw: unknown, { ownFormat = true }: { ownFormat?: boolean } = {}): StoryGraph {
  const parsed = GraphFileSchema.safeParse(raw);
  const missing = ownFormat ? missingCharacterWords(raw) : [];
  if (!parsed.success || missing.length > 0) {
    const issues = parsed.success ? [] : parsed.error.issues;
    throw new GraphDataError([
      ...issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
      ...missing,
    ]);
  }
  const problems = checkIntegrity(parsed.data, { endKinds: ownFormat });
  if (problems.length > 0) throw new GraphDataError(problems);
  return indexGraph(isolateGraphText(parsed.data));
}

/**
 * Our own format names every character's role and group; only graphs converted from other formats
 * (`ownFormat: false`) may leave them out, for the interface to word in its language.
 */
function missingCharacterWords(raw: unknown): { path: string; message: string }[] {
  const nodes = (raw as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((node: unknown, i) => {
    if (typeof node !== 'object' || node === null || (node as { kind?: unknown }).kind !== 'character') return [];
    return (['role', 'group'] as const).flatMap((field) =>
      (node as Record<string, unknown>)[field] === undefined
        ? [{ path: `nodes[${i}].${field}`, message: `a character in this format needs a ${field}` }]
        : [],
    );
  });
}

function indexGraph(file: GraphFile): StoryGraph {
  const seasons = file.nodes.filter((n): n is Season => n.kind === 'season').sort((a, b) => a.number - b.number);
  return {
    meta: file.meta,
    nodes: file.nodes,
    links: file.links,
    sources: new Map(file.sources.map((s) => [s.id, s])),
    nodeById: new Map(file.nodes.map((n) => [n.id, n])),
    linkById: new Map(file.links.map((l) => [l.id, l])),
    seasons,
  };
}
