/** Small, safe SVG text building: every attribute value and text node goes through `escapeXml`. */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Control characters other than tab and newlines, and lone surrogates: XML 1.0 forbids them.
/* eslint-disable no-control-regex -- matching these characters is the point */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */

/**
 * Escapes text for an XML attribute value or text node, and drops the characters XML 1.0 forbids
 * (control characters other than tab and newlines, lone surrogates), which would make the file unreadable.
 */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** Two decimals are well below a pixel at any export size and keep files small. */
export const num = (value: number): string => String(Math.round(value * 100) / 100);

type AttrValue = string | number | null | undefined;

/**
 * `<tag a="1" b="2">children</tag>`; null and undefined attributes are left out. Attribute values
 * are escaped here; `children` is markup, so text must come through `escapeXml` first.
 */
export function el(tag: string, attrs: Record<string, AttrValue>, children?: string): string {
  const text = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`)
    .join('');
  return children === undefined ? `<${tag}${text}/>` : `<${tag}${text}>${children}</${tag}>`;
}

/** Canvas dash patterns as an SVG `stroke-dasharray` (null for a solid line). */
export const dashArray = (pattern: readonly number[]): string | null =>
  pattern.length === 0 ? null : pattern.map(num).join(' ');
