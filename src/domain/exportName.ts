/**
 * A download file name such as `all-of-us-are-dead-s1.png`: slug, then the season filter or `all`,
 * then any details that tell two exports apart (`viewport`, `1920x1080`).
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
  const safeSlug = safe(slug) || 'graph';
  const tail = details.map(safe).filter(Boolean);
  return [safeSlug, scope, ...tail].join('-') + `.${safe(extension) || 'png'}`;
}
