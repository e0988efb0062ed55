import { readFileSync } from 'node:fs';

import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

import { MANIFEST } from '../../vite.pwa';

// `data/` is the public dir: an icon's manifest address is its path under data/.
const icon = (src: string) => PNG.sync.read(readFileSync(new URL(`../../data/${src}`, import.meta.url)));

describe('web app manifest', () => {
  it('names the show in Korean and English', () => {
    expect(MANIFEST.name).toBe('지금 우리 학교는 / All of Us Are Dead relationship chart');
    expect(MANIFEST.short_name).toBe('지금 우리 학교는');
  });

  it('lists 192 and 512 px icons and a maskable one, each a PNG of the size it claims', () => {
    expect(MANIFEST.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const entry of MANIFEST.icons) {
      const png = icon(entry.src);
      expect(`${png.width}x${png.height}`, entry.src).toBe(entry.sizes);
    }
  });

  it('the maskable icon fills its square (a launcher mask must never show a transparent corner)', () => {
    const png = icon('icons/icon-maskable-512.png');
    const alpha = (x: number, y: number) => png.data[(y * png.width + x) * 4 + 3];
    expect([alpha(0, 0), alpha(511, 0), alpha(0, 511), alpha(511, 511)]).toEqual([255, 255, 255, 255]);
  });

  it('the plain icon is a rounded tile (transparent corners)', () => {
    const png = icon('icons/icon-512.png');
    expect(png.data[3]).toBe(0);
  });
});
