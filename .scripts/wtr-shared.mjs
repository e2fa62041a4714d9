// Shared @web/test-runner pieces (Node built-ins only: this folder has no node_modules): the
// Chromium launcher, a free port, and a reporter that writes `.reports/wtr.json` for the root
// test summary.
import {mkdirSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {dirname} from 'node:path';
import {launchOptions} from './chromium.mjs';

/** Launch options for Debian's Chromium; the caller passes its own `playwrightLauncher`. */
export function chromium(playwrightLauncher) {
  return playwrightLauncher({product: 'chromium', launchOptions});
}

/**
 * A port the system has free now, for the test server. Left to itself, web-test-runner takes the
 * first free port from 8000 up, checked some time before it listens: two runs that start
 * together (another job on the CI machine, another checkout) take the same one, and the second
 * stops with "listen EADDRINUSE :::8000". The system's own choice differs between runs.
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    // Where the test server listens: every address (`::`, and IPv4 with it).
    server.listen(0, () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

function count(results, total, path) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) total.skipped += 1;
    else if (test.passed) total.passed += 1;
    else {
      total.failed += 1;
      total.failures.push({
        name: [...path, test.name].filter(Boolean).join(' > '),
        message: test.error?.message,
      });
    }
  }
  for (const suite of results?.suites ?? []) count(suite, total, [...path, suite.name]);
  return total;
}

/**
 * Counts every test of every session, and names each failure; a file that failed to load
 * counts as one failure.
 */
export function jsonSummaryReporter(file = '.reports/wtr.json') {
  return {
    onTestRunFinished({sessions}) {
      const total = {passed: 0, failed: 0, skipped: 0, failures: []};
      for (const session of sessions) {
        const path = [session.testFile.replace(`${process.cwd()}/`, '')];
        count(session.testResults, total, path);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          total.failed += 1;
          total.failures.push({name: path[0], message: session.errors[0].message});
        }
      }
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, JSON.stringify(total, null, 2));
    },
  };
}
