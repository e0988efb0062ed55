import { parseGraph, type StoryGraph } from '../domain/parseGraph';
import { GraphDataError, type Problem } from '../domain/problems';
import {
  CHARACTER_STATES,
  LOYALTY_TYPES,
  type NodeKind,
  RELATIONSHIP_TYPES,
  STRUCTURAL_LINK_KINDS,
  TRAUMA_TYPES,
} from '../domain/schema';
import { attrNumber, attrText, type ForeignGraph, type ForeignNode, pickAttr } from './foreignGraph';
import { planSeasons, TIME_ATTRS } from './foreignSeasons';

const KIND_ATTRS = ['kind', 'type', 'group', 'category', 'class'];
const LINK_TYPE_ATTRS = ['type', 'kind', 'relation', 'relationship', 'interaction'];
const FILE_SOURCE = 'file';

const NODE_KIND_ALIASES = new Map<string, NodeKind>([
  ['actor', 'actor'],
  ['actress', 'actor'],
  ['cast', 'actor'],
  ['location', 'location'],
  ['place', 'location'],
]);

const includes = (list: readonly string[], value: string) => list.includes(value);

function nodeKindOf(node: ForeignNode): NodeKind {
  const value = attrText(pickAttr(node.attrs, KIND_ATTRS))?.toLowerCase();
  return (value === undefined ? undefined : NODE_KIND_ALIASES.get(value)) ?? 'character';
}

/** Our link kind and type for a foreign link type; unknown types become relationship `other`. */
function linkKindOf(raw: string | undefined): { kind: string; type?: string } {
  const value = raw
    ?.toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
  if (value === undefined) return { kind: 'relationship', type: 'other' };
  if (includes(RELATIONSHIP_TYPES, value)) return { kind: 'relationship', type: value };
  if (includes(TRAUMA_TYPES, value)) return { kind: 'trauma', type: value };
  if (includes(LOYALTY_TYPES, value)) return { kind: 'loyalty', type: value };
  if (includes(STRUCTURAL_LINK_KINDS, value)) return { kind: value };
  return { kind: 'relationship', type: 'other' };
}

/** Structural links join fixed kinds; a story link between an actor and a character is read as `plays`. */
function fitEnds(a: NodeKind, b: NodeKind): { kind: string; swap: boolean } | null {
  if (a === 'character' && b === 'character') return null;
  if (a === 'actor' && b === 'character') return { kind: 'plays', swap: false };
  if (a === 'character' && b === 'actor') return { kind: 'plays', swap: true };
  if (a === 'character' && b === 'location') return { kind: 'tied-to', swap: false };
  if (a === 'location' && b === 'character') return { kind: 'tied-to', swap: true };
  return null;
}

export function fileSlug(fileName: string): string {
  const base = fileName.replace(/\.[a-z0-9]{1,10}$/i, '');
  const slug = base
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'graph';
}

/**
 * Maps a foreign graph onto our format, then validates it with parseGraph like any other input.
 * label/name/title become the label; kind/type/group say the node kind (character unless it names an
 * actor or a location) and the character's group; season/time/year attributes become seasons; x/y are
 * kept as positions. Problems name the place in the original file.
 */
