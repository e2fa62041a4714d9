// A package's tests read its built dist/, as consumers import it: after an edit to src/ without a
// build, they would pass on the old code or records. `turbo run test` builds first; a package's
// own `pnpm test` builds here when dist/ is older than what it is built from.
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {delimiter, join} from 'node:path';

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

/**
 * Runs the package's `build` script (in the current folder) when `built`, a file the build
 * writes, is older than any of `sources`. Returns false when the build failed.
 * @param {string} label the package, for the log: "elements"
 * @param {string} built
 * @param {string[]} sources
 */
export function buildIfStale(label, built, sources) {
  // Under turbo the build ran first (or was replayed from its cache, which keeps dist/'s old
  // times): building again would empty dist/ while other packages' tasks read it.
  if (process.env.TURBO_HASH) return true;
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (Math.max(...sources.map(lastChange)) <= builtAt) return true;
  console.log(`\n[${label}] dist/ is older than its sources: building first`);
  const {build} = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
  // Also when started as `node …`, not only through pnpm.
  const env = {
    ...process.env,
    PATH: `${join(process.cwd(), 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
  };
  return spawnSync(build, {stdio: 'inherit', env, shell: true}).status === 0;
}
