import type { ForeignGraph, ForeignLink, ForeignNode } from './foreignGraph';
import { attr, childElements, firstDescendant, localName, typedValue } from './xmlDom';

interface Key {
  name: string;
  type: string | undefined;
  domain: string;
  /** yEd's graphics keys (`yfiles.type="nodegraphics"`) carry the label and geometry, not a value. */
  graphics: boolean;
  fallback: string | undefined;
}

interface Found {
  node: ForeignNode;
  group: boolean;
}

/**
 * GraphML, as written by yEd, NetworkX, igraph, Gephi and Cytoscape: `<key>` declarations for any
 * domain (`node`, `edge`, `graph`, `all`, `port`, `graphml`, `endpoint`), per-edge `directed`, yEd labels
 * in `y:NodeLabel`/`y:EdgeLabel` and geometry in `y:Geometry`, and nested graphs (yEd group nodes, whose
 * label becomes the group of the nodes inside). Edge ids that repeat (NetworkX MultiGraph keys) are
 * dropped so that each link gets its own. Every id is kept as data: lists and Maps, no object keys.
 */
export function readGraphml(root: Element): ForeignGraph {
  const keys = new Map<string, Key>();
  for (const el of childElements(root).filter((e) => localName(e) === 'key')) {
    const id = attr(el, 'id');
    if (id === undefined) continue;
    const fallback = childElements(el).find((e) => localName(e) === 'default')?.textContent ?? undefined;
    const yType = attr(el, 'yfiles.type');
    keys.set(id, {
      name: attr(el, 'attr.name') ?? id,
      type: attr(el, 'attr.type'),
      domain: attr(el, 'for') ?? 'all',
      graphics: yType === 'nodegraphics' || yType === 'edgegraphics',
      fallback,
    });
  }
  const top = childElements(root).find((e) => localName(e) === 'graph');
  const directedDefault = top ? attr(top, 'edgedefault') === 'directed' : false;
  const found: Found[] = [];
  const rawLinks: ForeignLink[] = [];

  const readData = (el: Element, domain: 'node' | 'edge'): Map<string, unknown> => {
    const values = new Map<string, unknown>();
    for (const key of keys.values()) {
      if (key.fallback !== undefined && (key.domain === domain || key.domain === 'all')) {
        values.set(key.name, typedValue(key.fallback, key.type));
      }
    }
    for (const data of childElements(el).filter((e) => localName(e) === 'data')) {
      const id = attr(data, 'key') ?? '';
      const key = keys.get(id);
      if (key?.graphics) {
        const label = firstDescendant(data, domain === 'node' ? 'NodeLabel' : 'EdgeLabel')?.textContent?.trim();
        if (label && !values.has('label')) values.set('label', label);
        const geometry = domain === 'node' ? firstDescendant(data, 'Geometry') : undefined;
        if (geometry) {
          const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(attr(geometry, a) ?? NaN));
          if (Number.isFinite(x! + y!)) {
            values.set('x', x! + (Number.isFinite(w) ? w! / 2 : 0));
            values.set('y', y! + (Number.isFinite(h) ? h! / 2 : 0));
          }
        }
        continue;
      }
      values.set(key?.name ?? id, typedValue(data.textContent ?? '', key?.type));
    }
    return values;
  };

  const walk = (graph: Element, group: string | undefined) => {
    const directed =
      attr(graph, 'edgedefault') === undefined ? directedDefault : attr(graph, 'edgedefault') === 'directed';
    for (const el of childElements(graph)) {
      const name = localName(el);
      if (name === 'node') {
        const id = el.getAttribute('id') ?? '';
        const values = readData(el, 'node');
        if (group !== undefined && !values.has('group')) values.set('group', group);
        const inner = childElements(el).find((e) => localName(e) === 'graph');
        found.push({ node: { id, attrs: Object.fromEntries(values), path: `node[id="${id}"]` }, group: !!inner });
        if (inner) walk(inner, String(values.get('label') ?? values.get('name') ?? id));
      } else if (name === 'edge') {
        const source = el.getAttribute('source') ?? '';
        const target = el.getAttribute('target') ?? '';
        const id = attr(el, 'id') ?? null;
        const own = attr(el, 'directed');
        rawLinks.push({
          id,
          source,
          target,
          attrs: Object.fromEntries(readData(el, 'edge')),
          directed: own === undefined ? directed : own === 'true' || own === '1',
          path: id === null ? `edge ${source}→${target}` : `edge[id="${id}"]`,
        });
      }
    }
  };
  if (top) walk(top, undefined);

  // A yEd group node is a box around its members; it becomes a node only when a link touches it.
  const linked = new Set(rawLinks.flatMap((l) => [l.source, l.target]));
  const nodes = found.filter((f) => !f.group || linked.has(f.node.id)).map((f) => f.node);
  return { nodes, links: uniqueLinkIds(rawLinks), directed: directedDefault };
}

/** Keeps the first link of each id; later ones (per-pair MultiGraph keys) get an id of their own later. */
export function uniqueLinkIds(links: ForeignLink[]): ForeignLink[] {
  const seen = new Set<string>();
  return links.map((link) => {
    if (link.id === null) return link;
    if (!seen.has(link.id)) {
      seen.add(link.id);
      return link;
    }
    return { ...link, id: null };
  });
}
