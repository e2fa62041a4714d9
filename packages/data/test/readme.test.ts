import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {contextFigures, indicators, keyMessages, milestones, series, sources} from '@mwfa/data';
import {packageDir} from './paths.js';

const readme = readFileSync(resolve(packageDir, 'README.md'), 'utf8');

/** Fenced code blocks in order: language and body. */
const blocks = [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(
  ([, lang = '', body = '']) => ({
    lang,
    body,
  }),
);

/** Each runnable example (js or cjs) with the output block that follows it, if any. */
const examples = blocks.flatMap((block, i) => {
  if (block.lang !== 'js' && block.lang !== 'cjs') return [];
  const next = blocks[i + 1];
  return [{n: i, ...block, output: next?.lang === 'text' ? next.body : undefined}];
});

// The examples run against the packed tarball, installed in an empty project, as a user would.
let project = '';
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'mwfa-data-readme-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', project], {
      cwd: packageDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as {filename: string}[];
  writeFileSync(join(project, 'package.json'), '{"name": "consumer", "private": true}\n');
  execFileSync(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      join(project, packed[0]!.filename),
    ],
    {cwd: project, stdio: 'ignore'},
  );
}, 120_000);
afterAll(() => {
  if (project) rmSync(project, {recursive: true, force: true});
});

describe('README examples, run against the installed tarball', () => {
  it('has runnable examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  for (const example of examples) {
    const title = example.body.split('\n').find((line) => line.includes('@mwfa/data')) ?? '';
    it(`example ${example.n}: ${title.trim()}`, () => {
      const file = join(project, `example-${example.n}.${example.lang === 'cjs' ? 'cjs' : 'mjs'}`);
      writeFileSync(file, example.body);
      const stdout = execFileSync(process.execPath, [file], {cwd: project, encoding: 'utf8'});
      if (example.output !== undefined) expect(stdout.trimEnd()).toBe(example.output.trimEnd());
    });
  }

  // Against the declarations in the tarball, not src/: what an editor shows a user.
  it('the TypeScript examples type-check, and their @ts-expect-error lines are errors', () => {
    const ts = blocks.filter((block) => block.lang === 'ts');
    expect(ts.length).toBeGreaterThan(0);
    const files = ts.map((block, i) => {
      writeFileSync(join(project, `example-${i}.mts`), block.body);
      return `example-${i}.mts`;
    });
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'NodeNext',
          lib: ['ES2022', 'DOM'],
          types: [],
        },
        files,
      }),
    );
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(result.stdout).toBe('');
  }, 60_000);

  // Pasted alone into a page, a browser example finds every element it writes into.
  it('each HTML example has the elements its script looks up by id', () => {
    const html = blocks.filter((block) => block.lang === 'html');
    expect(html.length).toBeGreaterThan(0);
    for (const {body} of html) {
      for (const [, id] of body.matchAll(/querySelector\('#([\w-]+)'\)/g)) {
        expect(body, `#${id}`).toContain(`id="${id}"`);
      }
    }
  });

  it('the tarball holds the modules, types, JSON, CSV, Data Package and schema, and no tests', () => {
    const files = readdirSync(join(project, 'node_modules/@mwfa/data/dist'));
    for (const file of [
      'index.js',
      'index.d.ts',
      'indicators.json',
      'observations.csv',
      'datapackage.json',
      'schema.json',
    ]) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => file.includes('.test.'))).toEqual([]);
  });
});

describe('README lists every id', () => {
  const all = [indicators, keyMessages, milestones, series, contextFigures, sources].flatMap((c) =>
    c.map((r) => r.id),
  );
  it('names each id in backticks', () => {
    expect(all.filter((id) => !readme.includes(`\`${id}\``))).toEqual([]);
  });
});
