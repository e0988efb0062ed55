import type { Collection, CollectionArgument, Core } from 'cytoscape';

/**
 * Per canvas and per mark (a class such as `is-selected`, or a data key), the elements it was put on
 * since it was last cleared. Cytoscape keeps no index of classes: finding the marked elements with a
 * selector reads every element, and clearing the selection, the path, the diff and the caption slides
 * did that about ten times per filter change or graph opened (80,000 elements: about 0.5 s).
 */
const records = new WeakMap<Core, Map<string, Collection>>();

function recordOf(cy: Core): Map<string, Collection> {
  let record = records.get(cy);
  if (!record) {
    record = new Map();
    records.set(cy, record);
  }
  return record;
}

/** Remembers that `eles` got `key` (a class or a data key). */
export function remember(cy: Core, key: string, eles: CollectionArgument): void {
  if (eles.empty()) return;
  const record = recordOf(cy);
  record.set(key, (record.get(key) ?? cy.collection()).union(eles));
}

/** The elements still in the graph that got `key` since it was last cleared (some may have lost it since). */
export function recalled(cy: Core, key: string): Collection {
  return (records.get(cy)?.get(key) ?? cy.collection()).filter((ele) => ele.inside());
}

/** Forgets `key`'s elements and returns those still in the graph. */
export function forget(cy: Core, key: string): Collection {
  const eles = recalled(cy, key);
  records.get(cy)?.delete(key);
  return eles;
}

/** Adds each of the space-separated `classes` to `eles`, remembered so that clearing them needs no search. */
export function mark(cy: Core, eles: CollectionArgument, classes: string): void {
  for (const name of classes.split(' ')) remember(cy, name, eles);
  eles.addClass(classes);
}

/** The elements that carry `name` now. */
export const marked = (cy: Core, name: string): Collection => recalled(cy, name).filter((ele) => ele.hasClass(name));

/** Takes each of the space-separated `classes` off every element that has it. */
export function unmark(cy: Core, classes: string): void {
  for (const name of classes.split(' ')) forget(cy, name).removeClass(name);
}
