// Vitest's global setup. The tests read the built package (dist/), as consumers import it: after
// an edit to src/ without a build, `pnpm test` here passed on the old records. It builds first
// when dist/ is older than what it is built from (turbo builds before testing anyway).
import {spawnSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {delimiter, join} from 'node:path';

/** The latest change to `path` or, for a folder, to anything in it (the folder too: a file removed). */
function lastChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => lastChange(join(path, name))));
}

export default function setup(): void {
  const built = existsSync('dist/index.js') ? statSync('dist/index.js').mtimeMs : 0;
  const sources = ['src', 'scripts', 'package.json', 'vite.config.ts', 'tsconfig.build.json'];
  if (Math.max(...sources.map(lastChange)) <= built) return;
  console.log('\n[data] dist/ is older than its sources: building first');
  const {build} = (JSON.parse(readFileSync('package.json', 'utf8')) as {scripts: {build: string}})
    .scripts;
  const env = {
    ...process.env,
    PATH: `${join(process.cwd(), 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
  };
  if (spawnSync(build, {stdio: 'inherit', env, shell: true}).status !== 0) {
    throw new Error('[data] build failed (see above)');
  }
}
