import { readFileSync } from 'node:fs';

import type { Plugin } from 'vite';

import { refusedPackages } from './scripts/licences.ts';

/** Where the build writes the bundled packages' notices, beside index.html (see `build.license`). */
export const NOTICES_FILE = 'third-party-notices.txt';

/**
 * Ships the app's own LICENSE beside index.html, and fails the build when a bundled package's licence
 * is not on the allow-list (a GPL package would otherwise slip into the app unnoticed).
 */
export function licenceFiles(): Plugin {
  return {
    name: 'licence-files',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'LICENSE.txt', source: readFileSync('LICENSE', 'utf8') });
    },
    // Vite's own licence plugin emits the notices in generateBundle; by writeBundle they are all there.
    writeBundle(_options, bundle) {
      const notices = bundle[NOTICES_FILE];
      if (notices?.type !== 'asset') return;
      const refused = refusedPackages(String(notices.source));
      if (refused.length > 0)
        this.error(`Bundled packages with a licence not on the allow-list: ${refused.join(', ')}`);
    },
  };
}
