/** Longest slug kept in a file name, so a name always fits the 255-byte limit of common file systems. */
const MAX_SLUG_LENGTH = 80;

/**
 * A download file name such as `all-of-us-are-dead-s1.png`: slug, then the season filter or `all`.
 * Only ASCII letters, digits and hyphens survive, whatever the slug holds (markup, path separators,
 * direction controls, thousands of characters), and an empty result falls back to `graph`.
 */
export function exportFileName(slug: string, season: { number: number } | null, extension: string): string {
  const scope = season === null ? 'all' : `s${season.number}`;
  const safeSlug =
    slug
      .replace(/[^a-z0-9-]+/gi, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, MAX_SLUG_LENGTH)
      .replace(/-+$/, '') || 'graph';
  return `${safeSlug}-${scope}.${extension}`;
}
