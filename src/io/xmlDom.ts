/**
 * Small helpers over the DOM Level 2 subset that both the browser's DOMParser and xmldom (used in the
 * worker and in Node) provide. Elements are matched by local name, so prefixed elements (`y:NodeLabel`,
 * `viz:position`) are found whatever prefix a file binds to their namespace.
 */

export const localName = (el: Element): string => el.localName ?? el.nodeName.replace(/^.*:/, '');

/** The element children of a node, in document order. */
export function childElements(parent: Node): Element[] {
  const out: Element[] = [];
  for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 1) out.push(child as Element);
  }
  return out;
}

export const childrenNamed = (parent: Node, name: string): Element[] =>
  childElements(parent).filter((el) => localName(el) === name);

export const firstChildNamed = (parent: Node, name: string): Element | undefined =>
  childElements(parent).find((el) => localName(el) === name);

/** The first descendant with this local name, depth first. */
export function firstDescendant(parent: Node, name: string): Element | undefined {
  for (const child of childElements(parent)) {
    if (localName(child) === name) return child;
    const found = firstDescendant(child, name);
    if (found) return found;
  }
  return undefined;
}

/** An attribute's value, or undefined when it is absent or empty. */
export const attr = (el: Element, name: string): string | undefined => {
  const value = el.getAttribute(name);
  return value === null || value === '' ? undefined : value;
};

/** Typed value of a GraphML/GEXF attribute: numbers and booleans as such, everything else as text. */
export function typedValue(text: string, type: string | undefined): unknown {
  const t = type?.toLowerCase();
  if (t === 'int' || t === 'integer' || t === 'long' || t === 'float' || t === 'double') {
    const n = Number(text.trim());
    return Number.isFinite(n) ? n : text;
  }
  if (t === 'boolean') return text.trim().toLowerCase() === 'true';
  return text;
}
