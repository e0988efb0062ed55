import { GraphDataError, type Problem } from '../domain/problems';
import type { ForeignGraph, ForeignLink, ForeignNode } from './foreignGraph';
import { refusal } from './refuse';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;

export type JsonFormat = 'own' | 'cytoscape' | 'd3';

/** Which JSON graph format a parsed file is in, or a problem saying what was found instead. */
export function detectJsonFormat(value: unknown): JsonFormat {
  if (!isObject(value)) {
    const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    const found = type === 'array' ? 'an array' : type === 'null' ? 'null' : `a ${type}`;
    const message = `expected a JSON object at the top level, found ${found}`;
    throw new GraphDataError([refusal(message, 'not-an-object', { type }, undefined, '(root)')]);
  }
  if ('meta' in value) return 'own';
  if ('elements' in value) return 'cytoscape';
  if ('nodes' in value) return 'd3';
  const keys = Object.keys(value).slice(0, 8).join(', ') || 'none';
  const message =
    'not a graph format this app reads: expected "meta", "nodes" and "links" (this app), "elements" ' +
    `(Cytoscape.js) or "nodes" and "links" (D3 node-link); top-level keys found: ${keys}`;
  throw new GraphDataError([refusal(message, 'unknown-json', { keys }, undefined, '(root)')]);
}

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/**
 * Nodes and links as a file declares them, counted before anything is read or validated, so a graph
 * too big to draw is refused at once (Cytoscape's flat `elements` array counts as links what has a source).
 */
export function rawCounts(value: Json, format: JsonFormat): { nodes: number; links: number } {
  if (format === 'cytoscape') {
    const { elements } = value;
    if (Array.isArray(elements)) {
      const links = elements.filter((e: unknown) => isObject(e) && isObject(e.data) && 'source' in e.data).length;
      return { nodes: elements.length - links, links };
    }
    return isObject(elements)
      ? { nodes: lengthOf(elements.nodes), links: lengthOf(elements.edges) }
      : { nodes: 0, links: 0 };
  }
  return { nodes: lengthOf(value.nodes), links: lengthOf(value.links ?? value.edges) };
}

/** Cytoscape.js JSON: `elements` as an array of `{ group, data, position }` or as `{ nodes, edges }`. */
export function readCytoscapeJson(value: Json): ForeignGraph {
  const problems: Problem[] = [];
  const { elements } = value;
  const entries: { item: unknown; path: string; edge: boolean | null }[] = [];
  if (Array.isArray(elements)) {
    elements.forEach((item, i) => entries.push({ item, path: `elements[${i}]`, edge: null }));
  } else if (isObject(elements)) {
    for (const [key, edge] of [
      ['nodes', false],
      ['edges', true],
    ] as const) {
      const list = elements[key] ?? [];
      if (!Array.isArray(list)) problems.push({ path: `elements.${key}`, message: 'expected an array' });
      else list.forEach((item, i) => entries.push({ item, path: `elements.${key}[${i}]`, edge }));
    }
  } else {
    problems.push({ path: 'elements', message: 'expected an array or an object with "nodes" and "edges"' });
  }
  const nodes: ForeignNode[] = [];
  const links: ForeignLink[] = [];
  for (const { item, path, edge } of entries) {
    if (!isObject(item) || !isObject(item.data)) {
      problems.push({ path: `${path}.data`, message: 'expected an element with a "data" object' });
      continue;
    }
    const { data } = item;
    // `group` decides; only an element without one is taken for an edge by its `source` field.
    const isEdge = edge ?? (item.group === 'nodes' ? false : item.group === 'edges' || 'source' in data);
    if (isEdge) {
      const link = readLink(data, `${path}.data`, problems);
      if (link) links.push({ ...link, directed: typeof data.directed === 'boolean' ? data.directed : null });
      continue;
    }
    const id = idOf(data.id);
    if (id === undefined) problems.push({ path: `${path}.data.id`, message: 'a node needs a string or number id' });
    else {
      const pos = isObject(item.position) ? { x: item.position.x, y: item.position.y } : {};
      nodes.push({ id, attrs: { ...pos, ...data }, path: `${path}.data` });
    }
  }
  if (problems.length > 0) throw new GraphDataError(problems);
  return { nodes, links, directed: false };
}

