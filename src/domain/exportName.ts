/** A download file name such as `all-of-us-are-dead-s1.png`: slug, then the season filter or `all`. */
export function exportFileName(slug: string, season: { number: number } | null, extension: string): string {
  const scope = season === null ? 'all' : `s${season.number}`;
  const safeSlug =
    slug
      .replace(/[^a-z0-9-]+/gi, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'graph';
  return `${safeSlug}-${scope}.${extension}`;
}