export function fromForeign(input: ForeignGraph, fileName: string): StoryGraph {
  const foreign = rekeyLongIds(input);
  const nodeIds = new Set(foreign.nodes.map((n) => n.id));
  const plan = planSeasons(foreign, nodeIds);
  const kinds = new Map(foreign.nodes.map((n) => [n.id, nodeKindOf(n)]));
  const seasonsOf = new Map<string, string[]>();
  const fact = (seasons: string[]) => ({ seasons, sources: [FILE_SOURCE], certainty: 'on-screen' });

  const nodes: Record<string, unknown>[] = foreign.nodes.map((node) => {
    const kind = kinds.get(node.id) ?? 'character';
    // A node's time says when it enters the story: it stays from then on, so that a link between two
    // nodes of different seasons holds from the later one on instead of refusing the file.
    const own = plan.idsFor(pickAttr(node.attrs, TIME_ATTRS));
    const first = own.length > 0 ? Math.min(...own.map((id) => plan.all.indexOf(id))) : 0;
    const seasons = plan.all.slice(first);
    seasonsOf.set(node.id, seasons);
    const x = attrNumber(pickAttr(node.attrs, ['x']));
    const y = attrNumber(pickAttr(node.attrs, ['y']));
    const group = attrText(pickAttr(node.attrs, ['group', 'type', 'kind', 'category', 'class']));
    const state = attrText(pickAttr(node.attrs, ['status', 'state']))?.toLowerCase();
    return {
      id: node.id,
      kind,
      label: attrText(pickAttr(node.attrs, ['label', 'name', 'title'])) ?? node.id,
      seasons,
      description: attrText(pickAttr(node.attrs, ['description'])),
      position: x !== undefined && y !== undefined ? { x, y } : undefined,
      ...(kind === 'character' && {
        role: attrText(pickAttr(node.attrs, ['role'])) ?? group,
        group,
        status: [
          {
            state: state && includes(CHARACTER_STATES, state) ? state : 'unknown',
            ...fact(seasons),
          },
        ],
      }),
    };
  });

  const positions = nodes.flatMap((n) => (n.position ? [n.position as { x: number; y: number }] : []));
  const placeSeasons = positions.length === nodes.length && nodes.length > 0;
  const minX = Math.min(...positions.map((p) => p.x));
  const maxY = Math.max(...positions.map((p) => p.y));
  plan.seasons.forEach((season, i) => {
    nodes.push({
      id: season.id,
      kind: 'season',
      label: season.label,
      seasons: [season.id],
      number: season.number,
      released: true,
      // With every node placed by the file, season nodes get a place too, so no layout has to run.
      position: placeSeasons ? { x: minX + i * 120, y: maxY + 120 } : undefined,
    });
  });

  // Node and link ids share one namespace in the renderer, and GEXF files often number both from 0.
  const nodeIdSet = new Set(nodes.map((node) => node.id as string));
  const taken = new Set([...nodeIdSet, ...foreign.links.flatMap((l) => (l.id === null ? [] : [l.id]))]);
  const linkIdsSeen = new Set<string>();
  const links = foreign.links.map((link, i) => {
    let id = link.id;
    // An id seen before on a link is a per-pair key (NetworkX MultiGraph), not a global id.
    if (id === null || nodeIdSet.has(id) || linkIdsSeen.has(id)) {
      const base = id === null ? `link-${i + 1}` : `link-${id}`;
      id = base;
      for (let k = 2; taken.has(id); k += 1) id = `${base}-${k}`;
      taken.add(id);
    }
    linkIdsSeen.add(id);
    const rawType = attrText(pickAttr(link.attrs, LINK_TYPE_ATTRS), 200);
    let { kind, type } = linkKindOf(rawType);
    let [source, target] = [link.source, link.target];
    const fitted = fitEnds(kinds.get(source) ?? 'character', kinds.get(target) ?? 'character');
    if (fitted) {
      kind = fitted.kind;
      type = undefined;
      if (fitted.swap) [source, target] = [target, source];
    }
    const ends = [seasonsOf.get(source) ?? plan.all, seasonsOf.get(target) ?? plan.all];
    const shared = ends[0]!.filter((s) => ends[1]!.includes(s));
    const own = plan.idsFor(pickAttr(link.attrs, TIME_ATTRS)).filter((s) => shared.includes(s));
    const label = attrText(pickAttr(link.attrs, ['label', 'name', 'title']), 2000);
    return {
      id,
      kind,
      ...(type !== undefined && { type }),
      source,
      target,
      directed: link.directed ?? foreign.directed,
      label: label ?? (type === 'other' ? rawType : undefined),
      ...fact(own.length > 0 ? own : shared.length > 0 ? shared : ends[0]!),
    };
  });

  const raw = {
    meta: { title: fileName.slice(0, 2000) || 'Graph', slug: fileSlug(fileName) },
    sources: [{ id: FILE_SOURCE, title: fileName.slice(0, 2000) || 'Opened file', kind: 'file' }],
    nodes,
    links,
  };
  try {
    return parseGraph(raw, { ownFormat: false });
  } catch (error) {
    if (!(error instanceof GraphDataError)) throw error;
    throw new GraphDataError(
      error.problems.map((p) => locate(p, foreign)),
      error.kind,
    );
  }
}

/** Longest id our format takes; longer foreign ids become the name, and the node gets a short id. */
const MAX_ID = 200;

/** Ids over MAX_ID characters are kept as the node's name (unless it has one) and re-keyed inside. */
function rekeyLongIds(foreign: ForeignGraph): ForeignGraph {
  if (!foreign.nodes.some((n) => n.id.length > MAX_ID) && !foreign.links.some((l) => (l.id?.length ?? 0) > MAX_ID)) {
    return foreign;
  }
  const used = new Set(foreign.nodes.map((n) => n.id));
  const newId = new Map<string, string>();
  const nodes = foreign.nodes.map((node, i) => {
    if (node.id.length <= MAX_ID) return node;
    let id = `node-${i + 1}`;
    for (let k = 2; used.has(id); k += 1) id = `node-${i + 1}-${k}`;
    used.add(id);
    newId.set(node.id, id);
    const named = pickAttr(node.attrs, ['label', 'name', 'title']) !== undefined;
    return { ...node, id, attrs: named ? node.attrs : { ...node.attrs, label: node.id } };
  });
  const links = foreign.links.map((link) => ({
    ...link,
    id: link.id !== null && link.id.length > MAX_ID ? null : link.id,
    source: newId.get(link.source) ?? link.source,
    target: newId.get(link.target) ?? link.target,
  }));
  return { ...foreign, nodes, links };
}

/** Rewrites `nodes[3].label` as the place of that node in the original file. */
function locate(problem: Problem, foreign: ForeignGraph): Problem {
  const match = /^(nodes|links)\[(\d+)\](.*)$/.exec(problem.path);
  if (!match) return problem;
  const list = match[1] === 'nodes' ? foreign.nodes : foreign.links;
  const item = list[Number(match[2])];
  return item ? { path: `${item.path}${match[3]}`, message: problem.message } : problem;
}