/** A link end: an id, or (d3-force output) the node object itself, known by its id or else its index. */
const endOf = (end: unknown): string | undefined =>
  isObject(end)
    ? (idOf(end.id) ?? (typeof end.index === 'number' ? `${INDEX_MARK}${end.index}` : undefined))
    : idOf(end);
/** Marks an end given only as a node index, resolved against the node list (never a real id: NUL). */
const INDEX_MARK = '\u0000#';

function readLink(data: Json, path: string, problems: Problem[]): Omit<ForeignLink, 'directed'> | null {
  const source = endOf(data.source);
  const target = endOf(data.target);
  if (source === undefined) problems.push({ path: `${path}.source`, message: 'a link needs a source node id' });
  if (target === undefined) problems.push({ path: `${path}.target`, message: 'a link needs a target node id' });
  if (source === undefined || target === undefined) return null;
  return { id: idOf(data.id) ?? idOf(data.key) ?? null, source, target, attrs: data, path };
}

/**
 * D3 node-link JSON (`nodes` + `links`, also NetworkX's and graphology's `edges`). Nodes without ids
 * are addressed by index, as D3's force layout does.
 */
export function readD3Json(value: Json): ForeignGraph {
  const problems: Problem[] = [];
  const linkKey = 'links' in value ? 'links' : 'edges';
  const rawNodes = value.nodes;
  const rawLinks = value[linkKey] ?? [];
  if (!Array.isArray(rawNodes)) problems.push({ path: 'nodes', message: 'expected an array of nodes' });
  if (!Array.isArray(rawLinks)) problems.push({ path: linkKey, message: 'expected an array of links' });
  if (!Array.isArray(rawNodes) || !Array.isArray(rawLinks)) throw new GraphDataError(problems);

  const nodes: ForeignNode[] = [];
  rawNodes.forEach((item, i) => {
    const path = `nodes[${i}]`;
    if (!isObject(item)) {
      problems.push({ path, message: 'expected a node object' });
      return;
    }
    const attrs = isObject(item.attributes) ? { ...item, ...item.attributes } : item;
    nodes.push({ id: idOf(item.id) ?? idOf(item.key) ?? String(i), attrs, path });
  });
  const byIndex = rawNodes.every((n) => isObject(n) && idOf(n.id) === undefined && idOf(n.key) === undefined);
  const links: ForeignLink[] = [];
  rawLinks.forEach((item, i) => {
    const path = `${linkKey}[${i}]`;
    if (!isObject(item)) {
      problems.push({ path, message: 'expected a link object' });
      return;
    }
    const attrs = isObject(item.attributes) ? { ...item, ...item.attributes } : item;
    const link = readLink(attrs, path, problems);
    if (!link) return;
    // Index-addressed links (`"source": 0`) point into the node list only when nodes carry no ids.
    const end = (raw: string) =>
      raw.startsWith(INDEX_MARK)
        ? (nodes[Number(raw.slice(INDEX_MARK.length))]?.id ?? raw.slice(INDEX_MARK.length))
        : byIndex
          ? (nodes[Number(raw)]?.id ?? raw)
          : raw;
    const directed = typeof item.directed === 'boolean' ? item.directed : item.undirected === true ? false : null;
    links.push({ ...link, source: end(link.source), target: end(link.target), directed });
  });
  if (problems.length > 0) throw new GraphDataError(problems);
  const options = isObject(value.options) ? value.options : {};
  return { nodes, links, directed: value.directed === true || options.type === 'directed' };
}
