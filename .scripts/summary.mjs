// The test command's summary, from the reports each test task wrote (`.reports/*.json`) and
// Turborepo's run summary: what passed, what failed and why. No file access here (setup.mjs
// reads the files), so that node:test can hold it to cases where a failure could hide.
import {relative} from 'node:path';

/**
 * Counts from one report: our own `{passed, failed, skipped}` or Vitest's JSON. A Vitest file
 * that failed to load counts once (its tests never ran; it left "0 failed" before), and so does
 * a run Vitest calls unsuccessful with no failed test. (An unhandled error leaves the report
 * successful: the task's exit code catches it, in `tally` or the package's test script.)
 */
export function countsOf(report) {
  if (!('numPassedTests' in report)) {
    return {passed: report.passed ?? 0, failed: report.failed ?? 0, skipped: report.skipped ?? 0};
  }
  const unloaded = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  const failed = report.numFailedTests + unloaded;
  return {
    passed: report.numPassedTests,
    failed: failed === 0 && report.success === false ? 1 : failed,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
}

/** What failed, by name, from one report: our own `failures` or Vitest's JSON (files named from `root`). */
function failuresOf(report, root = '') {
  if (!('numPassedTests' in report)) return report.failures ?? [];
  return (report.testResults ?? []).flatMap((file) => {
    const failed = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    if (failed.length === 0 && file.status === 'failed') {
      return [{name: root ? relative(root, file.name) : file.name, message: file.message}];
    }
    return failed.map((test) => ({name: test.fullName, message: test.failureMessages?.[0]}));
  });
}

/**
 * A failure as a few lines: CI logs may keep only the end of the output. `mark` is ✗ for a
 * failure, ! for a flaky test (failed, then passed when run again).
 */
function describeFailure(mark, where, {name, message}) {
  const lines = String(message ?? '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 6);
  const flaky = mark === '!' ? ' (flaky: failed, then passed when run again)' : '';
  return [
    `${mark} ${where}: ${name}${flaky}`,
    ...lines.map((line) => `    ${line.slice(0, 200)}`),
  ].join('\n');
}

/**
 * The summary of a run. `reports`: `{dir, file, report}` for each report, `dir` relative to
 * `root`; `tasks`: Turborepo's run summary's tasks (`undefined` when it wrote none); `logTail(task)`:
 * the last lines a task printed. Type-check and lint count as one check each, a build only when it fails. A failed test task
 * whose reports count no failure (its runner died or found no test file while the others of
 * its package reported) counts as one failure and shows what it printed last.
 */
export function tally({reports, tasks, turboStatus, logTail, root = ''}) {
  const total = {passed: 0, failed: 0, skipped: 0};
  const rows = [];
  const failures = [];
  const flaky = [];
  const failedIn = new Map();
  for (const {dir, file, report} of reports) {
    const counts = countsOf(report);
    const where = `${dir}/${file.replace(/\.json$/, '')}`;
    rows.push(`${where}: ${counts.passed} passed, ${counts.failed} failed`);
    for (const key of Object.keys(total)) total[key] += counts[key];
    failedIn.set(dir, (failedIn.get(dir) ?? 0) + counts.failed);
    failures.push(
      ...failuresOf(report, root).map((failure) => describeFailure('✗', where, failure)),
    );
    flaky.push(...(report.flaky ?? []).map((test) => describeFailure('!', where, test)));
  }
  for (const task of tasks ?? []) {
    const failed = task.execution?.exitCode !== 0;
    const isTest = task.task === 'test';
    // A build is no check of its own: counted when it fails.
    if (!isTest && (failed || task.task !== 'build')) total[failed ? 'failed' : 'passed'] += 1;
    if (failed) {
      rows.push(`${task.taskId}: FAILED (exit ${task.execution?.exitCode})`);
      const explained = isTest && (failedIn.get(task.directory ?? '') ?? 0) > 0;
      if (isTest && !explained) total.failed += 1;
      // Lint, type-check or a runner that died: what it printed last says why.
      if (!explained) failures.push(`✗ ${task.taskId}:\n${logTail(task)}`);
    }
  }
  if (!tasks && turboStatus !== 0) total.failed += 1;
  const exitCode = total.failed === 0 && total.passed > 0 && turboStatus === 0 ? 0 : 1;
  return {total, rows, failures, flaky, exitCode};
}
