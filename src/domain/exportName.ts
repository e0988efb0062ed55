/** Longest slug kept in a file name, so a name always fits the 255-byte limit of common file systems. */
const MAX_SLUG_LENGTH = 80;

/**
 * A download file name such as `all-of-us-are-dead-s1.png`: slug, then the season filter or `all`,
 * then any details that tell two exports apart (`viewport`, `1920x1080`). Only ASCII letters, digits
 * and hyphens survive, whatever the slug holds (markup, path separators, direction controls,
 * thousands of characters), and an empty slug falls back to `graph`.
 */
export function exportFileName(
  slug: string,
  season: { number: number } | null,
  extension: string,
  details: readonly string[] = [],
): string {
  const scope = season === null ? 'all' : `s${season.number}`;
  const safe = (text: string) =>
    text
      .replace(/[^a-z0-9-]+/gi, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase();
  const safeSlug = safe(slug).slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '') || 'graph';
  const tail = details.map(safe).filter(Boolean);
  return [safeSlug, scope, ...tail].join('-') + `.${safe(extension) || 'png'}`;
}
