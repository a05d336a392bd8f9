/** CI: one closing line, "tests: N passed, N failed", summed over the unit and end-to-end JSON reports. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './spawn-listening-process';

const read = (file: string): unknown => {
  const path = join(repoRoot, 'reports', file);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
};

const unit = read('unit-results.json') as { numPassedTests: number; numFailedTests: number; numPendingTests: number } | null;
const e2e = read('e2e-results.json') as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | null;

const passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (e2e?.stats.skipped ?? 0);
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
