// `pnpm run readme`: writes the ids section of README.md from the data (scripts/readme.ts), and
// adds the data's new ids to published-ids.json (scripts/published-ids.ts), which drops an id
// only while a major changeset for @mwfa/data is pending.
// The data is TypeScript, which Node 20 cannot import: Vite's module runner loads it.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {basename} from 'node:path';
import {fileURLToPath} from 'node:url';
import * as prettier from 'prettier';
import {runnerImport} from 'vite';

const load = async (path) => (await runnerImport(path)).module;
const readme = await load('./scripts/readme.ts');
const published = await load('./scripts/published-ids.ts');
// Module by module: the root entry also loads the version, which only the build defines.
const data = {
  ...(await load('./src/indicators.ts')),
  ...(await load('./src/key-messages.ts')),
  ...(await load('./src/series.ts')),
  ...(await load('./src/context-figures.ts')),
  ...(await load('./src/sources.ts')),
};

/** Writes `after` to `path` when it differs from what is there; says which it did. */
function update(path, before, after, what) {
  const name = basename(fileURLToPath(path));
  if (after === before) {
    console.log(`${name}: ${what} up to date.`);
  } else {
    writeFileSync(path, after);
    console.log(`${name}: ${what} written.`);
  }
}

const readmePath = new URL('../README.md', import.meta.url);
const readmeBefore = readFileSync(readmePath, 'utf8');
update(
  readmePath,
  readmeBefore,
  readme.withIdsSection(readmeBefore, readme.idsSection(data)),
  'the ids section is',
);

const changesetDir = new URL('../../../.changeset/', import.meta.url);
const majors = published.majorChangesets(
  readdirSync(changesetDir).map((name) => ({
    name,
    text: readFileSync(new URL(name, changesetDir), 'utf8'),
  })),
);
const listPath = new URL(`../${published.LIST_FILE}`, import.meta.url);
const listBefore = readFileSync(listPath, 'utf8');
const listed = JSON.parse(listBefore);
const inData = published.idsInData(data);
const next = published.nextList(listed, inData, majors);
// Laid out by the workspace's Prettier (the one `pnpm run lint` checks with), so lint passes.
const listAfter = await prettier.format(JSON.stringify(next), {
  ...(await prettier.resolveConfig(fileURLToPath(listPath))),
  filepath: fileURLToPath(listPath),
});
update(listPath, listBefore, listAfter, 'the published ids are');
// An id still listed but gone from the data stays listed without a major: the tests say why.
for (const problem of published.idProblems(next, inData, majors)) console.warn(problem);
