// Prints "N passed, N failed" from Vitest's and Playwright's JSON reports; exits 1 on any failure,
// on a missing report, or when no test ran at all.
import { existsSync, readFileSync } from 'node:fs';

const [vitestFile, playwrightFile] = process.argv.slice(2);
let passed = 0;
let failed = 0;

if (vitestFile && existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
} else {
  console.log(`missing unit test report ${vitestFile}`);
  failed += 1;
}

if (playwrightFile && existsSync(playwrightFile)) {
  const { stats } = JSON.parse(readFileSync(playwrightFile, 'utf8'));
  passed += stats.expected;
  failed += stats.unexpected + stats.flaky;
} else {
  console.log(`missing browser test report ${playwrightFile}`);
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
