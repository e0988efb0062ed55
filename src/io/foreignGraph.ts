/**
 * The common shape every foreign format (Cytoscape.js JSON, D3 node-link, GEXF, GraphML) is read into
 * before it becomes one of our graphs: ids, free attributes, and where in the file each item came from,
 * so that a problem found later can still name the place in the user's file.
 */
export interface ForeignNode {
  id: string;
  attrs: Readonly<Record<string, unknown>>;
  /** Where the node is in the file, e.g. `elements.nodes[3].data` or `node[id="a"]`. */
  path: string;
}

export interface ForeignLink {
  id: string | null;
  source: string;
  target: string;
  attrs: Readonly<Record<string, unknown>>;
  directed: boolean | null;
  path: string;
}

export interface ForeignGraph {
  nodes: ForeignNode[];
  links: ForeignLink[];
  /** Whether links read one way when a link does not say. */
  directed: boolean;
}

/** Reads an attribute by any of several names, ignoring case (`Label`, `label`, `LABEL`). */
export function pickAttr(attrs: Readonly<Record<string, unknown>>, names: readonly string[]): unknown {
  for (const name of names) {
    for (const [key, value] of Object.entries(attrs)) {
      if (key.toLowerCase() === name && value !== undefined && value !== null && value !== '') return value;
    }
  }
  return undefined;
}

/** A short display string for an attribute value, or undefined when it has none. */
export function attrText(value: unknown, max = 2000): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.slice(0, max);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A finite number from a number or a numeric string. */
export function attrNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}
