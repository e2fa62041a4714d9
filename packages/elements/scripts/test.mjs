// `pnpm test`: every suite runs even when an earlier one fails, so each writes its report
// (.reports/*.json) for the root summary; the exit code is non-zero if any failed.
import {spawnSync} from 'node:child_process';
import {delimiter, join} from 'node:path';

// Also when started as `node scripts/test.mjs`, not only through pnpm.
const env = {
  ...process.env,
  PATH: `${join(process.cwd(), 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
};

const suites = [
  ['unit (Vitest, Node)', 'vitest', ['run']],
  ['elements (web-test-runner, Chromium)', 'web-test-runner', []],
  ['size budgets', 'node', ['scripts/size.mjs']],
  ['drop-in pages and package contract', 'vitest', ['run', '--config', 'test/vitest.config.ts']],
];

let failed = 0;
for (const [name, command, args] of suites) {
  console.log(`\n[elements] ${name}`);
  const bin = command === 'node' ? process.execPath : command;
  const {status} = spawnSync(bin, args, {stdio: 'inherit', env, shell: command !== 'node'});
  if (status !== 0) {
    failed += 1;
    console.error(`[elements] ${name}: FAILED (exit ${status})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
