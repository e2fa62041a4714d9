// `pnpm test`: every suite runs even when an earlier one fails, so each writes its report
// (.reports/*.json) for the root summary; the exit code is non-zero if any failed.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {delimiter, join} from 'node:path';

// Also when started as `node scripts/test.mjs`, not only through pnpm.
const env = {
  ...process.env,
  PATH: `${join(process.cwd(), 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
};

/**
 * The latest change to `path` or, for a folder, to any file in it but tests, or to the folder
 * itself (a file deleted or renamed).
 */
function lastChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.test\./.test(path) ? 0 : stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => lastChange(join(path, name))));
}

// The browser, size and package tests run the built dist/, as consumers import it: after an edit
// to src/ without a build they would pass on the old code. `turbo run test` builds first; a run
// of this script alone builds when dist/ is older than what it is built from.
const built = existsSync('dist/cdn/mwfa.js') ? statSync('dist/cdn/mwfa.js').mtimeMs : 0;
const sources = [
  'src',
  'scripts',
  'package.json',
  'vite.config.ts',
  'tsconfig.build.json',
  'custom-elements-manifest.config.mjs',
  '../data/dist',
];
if (Math.max(...sources.map(lastChange)) > built) {
  console.log('\n[elements] dist/ is older than its sources: building first');
  const {build} = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
  if (spawnSync(build, {stdio: 'inherit', env, shell: true}).status !== 0) {
    console.error('[elements] build: FAILED');
    process.exit(1);
  }
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
