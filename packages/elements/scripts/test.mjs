// `pnpm test`: every suite runs even when an earlier one fails, so each writes its report
// (.reports/*.json) for the root summary; the exit code is non-zero if any failed.
import {spawnSync} from 'node:child_process';
import {delimiter, join} from 'node:path';
import {buildIfStale} from '../../../.scripts/build-if-stale.mjs';

// Also when started as `node scripts/test.mjs`, not only through pnpm.
const env = {
  ...process.env,
  PATH: `${join(process.cwd(), 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
};

// The browser, size and package tests run the built dist/ (see build-if-stale.mjs).
const sources = [
  'src',
  'scripts',
  'package.json',
  'vite.config.ts',
  'tsconfig.build.json',
  'custom-elements-manifest.config.mjs',
  '../data/dist',
];
if (!buildIfStale('elements', 'dist/cdn/mwfa.js', sources)) {
  console.error('[elements] build: FAILED');
  process.exit(1);
}

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
