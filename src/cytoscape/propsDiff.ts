/**
 * react-cytoscapejs's `diff` prop: whether a prop (or a field of an element definition) changed.
 * Arrays count as changed only when they are a different array, so an unchanged `elements` or
 * `stylesheet` (both made once per graph, theme and script) costs nothing on a re-render; the
 * wrapper's default compares every element definition field by field on every render of the canvas
 * (tens of milliseconds at 5,000 nodes). Plain objects, such as an element's `data` or `position`,
 * are still compared field by field, as the default does.
 */
export function propsDiffer(a: unknown, b: unknown): boolean {
  if (a === b) return false;
  if (Array.isArray(a) || Array.isArray(b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return true;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length !== Object.keys(right).length || keys.some((key) => left[key] !== right[key]);
}
