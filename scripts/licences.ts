/**
 * Licences of the packages the build bundles into the app. Vite (`build.license`) writes one heading
 * per bundled package, `## name - version (SPDX expression)`, followed by the package's licence text;
 * these helpers read those headings and check every expression against the licences this MIT app may
 * ship (permissive ones whose terms a notice file satisfies).
 */
export const ALLOWED_LICENCES: ReadonlySet<string> = new Set([
  'MIT',
  'ISC',
  '0BSD',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Apache-2.0',
  'BlueOak-1.0.0',
  'CC0-1.0',
  'Unlicense',
  'Zlib',
]);

export interface BundledPackage {
  name: string;
  version: string;
  /** The package's `license` field as published; null when it has none. */
  licence: string | null;
}

const HEADING = /^## (\S+) - (\S+)(?: \((.+)\))?$/gm;

export function bundledPackages(notices: string): BundledPackage[] {
  return [...notices.matchAll(HEADING)].map(([, name = '', version = '', licence]) => ({
    name,
    version,
    licence: licence ?? null,
  }));
}

/**
 * Whether an SPDX expression is one we may ship: `A OR B` needs one allowed side, `A AND B` both.
 * Anything unknown (no licence, "SEE LICENSE IN …", a GPL) is refused, so a person has to look at it.
 */
export function licenceAllowed(expression: string | null): boolean {
  if (expression === null) return false;
  const bare = expression.trim().replace(/^\((.*)\)$/, '$1');
  const either = bare.split(/\s+OR\s+/);
  if (either.length > 1) return either.some(licenceAllowed);
  const both = bare.split(/\s+AND\s+/);
  if (both.length > 1) return both.every(licenceAllowed);
  return ALLOWED_LICENCES.has(bare);
}

/** "name@version (licence)" for every bundled package whose licence is not on the allow-list. */
export function refusedPackages(notices: string): string[] {
  return bundledPackages(notices)
    .filter((p) => !licenceAllowed(p.licence))
    .map((p) => `${p.name}@${p.version} (${p.licence ?? 'no licence field'})`);
}
