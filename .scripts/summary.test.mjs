// The test command's summary where a failure could hide: `node --test .scripts/`.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {countsOf, tally} from './summary.mjs';

/** Vitest's JSON report, with the fields the summary reads. */
const vitest = ({passed = 0, failed = 0, files = [], success = failed === 0}) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: 0,
  success,
  testResults: files,
});

const passing = (dir, file, passed) => ({dir, file, report: vitest({passed})});
const task = (directory, name, exitCode) => ({
  taskId: `${directory}#${name}`,
  task: name,
  directory,
  execution: {exitCode},
});
const logTail = (t) => `    (last lines of ${t.taskId})`;

test('a Vitest file that fails to load counts as a failure', () => {
  const report = vitest({
    passed: 313,
    files: [
      {name: '/r/test/zz.test.ts', status: 'failed', message: 'ENOENT', assertionResults: []},
    ],
    success: false,
  });
  assert.deepEqual(countsOf(report), {passed: 313, failed: 1, skipped: 0});
});

test('a Vitest report of an unsuccessful run with no failed test counts as a failure', () => {
  assert.equal(countsOf(vitest({passed: 314, success: false})).failed, 1);
  assert.equal(countsOf(vitest({passed: 314})).failed, 0);
});

test('a failed test task whose reports count no failure counts once, with what it printed', () => {
  // The browser runner found no test file; the package's three other runners reported.
  const summary = tally({
    reports: [
      passing('packages/elements', 'drop-in.json', 194),
      passing('packages/elements', 'size.json', 4),
      passing('packages/elements', 'vitest.json', 393),
    ],
    tasks: [task('packages/elements', 'test', 1)],
    turboStatus: 1,
    logTail,
  });
  assert.equal(summary.total.failed, 1);
  assert.equal(summary.exitCode, 1);
  assert.ok(summary.failures.some((line) => line.includes('packages/elements#test')));
});

test('a failed test task whose reports name its failures is not counted twice', () => {
  const summary = tally({
    reports: [
      {
        dir: 'packages/data',
        file: 'vitest.json',
        report: vitest({
          passed: 2,
          failed: 1,
          files: [
            {
              name: '/r/test/a.test.ts',
              status: 'failed',
              assertionResults: [
                {status: 'failed', fullName: 'a fails', failureMessages: ['expected 1']},
              ],
            },
          ],
        }),
      },
    ],
    tasks: [task('packages/data', 'test', 1)],
    turboStatus: 1,
    logTail,
  });
  assert.equal(summary.total.failed, 1);
  assert.deepEqual(summary.failures, ['✗ packages/data/vitest: a fails\n    expected 1']);
});

test('lint and type-check count as one check each (a build does not), a failed one with what it printed', () => {
  const summary = tally({
    reports: [passing('packages/data', 'vitest.json', 10)],
    tasks: [
      task('packages/data', 'build', 0),
      task('packages/data', 'check-types', 2),
      task('packages/data', 'lint', 0),
      task('packages/data', 'test', 0),
    ],
    turboStatus: 1,
    logTail,
  });
  assert.deepEqual(summary.total, {passed: 11, failed: 1, skipped: 0});
  assert.deepEqual(summary.failures, [
    '✗ packages/data#check-types:\n    (last lines of packages/data#check-types)',
  ]);
});

test('passes only with something passed, nothing failed and Turborepo content', () => {
  const reports = [passing('packages/data', 'vitest.json', 10)];
  const ok = [task('packages/data', 'test', 0)];
  assert.equal(tally({reports, tasks: ok, turboStatus: 0, logTail}).exitCode, 0);
  assert.equal(tally({reports, tasks: ok, turboStatus: 1, logTail}).exitCode, 1);
  assert.equal(tally({reports: [], tasks: ok, turboStatus: 0, logTail}).exitCode, 1);
  // No run summary from Turborepo and a failed run: one failure, not a silent pass.
  assert.equal(tally({reports, tasks: undefined, turboStatus: 1, logTail}).total.failed, 1);
});
