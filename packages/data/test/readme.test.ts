import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
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

// Counts the prose gives: a record added without a word here made them false, and no test said so.
describe('README and release notes: the counts they give are the data’s', () => {
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  const notesPath = resolve(packageDir, '../../.changeset/data-initial-release.md');

  it('key messages, and sources with an address', () => {
    expect(flat(readme)).toContain(`**key messages**: ${keyMessages.length} of the note's`);
    const withUrl = sources.filter((source) => source.url).length;
    expect(flat(readme)).toContain(`(${withUrl} of the ${sources.length} sources;`);
  });

  // While they are pending: `changeset version` moves them into CHANGELOG.md, where they count
  // what that release had.
  it.runIf(existsSync(notesPath))('the first release’s notes count the key messages', () => {
    const notes = readFileSync(notesPath, 'utf8');
    expect(flat(notes)).toContain(`**Key messages**: ${keyMessages.length} (`);
  });
});

// The ids section is written by `pnpm run readme` (scripts/readme.ts); read here as a reader
// sees it, table by table, and held against the records themselves.
describe('README ids section: every id, in the data’s own words', () => {
  const section = readme.slice(
    readme.indexOf('<!-- ids:start -->'),
    readme.indexOf('<!-- ids:end -->'),
  );

  /** The table introduced by "(`collection`)": each row's cells, the id without backticks. */
  const rows = (collection: string): string[][] => {
    const lines = section.slice(section.indexOf(`(\`${collection}\`)`)).split('\n');
    const first = lines.findIndex((line) => line.startsWith('|')) + 2; // after the header
    const end = lines.findIndex((line, i) => i >= first && !line.startsWith('|'));
    return lines
      .slice(first, end)
      .map((line) =>
        line
          .slice(1, -1)
          .split(' | ')
          .map((cell) => cell.trim()),
      )
      .map(([id = '', ...cells]) => [id.replace(/^`(.*)`$/, '$1'), ...cells]);
  };
  const expectTable = (collection: string, expected: string[][]): void => {
    expect(rows(collection), 'README.md is behind the data: run `pnpm run readme`').toEqual(
      expected,
    );
  };
  const span = ({start, end, basis}: {start: number; end: number; basis?: string}): string =>
    `${start === end ? start : `${start}–${end}`}${basis ? ' (report year)' : ''}`;

  it('indicators: each id with its label and the note’s words, and no other id', () => {
    expectTable(
      'indicators',
      indicators.map((i) => [i.id, i.label, i.provenance.quote]),
    );
  });

  it('key messages: each id with its kind and summary, and no other id', () => {
    expectTable(
      'keyMessages',
      keyMessages.map((m) => [m.id, m.kind, m.summary]),
    );
  });

  it('context series: each id with its label, years and status, and no other id', () => {
    expectTable(
      'series',
      series.map((s) => {
        const years = span({start: s.observations[0]!.year, end: s.observations.at(-1)!.year});
        const projected = s.observations.filter((o) => o.projection).map((o) => o.year);
        const note = projected.length > 0 ? ` (${projected.join(', ')} a projection)` : '';
        return [s.id, s.label, `${years}${note}`, s.status];
      }),
    );
    expect(rows('series')[4]).toEqual([
      'global-remittance-inflows',
      'Global remittance inflows',
      '2000–2017 (2017 a projection)',
      'confirmed-copy',
    ]);
  });

  it('milestones, context figures and sources: each id in the data’s words, and no other id', () => {
    expectTable(
      'milestones',
      milestones.map((m) => [m.id, m.label]),
    );
    expectTable(
      'contextFigures',
      contextFigures.map((f) => [f.id, f.label, span(f.period)]),
    );
    // IFAD gives no year for the share: the README says that 2017 is the year of its report.
    expect(rows('contextFigures').find(([id]) => id === 'earnings-kept-in-host-countries')).toEqual(
      [
        'earnings-kept-in-host-countries',
        'share of migrant workers’ earnings that remains in host countries',
        '2017 (report year)',
      ],
    );
    expectTable(
      'sources',
      sources.map((s) => [s.id, s.publisher, s.title]),
    );
  });
});
