// Makes sure Debian's Chromium (and a Korean font for Hangul labels) is present before browser tests.
// Installs them with apt-get when running as root; otherwise stops with a one-line instruction.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { CHROMIUM_PATH } from './chromium';

const hasCjkFont = () => {
  try {
    return /CJK|Noto Sans KR/i.test(execSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return false;
  }
};
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const missing = [];
if (!existsSync(CHROMIUM_PATH)) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');

if (missing.length > 0) {
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `Browser tests need ${missing.join(' and ')}: run "sudo apt-get install -y ${missing.join(' ')}" (or set CHROMIUM_PATH).`,
    );
    process.exit(missing.includes('chromium') ? 1 : 0);
  }
  console.log(`Installing ${missing.join(' ')} with apt-get…`);
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
}
