// `pnpm run readme`: writes the ids section of README.md from the data (scripts/readme.ts).
// The data is TypeScript, which Node 20 cannot import: Vite's module runner loads it.
import {readFileSync, writeFileSync} from 'node:fs';
import {runnerImport} from 'vite';

const load = async (path) => (await runnerImport(path)).module;
const readme = await load('./scripts/readme.ts');
// Module by module: the root entry also loads the version, which only the build defines.
const data = {
  ...(await load('./src/indicators.ts')),
  ...(await load('./src/key-messages.ts')),
  ...(await load('./src/series.ts')),
  ...(await load('./src/context-figures.ts')),
  ...(await load('./src/sources.ts')),
};
const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = readme.withIdsSection(before, readme.idsSection(data));
if (after === before) {
  console.log('README.md: the ids section is up to date.');
} else {
  writeFileSync(path, after);
  console.log('README.md: ids section written.');
}
