// A minimal test harness (no framework in this app): named async tests, run in order, a
// summary in .reports/<name>.json (counts, and each failure's name and message) for the root
// `npm test`, exit code 1 on any failure.
import {mkdirSync, writeFileSync} from 'node:fs';

const tests = [];

/** Registers a test. */
export function test(name, fn) {
  tests.push({name, fn});
}

/** Runs the registered tests and writes `.reports/${report}.json`. */
export async function run(report) {
  let passed = 0;
  const failures = [];
  for (const {name, fn} of tests) {
    const started = Date.now();
    try {
      await fn();
      passed += 1;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failures.push({name, message: String(error?.message ?? error)});
      console.log(
        `  ✗ ${name}\n    ${String(error?.stack ?? error)
          .split('\n')
          .join('\n    ')}`,
      );
    }
  }
  mkdirSync('.reports', {recursive: true});
  const failed = failures.length;
  writeFileSync(
    `.reports/${report}.json`,
    JSON.stringify({passed, failed, skipped: 0, failures}, null, 2),
  );
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed;
}
