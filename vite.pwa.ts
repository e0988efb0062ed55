import { type ManifestOptions, VitePWA } from 'vite-plugin-pwa';

import { NOTICES_FILE } from './vite.licence.ts';

const NAME = '지금 우리 학교는 / All of Us Are Dead relationship chart';

/** The web app manifest: what a phone shows when the chart is added to its home screen. */
export const MANIFEST = {
  name: NAME,
  short_name: '지금 우리 학교는',
  description: 'Explore the characters of All of Us Are Dead (지금 우리 학교는) as an interactive relationship chart.',
  lang: 'en',
  start_url: '.',
  scope: '.',
  display: 'standalone',
  background_color: '#0f172a',
  theme_color: '#0f172a',
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} satisfies Partial<ManifestOptions>;

/**
 * Installable and offline: a web app manifest, and a Workbox service worker (generated at build time)
 * that precaches the app shell, the icons and the shipped graph, so after one visit the chart opens with
 * no network. `autoUpdate`: a new build's worker activates as soon as it is installed (skipWaiting), so
 * the next visit runs the new app instead of waiting until every tab is closed.
 */
export function installableApp() {
  return VitePWA({
    registerType: 'autoUpdate',
    // A plain <script src="registerSW.js">: the CSP allows no inline script.
    injectRegister: 'script',
    // The icons are precached by `globPatterns` below; listing them again would precache them twice.
    includeManifestIcons: false,
    manifest: MANIFEST,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,woff2}', 'graph.json', NOTICES_FILE, 'LICENSE.txt'],
      // Only app pages fall back to the shell; a file address (graph.schema.json, …) goes to the network.
      navigateFallbackDenylist: [/\.[a-z0-9]+$/i],
      cleanupOutdatedCaches: true,
      // The first visit is served by the worker at once, so it already works offline without a reload.
      clientsClaim: true,
    },
  });
}
