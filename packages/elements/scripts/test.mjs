// `pnpm test`: every suite runs even when an earlier one fails, so each writes its report
// (.reports/*.json) for the root summary; the exit code is non-zero if any failed.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {delimiter, join} from 'node:path';
import {buildIfStale} from '../../../.scripts/build-if-stale.mjs';
import {countsOf} from '../../../.scripts/summary.mjs';

// Also when started as `node scripts/test.mjs`, not only through pnpm.
const env = {
  ...process.env,
  PATH: `${join(process.cwd(), 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
};

// The browser, size and package tests run the built dist/ (see build-if-stale.mjs).
if (!buildIfStale('elements')) {
  console.error('[elements] build: FAILED');
  process.exit(1);
}

// Each with the report it writes.
const suites = [
  ['unit (Vitest, Node)', 'vitest', ['run'], 'vitest'],
  ['elements (web-test-runner, Chromium)', 'web-test-runner', [], 'wtr'],
  ['size budgets', 'node', ['scripts/size.mjs'], 'size'],
  [
    'drop-in pages and package contract',
    'vitest',
    ['run', '--config', 'test/vitest.config.ts'],
    'drop-in',
  ],
];

let failed = 0;
for (const [name, command, args, reportName] of suites) {
  console.log(`\n[elements] ${name}`);
  // A report left by an earlier run must not stand for this one.
  const report = join('.reports', `${reportName}.json`);
  rmSync(report, {force: true});
  const bin = command === 'node' ? process.execPath : command;
  const {status} = spawnSync(bin, args, {stdio: 'inherit', env, shell: command !== 'node'});
  if (status !== 0) {
    failed += 1;
    console.error(`[elements] ${name}: FAILED (exit ${status})`);
    accountFor(name, status, report);
  }
}
process.exitCode = failed > 0 ? 1 : 0;

/**
 * A suite that failed without a failed test in its report (it found no test file, hit an
 * unhandled error or died) gets a report that says so: the summary counted the package's other
 * suites and said nothing of the browser tests that never ran.
 */
function accountFor(name, status, file) {
  const report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const counts = report ? countsOf(report) : {passed: 0, failed: 0, skipped: 0};
  if (counts.failed > 0) return;
  const message = `exited ${status} without a failed test in its report: its output is above in this package's test log`;
  mkdirSync('.reports', {recursive: true});
  writeFileSync(
    file,
    JSON.stringify({...counts, failed: 1, failures: [{name: `${name} suite`, message}]}),
  );
}
