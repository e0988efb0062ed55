// Takes screenshots of a running app: npx tsx scripts/screenshot.ts <url> <out.png> [light|dark] [width] [height]
import { chromium } from 'playwright';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const [url = 'http://127.0.0.1:4173/', out = 'docs/screenshot.png', scheme = 'light', w = '1280', h = '800'] =
  process.argv.slice(2);
const colorScheme = scheme === 'dark' ? 'dark' : 'light';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme });
page.on('console', (msg) => console.log(`[console.${msg.type()}] ${msg.text()}`));
page.on('pageerror', (err) => console.log(`[pageerror] ${err.message}`));
await page.goto(url);
// The table view hides the canvas, so wait for what that view shows.
const ready = new URL(url).searchParams.get('view') === 'table' ? '.table-view table' : '.graph-canvas canvas';
await page.waitForSelector(ready, { timeout: 20_000 });
await page.waitForTimeout(800);
await page.screenshot({ path: out });
await browser.close();
console.log(`saved ${out}`);
