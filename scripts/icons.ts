/**
 * Draws the app's icons (web app manifest, home screen, favicon) from one SVG and writes them to
 * `data/icons/`, the public dir the build copies beside index.html. Run `npm run icons` after changing
 * the drawing; the PNGs are committed so a build needs no browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

import { chromium } from 'playwright';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const OUT = new URL('../data/icons/', import.meta.url);
const BACKGROUND = '#0f172a';

// A small relationship chart: one lead joined to four people, in the chart's own tones.
const PEOPLE = [
  { x: 132, y: 150, r: 44, fill: '#ef4444' },
  { x: 384, y: 136, r: 40, fill: '#f59e0b' },
  { x: 124, y: 380, r: 40, fill: '#22c55e' },
  { x: 390, y: 378, r: 44, fill: '#e2e8f0' },
];
const LEAD = { x: 256, y: 256, r: 64, fill: '#3b82f6' };

function chart(): string {
  const links = PEOPLE.map(
    (p) => `<line x1="${LEAD.x}" y1="${LEAD.y}" x2="${p.x}" y2="${p.y}" stroke="#94a3b8" stroke-width="16"/>`,
  ).join('');
  const ring = `<path d="M132 150 L384 136 L390 378" fill="none" stroke="#64748b" stroke-width="10" stroke-dasharray="22 16"/>`;
  const nodes = [...PEOPLE, LEAD]
    .map(
      (p) => `<circle cx="${p.x}" cy="${p.y}" r="${p.r}" fill="${p.fill}" stroke="${BACKGROUND}" stroke-width="10"/>`,
    )
    .join('');
  return ring + links + nodes;
}

/**
 * `any`: a rounded tile with transparent corners. `maskable`: full-bleed background with the drawing
 * inside the central 80 % circle, so a launcher's circle or squircle mask never cuts a person off.
 */
function iconSvg(purpose: 'any' | 'maskable'): string {
  const tile =
    purpose === 'any'
      ? `<rect width="512" height="512" rx="112" fill="${BACKGROUND}"/>${chart()}`
      : `<rect width="512" height="512" fill="${BACKGROUND}"/><g transform="translate(51.2 51.2) scale(0.8)">${chart()}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${tile}</svg>\n`;
}

const FILES = [
  { name: 'icon-192.png', size: 192, purpose: 'any' },
  { name: 'icon-512.png', size: 512, purpose: 'any' },
  { name: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { name: 'apple-touch-icon-180.png', size: 180, purpose: 'maskable' },
] as const;

mkdirSync(OUT, { recursive: true });
writeFileSync(new URL('icon.svg', OUT), iconSvg('any'));

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const file of FILES) {
    const page = await browser.newPage({ viewport: { width: file.size, height: file.size } });
    const svg = iconSvg(file.purpose).replace('<svg ', `<svg width="${file.size}" height="${file.size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
    writeFileSync(new URL(file.name, OUT), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
