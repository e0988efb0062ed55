import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import type { Plugin } from 'vite';

import { bundledPackages, refusedPackages } from './scripts/licences.ts';

/** Where the build writes the bundled packages' notices, beside index.html (see `build.license`). */
export const NOTICES_FILE = 'third-party-notices.txt';

/** Package folders bundled into the Web Workers; Vite's notices cover the page's bundle only. */
const workerPackages = new Set<string>();

/** The nearest folder above a bundled module whose package.json names a package. */
function packageDir(moduleId: string): string | null {
  for (let dir = dirname(moduleId); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const { name, version } = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (name && version) return dir;
  }
  return null;
}

/** One notice in the format of Vite's own (`## name - version (licence)`, then the licence text). */
function notice(dir: string): { name: string; text: string } {
  const { name, version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<
    string,
    string
  >;
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f));
  const body = file ? `\n${readFileSync(join(dir, file), 'utf8').trim()}\n` : '';
  return { name: name!, text: `\n## ${name} - ${version}${license ? ` (${license.trim()})` : ''}\n${body}` };
}

/** Records which packages a worker bundles, for the notices (used in `worker.plugins`). */
export function workerLicences(): Plugin {
  return {
    name: 'worker-licences',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          for (const id of chunk.moduleIds)
            if (!id.startsWith('\0') && /[\\/]node_modules[\\/]/.test(id)) {
              const dir = packageDir(id);
              if (dir) workerPackages.add(dir);
            }
    },
  };
}

/**
 * Ships the app's own LICENSE beside index.html, adds the workers' packages to the notices, and fails
 * the build when a bundled package's licence is not on the allow-list (a GPL package would otherwise
 * slip into the app unnoticed).
 */
export function licenceFiles(): Plugin {
  return {
    name: 'licence-files',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'LICENSE.txt', source: readFileSync('LICENSE', 'utf8') });
    },
    // Vite's own licence plugin emits the notices in generateBundle; by writeBundle they are all there,
    // and the workers, built while the page's modules were transformed, have been bundled.
    writeBundle(options, bundle) {
      const emitted = bundle[NOTICES_FILE];
      if (emitted?.type !== 'asset') return;
      const listed = new Set(bundledPackages(String(emitted.source)).map((p) => p.name));
      const added = [...workerPackages]
        .map(notice)
        .filter((n) => !listed.has(n.name))
        .sort((a, b) => a.name.localeCompare(b.name));
      const notices = String(emitted.source) + added.map((n) => n.text).join('');
      if (added.length > 0 && options.dir) writeFileSync(join(options.dir, NOTICES_FILE), notices);
      const refused = refusedPackages(notices);
      if (refused.length > 0)
        this.error(`Bundled packages with a licence not on the allow-list: ${refused.join(', ')}`);
    },
  };
}
