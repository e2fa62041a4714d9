// A package's tests read its built dist/, as consumers import it: after an edit to src/ without a
// build, they would pass on the old code or records. `turbo run test` builds first; a package's
// own `pnpm test` builds here when dist/ is older than what it is built from. Packing refuses such
// a dist/ (require-fresh-build.mjs). What each package builds from is in its build-inputs.json.
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
 * The build inputs of the package in folder `dir`: `built`, a file its build writes; `sources`,
 * what it is built from; `uses`, the folders of workspace packages whose builds it includes.
 */
export function buildInputs(dir = '.') {
  const inputs = JSON.parse(readFileSync(join(dir, 'build-inputs.json'), 'utf8'));
  return {
    built: join(dir, inputs.built),
    sources: inputs.sources.map((source) => join(dir, source)),
    uses: (inputs.uses ?? []).map((used) => join(dir, used)),
  };
}

/** The first of `sources` changed since `built` was written; `built` itself when it is missing. */
export function changedSince(built, sources) {
  if (!existsSync(built)) return built;
  const builtAt = statSync(built).mtimeMs;
  return sources.find((source) => lastChange(source) > builtAt);
}

/**
 * Runs the package's `build` script (in the current folder) when its build is older than any of
 * its sources. Returns false when the build failed.
 * @param {string} label the package, for the log: "elements"
 */
export function buildIfStale(label) {
  // Under turbo the build ran first (or was replayed from its cache): building again would
  // empty dist/ while other packages' tasks read it.
  if (process.env.TURBO_HASH) return true;
  const {built, sources} = buildInputs();
  if (!changedSince(built, sources)) return true;
  console.log(`\n[${label}] dist/ is older than its sources: building first`);
  const {build} = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
  // Also when started as `node …`, not only through pnpm.
  const env = {
    ...process.env,
    PATH: `${join(process.cwd(), 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
  };
  return spawnSync(build, {stdio: 'inherit', env, shell: true}).status === 0;
}
