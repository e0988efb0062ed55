import type { ForeignGraph, ForeignLink, ForeignNode } from './foreignGraph';
import { uniqueLinkIds } from './graphmlReader';
import { attr, childElements, firstChildNamed, localName, typedValue } from './xmlDom';

interface Attribute {
  title: string;
  type: string | undefined;
  fallback: string | undefined;
}

/**
 * GEXF 1.1–1.3 as Gephi writes it: declared attributes (`<attributes class="node|edge">`) and their
 * values (`<attvalue for|id="…" value="…">`), labels, `viz:position`, edge `type` (directed, undirected,
 * mutual) and nested nodes or `pid` parents, whose label becomes the group of the nodes inside.
 */
export function readGexf(root: Element): ForeignGraph {
  const graph = firstChildNamed(root, 'graph');
  const declared = { node: new Map<string, Attribute>(), edge: new Map<string, Attribute>() };
  for (const block of graph ? childElements(graph).filter((e) => localName(e) === 'attributes') : []) {
    const domain = attr(block, 'class') === 'edge' ? declared.edge : declared.node;
    for (const el of childElements(block).filter((e) => localName(e) === 'attribute')) {
      const id = attr(el, 'id');
      if (id === undefined) continue;
      const fallback = firstChildNamed(el, 'default')?.textContent ?? undefined;
      domain.set(id, { title: attr(el, 'title') ?? id, type: attr(el, 'type'), fallback });
    }
  }

  const readValues = (el: Element, domain: Map<string, Attribute>): Map<string, unknown> => {
    const values = new Map<string, unknown>();
    for (const a of domain.values()) if (a.fallback !== undefined) values.set(a.title, typedValue(a.fallback, a.type));
    const label = attr(el, 'label');
    if (label !== undefined) values.set('label', label);
    for (const list of childElements(el).filter((e) => localName(e) === 'attvalues')) {
      for (const value of childElements(list).filter((e) => localName(e) === 'attvalue')) {
        const key = attr(value, 'for') ?? attr(value, 'id') ?? '';
        const a = domain.get(key);
        values.set(a?.title ?? key, typedValue(value.getAttribute('value') ?? '', a?.type));
      }
    }
    return values;
  };

  const nodes: ForeignNode[] = [];
  const labels = new Map<string, string>();
  const parents = new Map<string, string>();
  const walkNodes = (container: Element, group: string | undefined) => {
    for (const list of childElements(container).filter((e) => localName(e) === 'nodes')) {
      for (const el of childElements(list).filter((e) => localName(e) === 'node')) {
        const id = el.getAttribute('id') ?? '';
        const values = readValues(el, declared.node);
        const position = firstChildNamed(el, 'position');
        if (position) {
          values.set('x', Number(position.getAttribute('x')));
          values.set('y', Number(position.getAttribute('y')));
        }
        if (group !== undefined && !values.has('group')) values.set('group', group);
        const pid = attr(el, 'pid');
        if (pid !== undefined) parents.set(id, pid);
        const label = String(values.get('label') ?? id);
        labels.set(id, label);
        nodes.push({ id, attrs: Object.fromEntries(values), path: `node[id="${id}"]` });
        walkNodes(el, label);
      }
    }
  };
  if (graph) walkNodes(graph, undefined);
  const withParents = nodes.map((node) => {
    const parent = parents.get(node.id);
    const group = parent === undefined ? undefined : labels.get(parent);
    return group === undefined || Object.hasOwn(node.attrs, 'group')
      ? node
      : { ...node, attrs: { ...node.attrs, group } };
  });

  const fallbackType = graph ? attr(graph, 'defaultedgetype') : undefined;
  const links: ForeignLink[] = [];
  for (const list of graph ? childElements(graph).filter((e) => localName(e) === 'edges') : []) {
    for (const el of childElements(list).filter((e) => localName(e) === 'edge')) {
      const source = el.getAttribute('source') ?? '';
      const target = el.getAttribute('target') ?? '';
      const id = attr(el, 'id') ?? null;
      const values = readValues(el, declared.edge);
      const kind = attr(el, 'kind');
      if (kind !== undefined && !values.has('kind')) values.set('kind', kind);
      const type = attr(el, 'type') ?? fallbackType;
      links.push({
        id,
        source,
        target,
        attrs: Object.fromEntries(values),
        directed: type === undefined ? null : type === 'directed',
        path: id === null ? `edge ${source}→${target}` : `edge[id="${id}"]`,
      });
    }
  }
  return { nodes: withParents, links: uniqueLinkIds(links), directed: fallbackType === 'directed' };
}
