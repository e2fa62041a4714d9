// Shared @web/test-runner pieces (Node built-ins only: this folder has no node_modules): Debian's Chromium through Playwright, and a reporter that
// writes `.reports/wtr.json` for the root test summary.
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Launch options for Debian's Chromium; the caller passes its own `playwrightLauncher`. */
export function chromium(playwrightLauncher) {
  return playwrightLauncher({
    product: 'chromium',
    launchOptions: {executablePath, headless: true, args: chromiumArgs},
  });
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
