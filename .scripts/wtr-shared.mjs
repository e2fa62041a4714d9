// Shared @web/test-runner pieces (Node built-ins only: this folder has no node_modules): the
// Chromium launcher and a reporter that writes `.reports/wtr.json` for the root test summary.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';
import {launchOptions} from './chromium.mjs';

/** Launch options for Debian's Chromium; the caller passes its own `playwrightLauncher`. */
export function chromium(playwrightLauncher) {
  return playwrightLauncher({product: 'chromium', launchOptions});
}

function count(results, total) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) total.skipped += 1;
    else if (test.passed) total.passed += 1;
    else total.failed += 1;
  }
  for (const suite of results?.suites ?? []) count(suite, total);
  return total;
}

/** Counts every test of every session; a file that failed to load counts as one failure. */
export function jsonSummaryReporter(file = '.reports/wtr.json') {
  return {
    onTestRunFinished({sessions}) {
      const total = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        count(session.testResults, total);
        if (!session.passed && (session.errors?.length ?? 0) > 0) total.failed += 1;
      }
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, JSON.stringify(total, null, 2));
    },
  };
}
