// The package contract: both packages packed with pnpm, the tarballs installed with npm into a
// fresh project, and used there the way consumers do (Node, TypeScript, Vite + Chromium, SSR
// and the CLI); publint and are-the-types-wrong on what is actually shipped; and a dry run of
// `changeset version` on a copy of the workspace.
import {execFile} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {promisify} from 'node:util';
import {build, type InlineConfig} from 'vite';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ELEMENTS, LOCALES} from '../scripts/elements.mjs';
import {TAGS, launch, serve} from './helpers.js';

const run = promisify(execFile);
const elements = process.cwd();
const workspace = resolve(elements, '../..');
const data = join(workspace, 'packages/data');
const bin = (name: string) => join(elements, 'node_modules/.bin', name);

let dir: string;
let tarballs: {data: string; elements: string};
let installed: string;

async function pack(folder: string): Promise<string> {
  const {stdout} = await run('pnpm', ['pack', '--pack-destination', dir], {cwd: folder});
  const file = stdout
    .trim()
    .split('\n')
    .filter((line) => line.endsWith('.tgz'))
    .at(-1);
  if (!file) throw new Error(`pnpm pack printed no tarball:\n${stdout}`);
  return resolve(dir, file.trim());
}

/** `npm install <args>` in the consumer project, quietly, from the cache where it can. */
const npmInstall = (...args: string[]) =>
  run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...args],
    {
      cwd: installed,
      timeout: 200_000,
    },
  );

/** Folders of earlier runs that were interrupted before `afterAll` (about 50 MB each). */
function removeStaleFolders(): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (name.startsWith('mwfa-contract-') && statSync(path).mtimeMs < hourAgo) {
      rmSync(path, {recursive: true, force: true});
    }
  }
}

beforeAll(async () => {
  removeStaleFolders();
  dir = mkdtempSync(join(tmpdir(), 'mwfa-contract-'));
  tarballs = {data: await pack(data), elements: await pack(elements)};
  installed = join(dir, 'consumer');
  mkdirSync(installed);
  writeFileSync(
    join(installed, 'package.json'),
    JSON.stringify({name: 'consumer', private: true, type: 'module'}, null, 2),
  );
  await npmInstall(tarballs.data, tarballs.elements);
});

afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true});
});

const node = (code: string) =>
  run(process.execPath, ['--input-type=module', '-e', code], {cwd: installed});

/**
 * Writes a consumer's site (`files`, by name) into `name/` of the consumer project and builds it
 * with Vite into its `dist/`; returns the site's folder. `config` adds to the build's options.
 */
async function buildSite(
  name: string,
  files: Record<string, string>,
  config: InlineConfig = {},
): Promise<string> {
  const site = join(installed, name);
  mkdirSync(site, {recursive: true});
  for (const [file, text] of Object.entries(files)) writeFileSync(join(site, file), text);
  await build({
    root: site,
    logLevel: 'error',
    configFile: false,
    ...config,
    build: {outDir: join(site, 'dist')},
  });
  return site;
}

describe('the packed tarballs, installed with npm into a fresh project', () => {
  it('ship only what consumers need', async () => {
    const list = async (tgz: string) =>
      (await run('tar', ['-tzf', tgz])).stdout.split('\n').filter(Boolean);
    const shipped = await list(tarballs.elements);
    expect(shipped).toContain('package/dist/cdn/mwfa.js');
    expect(shipped).toContain('package/dist/ssr/index.js');
    expect(shipped).toContain('package/dist/ssr/hydrate.js');
    for (const lang of [...LOCALES, 'all']) {
      expect(shipped).toContain(`package/dist/locales/${lang}.js`);
      expect(shipped).toContain(`package/dist/cdn/locales/${lang}.js`);
    }
    expect(shipped).toContain('package/custom-elements.json');
    expect(shipped).toContain('package/bin/mwfa.js');
    expect(
      shipped.filter((f) => /\/src\/|\.test\.|\.d\.ts\.map$|\/test\/|\/scripts\//.test(f)),
    ).toEqual([]);
    const dataFiles = await list(tarballs.data);
    // Declaration maps point at src/, which is not shipped.
    expect(dataFiles.filter((f) => /\/src\/|\.test\.|\.d\.ts\.map$/.test(f))).toEqual([]);
    // "license": "MIT" asks that copies carry the licence text; npm shows LICENSE on the package page.
    expect(shipped).toContain('package/LICENSE');
    expect(dataFiles).toContain('package/LICENSE');
  });

  // Each ended in "//# sourceMappingURL=….d.ts.map", a file not shipped: editors looked for it.
  it('declare their types without pointing at declaration maps', () => {
    for (const name of ['data', 'elements']) {
      const folder = join(installed, 'node_modules', '@mwfa', name, 'dist');
      const declarations = readdirSync(folder, {recursive: true, encoding: 'utf8'}).filter((file) =>
        file.endsWith('.d.ts'),
      );
      expect(declarations.length, name).toBeGreaterThan(5);
      expect(
        declarations.filter((file) =>
          readFileSync(join(folder, file), 'utf8').includes('sourceMappingURL'),
        ),
      ).toEqual([]);
    }
  });

  // npm ships "workspace:^" as the version of @mwfa/data, and then no one can install it.
  it('refuses to be packed by npm, which leaves the workspace protocol in the package', async () => {
    await expect(
      run('npm', ['pack', '--pack-destination', dir, '--loglevel=error'], {cwd: elements}),
    ).rejects.toMatchObject({stderr: expect.stringContaining('pack and publish it with pnpm')});
  });

  it('the licence notices of what the bundles include travel with them', () => {
    const packaged = join(installed, 'node_modules', '@mwfa', 'elements');
    const licence = readFileSync(join(packaged, 'LICENSE'), 'utf8');
    expect(licence).toContain('Copyright (c) 2017 Google LLC'); // Lit, BSD-3-Clause
    expect(licence).toContain('Copyright 2010-2026 Mike Bostock'); // d3-array, ISC
    const {version} = JSON.parse(readFileSync(join(packaged, 'package.json'), 'utf8')) as {
      version: string;
    };
    // A self-hosted bundle is copied alone: it names the licences itself, ours first (MIT asks
    // that every copy carry the notice).
    const ours = `/*! @mwfa/elements ${version} | Copyright (c) 2026 the mwfa contributors | MIT License`;
    const locales = LOCALES.map((lang) => `locales/${lang}`);
    for (const file of [...locales, 'locales/all']) {
      const code = readFileSync(join(packaged, 'dist', 'cdn', `${file}.js`), 'utf8');
      expect(code.startsWith(ours), file).toBe(true);
    }
    for (const bundle of ['mwfa', 'stat-card', 'value', 'key-message', 'trend-chart']) {
      const code = readFileSync(join(packaged, 'dist', 'cdn', `${bundle}.js`), 'utf8');
      expect(code.startsWith(ours), bundle).toBe(true);
      expect(code, bundle).toMatch(/@license\s+\* Copyright \d{4} Google LLC/);
      if (bundle === 'mwfa' || bundle === 'trend-chart') {
        expect(code, bundle).toContain('adapted from d3-array, Copyright 2010-2026 Mike Bostock');
      }
    }
  });

  it('Node imports @mwfa/data, and requires its JSON', async () => {
    const {stdout} = await node(`
      import {indicators, getIndicator} from '@mwfa/data';
      import {createRequire} from 'node:module';
      const require = createRequire(import.meta.url);
      const json = require('@mwfa/data/indicators.json');
      console.log(JSON.stringify({n: indicators.length, json: json.indicators.length, name: json.name, remittances: getIndicator('remittances')?.value}));`);
    const result = JSON.parse(stdout) as {
      n: number;
      json: number;
      name: string;
      remittances: number;
    };
    expect(result.n).toBeGreaterThan(0);
    expect(result.name).toBe('@mwfa/data');
    expect(result.json).toBe(result.n);
    // The note: "Approximately $600 billion was sent in remittances in 2017".
    expect(result.remittances).toBe(600_000_000_000);
  });

  // @mwfa/elements documents `stat-card.js` and `ssr`, @mwfa/data `indicators`: a developer who
  // guesses one entry's spelling from another's finds the same module either way.
  it('Node imports every entry of both packages with and without .js, as one module', async () => {
    const pairs = ['data', 'elements'].flatMap((name) => {
      const {exports} = JSON.parse(
        readFileSync(join(installed, 'node_modules/@mwfa', name, 'package.json'), 'utf8'),
      ) as {exports: Record<string, unknown>};
      const modules = Object.keys(exports).filter(
        (key) => key !== '.' && typeof exports[key] === 'object',
      );
      return [...new Set(modules.map((key) => key.replace(/\.js$/, '')))].map((bare) => [
        `@mwfa/${name}${bare.slice(1)}`,
        `@mwfa/${name}${bare.slice(1)}.js`,
      ]);
    });
    pairs.push(['@mwfa/data/claims', '@mwfa/data/claim-checks']);
    const {stdout} = await node(`
      const load = (specifier) => import(specifier).catch((error) => error.code);
      const resolve = (specifier) => { try { return import.meta.resolve(specifier); } catch (error) { return error.code; } };
      const same = async (a, b) => (await load(a)) === (await load(b));
      console.log(JSON.stringify({
        differ: ${JSON.stringify(pairs)}.filter(([a, b]) => resolve(a) !== resolve(b) || !resolve(a).startsWith('file:')),
        ssr: await same('@mwfa/elements/ssr', '@mwfa/elements/ssr.js'),
        indicators: await same('@mwfa/data/indicators', '@mwfa/data/indicators.js'),
      }));`);
    expect(pairs.length).toBeGreaterThan(20);
    expect(JSON.parse(stdout)).toEqual({differ: [], ssr: true, indicators: true});
  });

  it('@mwfa/elements/ssr renders declarative shadow DOM in Node', async () => {
    const {stdout} = await node(`
      import {renderToString} from '@mwfa/elements/ssr';
      console.log(await renderToString('<mwfa-stat-card indicator="remittances"></mwfa-stat-card>'));`);
    expect(stdout).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(stdout).toContain('600 billion');
  });

  it('the README’s server-side rendering example runs as written', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const example = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)]
      .map(([, body = '']) => body)
      .find((body) => body.includes("from '@mwfa/elements/ssr'"));
    expect(example).toBeDefined();
    writeFileSync(
      join(installed, 'index.html'),
      '<!doctype html><html lang="en"><body><mwfa-value indicator="remittances"></mwfa-value></body></html>',
    );
    writeFileSync(
      join(installed, 'readme-ssr.mjs'),
      `${example}\nconsole.log(JSON.stringify({snippet, page}));\n`,
    );
    const {stdout} = await run(process.execPath, ['readme-ssr.mjs'], {cwd: installed});
    const {snippet, page} = JSON.parse(stdout) as {snippet: string; page: string};
    expect(snippet).toContain('shadowrootmode="open"');
    expect(page).toContain('shadowrootmode="open"');
  });

  it('the README’s mwfa commands run as written', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const commands = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)]
      .flatMap(([, body = '']) => body.split('\n'))
      .filter((line) => line.startsWith('npx mwfa '));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const command of commands) {
      // `mwfa prerender <page>` reads a page: give it one.
      const input = command.match(/^npx mwfa prerender (\S+)/)?.[1];
      if (input) {
        mkdirSync(dirname(join(installed, input)), {recursive: true});
        writeFileSync(
          join(installed, input),
          '<!doctype html><html lang="fr"><body><mwfa-value indicator="remittances"></mwfa-value></body></html>',
        );
      }
      const {stdout} = await run('sh', ['-c', command], {cwd: installed});
      const output = command.includes(' -o ')
        ? readFileSync(join(installed, command.split(' -o ')[1]!.trim()), 'utf8')
        : stdout;
      expect(output, command).toContain('shadowrootmode="open"');
    }
  });

  // A bundler rewrites the HTML it builds: Vite lowers the `light-dark()` colours of a prerendered
  // page's inline styles for older browsers, and the elements then show without colours until
  // their script runs. The README's command prerenders the page the build wrote.
  it('the README’s prerender command, after a Vite build, gives a page in colour without JavaScript that then hydrates', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const command = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)]
      .flatMap(([, body = '']) => body.split('\n'))
      .find((line) => line.startsWith('npx mwfa prerender '));
    const hydrate = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)]
      .map(([, body = '']) => body)
      .find((body) => body.startsWith("import '@mwfa/elements/hydrate.js';"));
    expect(command).toBeDefined();
    expect(hydrate).toBeDefined();
    const site = await buildSite('prerendered', {
      'index.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>consumer</title>
<script type="module" src="./main.js"></script></head>
<body><mwfa-stat-card indicator="remittances"></mwfa-stat-card></body></html>`,
      'main.js': hydrate!,
    });
    await run('sh', ['-c', command!], {cwd: site});

    const server = await serve({root: join(site, 'dist'), pages: {'/favicon.ico': ''}});
    const browser = await launch();
    try {
      const card = () => {
        const base = document
          .querySelector('mwfa-stat-card')
          ?.shadowRoot?.querySelector<HTMLElement>('[part="base"]');
        return base && {text: base.innerText, background: getComputedStyle(base).backgroundColor};
      };
      // Without JavaScript: the prerendered card, on its own surface (the light theme's #ffffff).
      const still = await (await browser.newContext({javaScriptEnabled: false})).newPage();
      await still.goto(`${server.url}/index.html`);
      expect(await still.evaluate(card)).toEqual({
        text: expect.stringContaining('600 milliards') as unknown,
        background: 'rgb(255, 255, 255)',
      });

      // With it: the built script loads and the element takes the card over, still in French.
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${server.url}/index.html`);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
      await page.waitForFunction(
        () => (document.querySelector('mwfa-stat-card') as {hasUpdated?: boolean}).hasUpdated,
      );
      expect((await page.evaluate(card))?.text).toContain('600 milliards');
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('the mwfa CLI renders a snippet and refuses other markup', async () => {
    const mwfa = join(installed, 'node_modules/.bin/mwfa');
    const {stdout} = await run(mwfa, ['render', '<mwfa-stat-card indicator="remittances">'], {
      cwd: installed,
    });
    expect(stdout).toContain('shadowrootmode="open"');
    const refused = await run(mwfa, ['render', '<script>alert(1)</script>'], {cwd: installed}).then(
      () => undefined,
      (error: {code: number; stderr: string}) => error,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stderr).toContain('not <script>');
  });

  it('TypeScript type-checks a consumer of both packages (NodeNext and Bundler)', async () => {
    writeFileSync(
      join(installed, 'consumer.ts'),
      `import {getIndicator, type Indicator} from '@mwfa/data';
import {indicators} from '@mwfa/data/indicators';
import {indicators as sameIndicators} from '@mwfa/data/indicators.js';
import {claimChecks} from '@mwfa/data/claim-checks';
import '@mwfa/elements/stat-card.js';
import '@mwfa/elements/locales/fr.js';
import '@mwfa/elements/locales/all.js';
import {MwfaKeyMessage, MwfaStatCard, MwfaTrendChart, MwfaValue} from '@mwfa/elements';
import type {TrendChartObservation} from '@mwfa/elements/trend-chart.js';
import {renderToString} from '@mwfa/elements/ssr';
import '@mwfa/elements/hydrate.js';
// The other spelling of each entry: the same modules, with the same types.
import '@mwfa/elements/stat-card';
import '@mwfa/elements/locales/fr';
import '@mwfa/elements/hydrate';
import {renderToString as render} from '@mwfa/elements/ssr.js';

const first: Indicator | undefined = indicators[0];
const card: MwfaStatCard = document.createElement('mwfa-stat-card');
card.indicator = getIndicator('remittances')?.id ?? '';
// The id properties name the data's ids, so editors suggest them (plain strings: never).
const ids: [
  Extract<MwfaStatCard['indicator'], 'remittances'>,
  Extract<MwfaValue['indicator'], 'remittances'>,
  Extract<MwfaKeyMessage['message'], 'call-for-cooperation'>,
  Extract<MwfaTrendChart['series'], 'international-migrant-stock'>,
] = ['remittances', 'remittances', 'call-for-cooperation', 'international-migrant-stock'];
export const html: Promise<string> = renderToString('<mwfa-value indicator="remittances">');
export const same: [typeof indicators, typeof renderToString] = [sameIndicators, render];
export const checked: string | undefined = claimChecks[0]?.indicator;
// A property reads null once its attribute is removed, and null removes it.
const chart: MwfaTrendChart = document.createElement('mwfa-trend-chart');
chart.label = chart.subtitle = chart.source = chart.highlight = null;
chart.yAxis = chart.axisDir = null;
// A projection as a table row says it, or as @mwfa/data does.
const observations: TrendChartObservation[] = [
  {year: 2016, value: 1, status: 'confirmed'},
  {year: 2017, value: 2, status: 'projection'},
  {year: 2018, value: 3, projection: true},
];
chart.observations = observations;
card.label = null;
// The elements' own (@internal), not the consumer's.
// @ts-expect-error
card.resolveLocale();
export {first, card, chart, ids};
`,
    );
    for (const [module, resolution] of [
      ['NodeNext', 'NodeNext'],
      ['ESNext', 'Bundler'],
    ] as const) {
      writeFileSync(
        join(installed, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            module,
            moduleResolution: resolution,
            lib: ['ES2022', 'DOM'],
            types: ['node'],
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            // Else tsc lets an import of no binding pass whether or not its subpath exists.
            noUncheckedSideEffectImports: true,
          },
          files: ['consumer.ts'],
        }),
      );
      // @types/node from this workspace: the consumer project installs nothing but our tarballs.
      mkdirSync(join(installed, 'node_modules/@types'), {recursive: true});
      if (!existsSync(join(installed, 'node_modules/@types/node'))) {
        symlinkSync(
          join(elements, 'node_modules/@types/node'),
          join(installed, 'node_modules/@types/node'),
        );
      }
      const result = await run(bin('tsc'), ['-p', 'tsconfig.json'], {cwd: installed}).then(
        () => '',
        (error: {stdout: string}) => error.stdout,
      );
      expect(result, `tsc (${resolution})`).toBe('');
    }
  });

  it('a Vite build of a consumer page renders an element in Chromium', async () => {
    const site = await buildSite('site', {
      'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title>
<script type="module" src="./main.js"></script></head>
<body><mwfa-stat-card indicator="international-migrants"></mwfa-stat-card></body></html>`,
      // Hydration support first, as on a prerendered page; harmless on a page rendered here.
      'main.js': `import '@mwfa/elements/hydrate.js';\nimport '@mwfa/elements/stat-card.js';\n`,
    });
    const server = await serve({root: join(site, 'dist'), pages: {'/favicon.ico': ''}});
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(
        () => !!document.querySelector('mwfa-stat-card')?.shadowRoot?.textContent?.trim(),
      );
      const text = await page.evaluate(
        () => document.querySelector('mwfa-stat-card')?.shadowRoot?.textContent ?? '',
      );
      expect(errors).toEqual([]);
      // The note: "There are 258 million international migrants worldwide".
      expect(text).toContain('258');
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    exports: Record<string, {types: string; default: string}>;
    sideEffects: string[];
  };

  for (const {name} of ELEMENTS) {
    it(`exports ./${name}.js and ./${name} (types first) and lists it in sideEffects`, () => {
      const entry = pkg.exports[`./${name}.js`];
      expect(entry).toBeDefined();
      expect(Object.keys(entry!)).toEqual(['types', 'default']);
      expect(entry!.default).toBe(`./dist/${name}.js`);
      expect(pkg.exports[`./${name}`]).toEqual(entry);
      expect(pkg.sideEffects).toContain(`./dist/${name}.js`);
    });
  }

  for (const lang of [...LOCALES, 'all']) {
    it(`exports ./locales/${lang}.js and ./locales/${lang} (types first), a module with side effects`, () => {
      const entry = pkg.exports[`./locales/${lang}.js`];
      expect(entry).toBeDefined();
      expect(Object.keys(entry!)).toEqual(['types', 'default']);
      expect(entry!.default).toBe(`./dist/locales/${lang}.js`);
      expect(pkg.exports[`./locales/${lang}`]).toEqual(entry);
      expect(pkg.sideEffects).toContain('./dist/locales/*.js');
      expect(pkg.sideEffects).toContain('./dist/cdn/locales/*.js');
    });
  }
});

describe('custom-elements.json as shipped', () => {
  interface Item {
    name: string;
    type?: {text: string};
    description?: string;
    default?: string;
    privacy?: string;
    static?: boolean;
  }
  interface Declaration {
    tagName?: string;
    members?: Item[];
    attributes?: Item[];
    slots?: Item[];
    cssParts?: Item[];
    cssProperties?: Item[];
    events?: Item[];
  }
  const read = () => {
    const folder = join(installed, 'node_modules/@mwfa/elements');
    const manifest = JSON.parse(readFileSync(join(folder, 'custom-elements.json'), 'utf8')) as {
      modules: {path: string; declarations?: Declaration[]}[];
    };
    return {folder, manifest, declarations: manifest.modules.flatMap((m) => m.declarations ?? [])};
  };
  const names = (items: Item[] | undefined) => (items ?? []).map((item) => item.name);

  it('lists exactly the four elements, in modules that are shipped', () => {
    const {folder, manifest, declarations} = read();
    expect(declarations.flatMap((d) => (d.tagName ? [d.tagName] : [])).sort()).toEqual(
      [...TAGS].sort(),
    );
    for (const module of manifest.modules) {
      expect(existsSync(join(folder, module.path)), `${module.path} is shipped`).toBe(true);
    }
  });

  it('names every module by the path its entry in the manifest has', () => {
    // A tool that follows `superclass` or `inheritedFrom` looks the module up by its exact path.
    const {manifest} = read();
    const paths = new Set(manifest.modules.map((module) => module.path));
    const referenced = JSON.stringify(manifest)
      .match(/"module":"[^"]*"/g)!
      .map((pair) => pair.slice('"module":"'.length, -1));
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.filter((path) => !paths.has(path))).toEqual([]);
  });

  it('says which public entry defines each tag, and marks only the four as elements', () => {
    const {folder, manifest} = read();
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
      exports: Record<string, {default: string}>;
    };
    // Each file is exported twice, with and without `.js`.
    const specifiers = (file: string) =>
      Object.entries(pkg.exports)
        .filter(([, target]) => target.default === file)
        .map(([specifier]) => specifier)
        .sort();
    const definitions = manifest.modules.flatMap((module) =>
      ((module as {exports?: {kind: string; name: string}[]}).exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition')
        .map((entry) => `${entry.name} ${specifiers(`./${module.path}`).join(' ') || module.path}`),
    );
    expect(definitions.sort()).toEqual(
      ['key-message', 'stat-card', 'trend-chart', 'value'].map(
        (name) => `mwfa-${name} ./${name} ./${name}.js`,
      ),
    );
    const elements = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).filter((d) => (d as {customElement?: boolean}).customElement),
    );
    expect(elements.map((d) => d.tagName).sort()).toEqual([...TAGS].sort());
  });

  it('has no private, protected, #private or static member', () => {
    const hidden = read().declarations.flatMap((d) =>
      (d.members ?? [])
        .filter(
          (m) =>
            m.name.startsWith('#') ||
            (m.privacy !== undefined && m.privacy !== 'public') ||
            m.static === true,
        )
        .map((m) => `${d.tagName ?? '(base class)'} ${m.name}`),
    );
    expect(hidden).toEqual([]);
  });

  // Storybook's docs tables and Theming page show these descriptions as they are.
  it('describes every attribute, and gives every custom property the default the styles use', () => {
    const {folder, declarations} = read();
    const bundle = readFileSync(join(folder, 'dist/cdn/mwfa.js'), 'utf8').replace(/\s/g, '');
    const problems: string[] = [];
    for (const d of declarations.filter((declaration) => declaration.tagName)) {
      for (const attribute of d.attributes ?? []) {
        if (!attribute.description?.trim())
          problems.push(`${d.tagName} ${attribute.name}: no description`);
      }
      for (const property of d.cssProperties ?? []) {
        const description = property.description ?? '';
        if (!/default/i.test(description))
          problems.push(`${d.tagName} ${property.name}: no default`);
        // A literal default (not another token) is the fallback of the property in the styles.
        const literal = /Default `([^`-][^`]*)`/.exec(description)?.[1];
        if (literal && !bundle.includes(`var(${property.name},${literal.replace(/\s/g, '')})`)) {
          problems.push(`${d.tagName} ${property.name}: the styles' default is not ${literal}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // Editors show a property's description on hover, and its default where the page sets none.
  it('describes every property, and gives what applies when not set as the attribute’s default, not the property’s (which reads null)', () => {
    const elements = read().declarations.filter((d) => d.tagName);
    const undescribed = elements.flatMap((d) =>
      (d.members ?? []).filter((m) => !m.description?.trim()).map((m) => `${d.tagName} ${m.name}`),
    );
    expect(undescribed).toEqual([]);
    const defaults = Object.fromEntries(
      elements.flatMap((d) => [
        ...(d.members ?? []).map((m) => [`${d.tagName} .${m.name}`, m.default ?? null]),
        ...(d.attributes ?? []).map((a) => [`${d.tagName} ${a.name}`, a.default ?? null]),
      ]),
    );
    expect(defaults).toMatchObject({
      'mwfa-stat-card .unit': null,
      'mwfa-stat-card unit': "'persons'",
      'mwfa-value .qualifier': null,
      'mwfa-value qualifier': "'none'",
      'mwfa-trend-chart .yAxis': null,
      'mwfa-trend-chart y-axis': "'zero'",
      'mwfa-trend-chart .axisDir': null,
      'mwfa-trend-chart axis-dir': "'ltr'",
      'mwfa-trend-chart .area': 'false',
    });
  });

  it('gives a custom property’s default as a value, for the Default column of editors and Storybook', () => {
    const defaults = Object.fromEntries(
      read()
        .declarations.filter((d) => d.tagName)
        .flatMap((d) =>
          (d.cssProperties ?? []).map((p) => [`${d.tagName} ${p.name}`, p.default ?? null]),
        ),
    );
    expect(defaults).toMatchObject({
      'mwfa-key-message --mwfa-radius': '0.5rem',
      'mwfa-stat-card --mwfa-color-surface': 'light-dark(#ffffff, #161b22)',
      'mwfa-stat-card --mwfa-stat-card-background': 'var(--mwfa-color-surface)',
      'mwfa-stat-card --mwfa-stat-card-padding': '1rem 1.25rem',
      'mwfa-trend-chart --mwfa-trend-chart-line-color': 'var(--mwfa-color-accent)',
      'mwfa-trend-chart --mwfa-duration': '150ms',
      // Said in words, or only in part: no value to give.
      'mwfa-trend-chart --mwfa-focus-ring': null,
      'mwfa-value --mwfa-value-color': null,
    });
  });

  it('still documents the public API Storybook shows', () => {
    const of = (tag: string) => read().declarations.find((d) => d.tagName === tag)!;
    // From the elements' JSDoc and static properties (and the README's attribute tables).
    const chart = of('mwfa-trend-chart');
    expect(names(chart.attributes)).toEqual(
      expect.arrayContaining(['series', 'label', 'y-axis', 'axis-dir', 'lang', 'dir']),
    );
    expect(names(chart.members)).toEqual(expect.arrayContaining(['series', 'observations']));
    expect(names(chart.events)).toContain('mwfa-point-focus');
    // JSX typings generated from the manifest type the handler's `event.detail` from this.
    expect(chart.events?.find((e) => e.name === 'mwfa-point-focus')?.type?.text).toBe(
      'CustomEvent<PointFocusDetail>',
    );
    expect(names(chart.cssParts)).toEqual(expect.arrayContaining(['chart', 'summary', 'table']));
    const card = of('mwfa-stat-card');
    expect(names(card.slots)).toEqual(expect.arrayContaining(['label', 'footnote']));
    expect(names(card.attributes)).toEqual(expect.arrayContaining(['indicator', 'sparkline']));
    expect(names(of('mwfa-value').cssProperties)).toContain('--mwfa-value-color');
    expect(names(of('mwfa-key-message').attributes)).toContain('message');
  });
});

// What a reader copies from the READMEs (this package's, as shipped, and the repository's) exists:
// the custom properties, the attributes on each element, the import specifiers and the files.
describe('the READMEs name only what is shipped', () => {
  const readmes = () => {
    const folder = join(installed, 'node_modules/@mwfa/elements');
    return {
      folder,
      text: [
        readFileSync(join(folder, 'README.md'), 'utf8'),
        readFileSync(join(workspace, 'README.md'), 'utf8'),
      ].join('\n'),
      manifest: JSON.parse(readFileSync(join(folder, 'custom-elements.json'), 'utf8')) as {
        modules: {
          declarations?: {
            tagName?: string;
            attributes?: {name: string}[];
            cssProperties?: {name: string}[];
          }[];
        }[];
      },
      exports: Object.keys(
        (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {exports: object})
          .exports,
      ),
    };
  };

  it('custom properties and attributes are in custom-elements.json', () => {
    const {text, manifest} = readmes();
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const properties = new Set(elements.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    const unknown = [...text.matchAll(/--mwfa-[a-z-]*[a-z]/g)]
      .map(([name]) => name)
      .filter((name) => !properties.has(name));
    for (const [, tag = '', attributes = ''] of text.matchAll(
      /<(mwfa-[a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*>/g,
    )) {
      const known = new Set(
        elements.find((d) => d.tagName === tag)?.attributes?.map((a) => a.name),
      );
      for (const [, name = ''] of attributes.matchAll(/\s([a-z-]+)/g)) {
        const global =
          ['id', 'class', 'slot', 'title', 'hidden'].includes(name) || /^(aria|data)-/.test(name);
        if (!known.has(name) && !global) unknown.push(`<${tag} ${name}>`);
      }
    }
    expect(unknown).toEqual([]);
  });

  // WordPress removes every attribute its allow-list does not name: one missing there would
  // silently drop from every post saved by an author.
  it('the WordPress allow-list names each element and every one of its attributes', () => {
    const {text, manifest} = readmes();
    const listed = Object.fromEntries(
      [...text.matchAll(/^\s*'(mwfa-[a-z-]+)' => '([a-z -]+)',$/gm)].map(([, tag, names]) => [
        tag,
        [...names!.split(' '), 'lang', 'dir'].sort(),
      ]),
    );
    const documented = Object.fromEntries(
      manifest.modules
        .flatMap((m) => m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName, (d.attributes ?? []).map((a) => a.name).sort()]),
    );
    expect(listed).toEqual(documented);
  });

  // npm shows the README without the repository around it: a link such as `../data` is dead there.
  it('the shipped README links only within itself or to full URLs', () => {
    const {folder} = readmes();
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target!);
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((target) => !/^(#|https:\/\/)/.test(target))).toEqual([]);
  });

  it('import specifiers are exported, and the files named are in the package', () => {
    const {text, folder, exports} = readmes();
    const exported = (subpath: string) =>
      exports.some((key) =>
        key.endsWith('*') ? subpath.startsWith(key.slice(0, -1)) : key === subpath,
      );
    const specifiers = [...text.matchAll(/['"]@mwfa\/elements(\/[^'"]*)?['"]/g)].map(
      ([, subpath = '']) => `.${subpath}`,
    );
    expect(specifiers.length).toBeGreaterThan(5);
    const files = [...text.matchAll(/dist\/cdn\/[\w/.-]*\.js/g)].map(([file]) => file);
    expect(files.length).toBeGreaterThan(3);
    expect([
      ...specifiers.filter((subpath) => !exported(subpath)),
      ...files.filter((file) => !existsSync(join(folder, file))),
    ]).toEqual([]);
  });

  /**
   * The major version the docs name: the package's, or before its first release (0.0.0) the one
   * its first-release changeset makes (`major` on 0.0.0 is 1.0.0).
   */
  function documentedMajor(name: string): string {
    const {version} = JSON.parse(
      readFileSync(join(workspace, 'packages', name, 'package.json'), 'utf8'),
    ) as {version: string};
    if (version !== '0.0.0') return version.split('.')[0]!;
    const changeset = readFileSync(
      join(workspace, `.changeset/${name}-initial-release.md`),
      'utf8',
    );
    return new RegExp(`^['"]@mwfa/${name}['"]: major$`, 'm').test(changeset) ? '1' : '0';
  }

  it('CDN addresses and version ranges in the docs name the major version there is', () => {
    const stories = join(workspace, 'apps/storybook/stories');
    const docs = [
      'README.md',
      'packages/elements/README.md',
      'packages/data/README.md',
      ...readdirSync(stories, {recursive: true, encoding: 'utf8'})
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => join('apps/storybook/stories', file)),
      // Every CDN address the Storybook shows is built from this one.
      'apps/storybook/stories/shared/cdn.ts',
    ];
    const wrong = docs.flatMap((doc) =>
      [...readFileSync(join(workspace, doc), 'utf8').matchAll(/@mwfa\/(data|elements)@\^?(\d+)/g)]
        .filter(([, name, major]) => major !== documentedMajor(name!))
        .map(([address]) => `${doc}: ${address}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('publint and are-the-types-wrong on what is shipped', () => {
  for (const name of ['data', 'elements'] as const) {
    it(`publint --strict: @mwfa/${name}`, async () => {
      const folder = join(installed, 'node_modules/@mwfa', name);
      const result = await run(bin('publint'), ['run', folder, '--strict', '--pack', 'false']).then(
        ({stdout}) => ({ok: true, out: stdout}),
        (error: {stdout: string; stderr: string}) => ({
          ok: false,
          out: error.stdout + error.stderr,
        }),
      );
      expect(result.ok, result.out).toBe(true);
    });

    it(`attw (profile esm-only): @mwfa/${name}`, async () => {
      const result = await run(bin('attw'), [
        tarballs[name],
        '--profile',
        'esm-only',
        '--format',
        'ascii',
      ]).then(
        ({stdout}) => ({ok: true, out: stdout}),
        (error: {stdout: string; stderr: string}) => ({
          ok: false,
          out: error.stdout + error.stderr,
        }),
      );
      expect(result.ok, result.out).toBe(true);
    });
  }
});

describe('pnpm changeset version (dry run on a copy of the workspace)', () => {
  const pendingChangesets = readdirSync(join(workspace, '.changeset')).filter(
    (f) => f.endsWith('.md') && f !== 'README.md',
  );
  // Right after a release every changeset has been consumed: there is nothing to version then.
  it.skipIf(pendingChangesets.length === 0)(
    `gives a coherent release: versions, CHANGELOGs, private apps untouched${pendingChangesets.length === 0 ? ' (skipped: no pending changeset in .changeset/)' : ''}`,
    async () => {
      const copy = join(dir, 'workspace');
      const skip =
        /(^|\/)(node_modules|dist|\.git|\.turbo|\.reports|\.cache|storybook-static)(\/|$)/;
      cpSync(workspace, copy, {
        recursive: true,
        filter: (source) => !skip.test(source.slice(workspace.length)),
      });
      symlinkSync(join(workspace, 'node_modules'), join(copy, 'node_modules'));
      const packageJson = (path: string) =>
        JSON.parse(readFileSync(join(copy, path, 'package.json'), 'utf8')) as {
          version: string;
          dependencies?: Record<string, string>;
        };
      const apps = ['apps/factsheet', 'apps/storybook']
        .filter((a) => existsSync(join(copy, a)))
        .map((a) => [a, packageJson(a).version] as const);
      const unreleased = ['data', 'elements'].filter(
        (name) => packageJson(`packages/${name}`).version === '0.0.0',
      );
      await run(join(workspace, 'node_modules/.bin/changeset'), ['version'], {cwd: copy});

      expect(
        readdirSync(join(copy, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md'),
      ).toEqual([]);
      for (const name of ['data', 'elements']) {
        const pkg = packageJson(`packages/${name}`);
        // A first release is 1.0.0 or later: npm's caret on 0.x takes no later minor release
        // (see .changeset/README.md).
        expect(pkg.version, `@mwfa/${name} version`).toMatch(
          unreleased.includes(name) ? /^[1-9]\d*\.\d+\.\d+$/ : /^\d+\.\d+\.\d+$/,
        );
        const changelog = readFileSync(join(copy, `packages/${name}/CHANGELOG.md`), 'utf8');
        expect(changelog).toContain(`# @mwfa/${name}`);
        expect(changelog).toContain(`## ${pkg.version}`);
        // A first release says what it contains: a fix to what was never released has no
        // earlier version to be relative to (see .changeset/README.md). Changesets' own
        // "Updated dependencies" entry for @mwfa/data is the one patch entry it may have.
        if (unreleased.includes(name)) {
          const patches = changelog.split(/^### Patch Changes$/m)[1]?.split(/^##/m)[0] ?? '';
          const fixes = patches
            .split(/^- /m)
            .slice(1)
            .filter((entry) => !entry.startsWith('Updated dependencies'));
          expect(fixes, `patch entries in @mwfa/${name}'s first CHANGELOG`).toEqual([]);
        }
      }
      expect(packageJson('packages/elements').dependencies?.['@mwfa/data']).toMatch(/^workspace:/);
      for (const [app, version] of apps) {
        expect(packageJson(app).version, `${app} stays unversioned`).toBe(version);
      }
    },
  );

  // The copy above has no git history, so no entry there has a commit to name.
  it('words CHANGELOG entries without the commit hash a reader on npm cannot follow', async () => {
    const {default: changelog} = (await import(join(workspace, '.changeset/changelog.cjs'))) as {
      default: {getReleaseLine: (changeset: {summary: string; commit?: string}) => Promise<string>};
    };
    const line = await changelog.getReleaseLine({
      summary: 'First release.\n\n- **`<mwfa-value>`**: a figure inline.',
      commit: 'c5377f9e0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    });
    expect(line).toBe('- First release.\n\n  - **`<mwfa-value>`**: a figure inline.');
  });
});

// The README's React and Vue examples, as written there, in apps built by Vite and run in Chromium.
// The frameworks come from the registry, pinned, into the same consumer project.
describe('the README’s framework examples, built with Vite, in Chromium', () => {
  const FRAMEWORKS = [
    'react@19.3.1',
    'react-dom@19.3.1',
    '@types/react@19.3.3',
    '@types/react-dom@19.3.0',
    'vue@3.5.45',
    '@vitejs/plugin-vue@6.0.11',
    'vue-tsc@3.3.14',
  ];

  beforeAll(async () => {
    // Without peers: @vitejs/plugin-vue's peer is Vite, and the Vite that builds is this workspace's.
    await npmInstall('--legacy-peer-deps', ...FRAMEWORKS);
    symlinkSync(join(elements, 'node_modules/vite'), join(installed, 'node_modules/vite'));
    // vue-tsc's peer: this workspace's TypeScript.
    symlinkSync(
      join(elements, 'node_modules/typescript'),
      join(installed, 'node_modules/typescript'),
    );
  });

  /** The README's code block in `lang` whose first line is the comment naming `file`. */
  const example = (lang: string, file: string) => {
    const readme = readFileSync('README.md', 'utf8');
    const body = [...readme.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))]
      .map(([, text = '']) => text)
      .find((text) => text.split('\n')[0]!.includes(` ${file}`));
    if (!body) throw new Error(`README.md has no ${lang} example of ${file}`);
    return body;
  };

  /** Writes the app's files (the README's examples and a page around them) and builds it. */
  async function buildApp(name: string, files: Record<string, string>, configFile = false) {
    const site = await buildSite(name, files, {
      configFile: configFile && join(installed, name, 'vite.config.js'),
      // A development build: the frameworks' warnings (Vue's "Failed to resolve component") are
      // only in those.
      define: {'process.env.NODE_ENV': JSON.stringify('development')},
    });
    return join(site, 'dist');
  }

  const page = (script: string, root: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title>
<script type="module" src="./${script}"></script></head><body><div id="${root}"></div></body></html>`;

  /** What a reader of the example app sees and does, the same for every framework. */
  async function expectExampleWorks(root: string) {
    const server = await serve({root, pages: {'/favicon.ico': ''}});
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        // Lit says so once in any development build.
        if (message.text().startsWith('Lit is in dev mode')) return;
        if (['warning', 'error'].includes(message.type())) problems.push(message.text());
      });
      await page.goto(`${server.url}/index.html`);
      const card = page.locator('mwfa-stat-card');
      const chart = page.locator('mwfa-trend-chart');

      // The note: "There are 258 million international migrants worldwide".
      await expect.poll(() => card.locator('[part="base"]').textContent()).toContain('258 million');

      // The observations array arrived as an array: the table lists its five years, 2000-2017
      // (international-migrant-stock has 2000, 2005, 2010, 2015 and 2017 from 2000 on).
      await chart.getByRole('button', {name: 'Show table'}).click();
      expect(await chart.locator('tbody th').allTextContents()).toEqual([
        '2000',
        '2005',
        '2010',
        '2015',
        '2017',
      ]);

      // A key on the chart's slider: the app's mwfa-point-focus handler shows the point.
      await chart.getByRole('slider').focus();
      await page.keyboard.press('End');
      await expect.poll(() => page.locator('p[aria-live]').textContent()).toBe('2017: 257,715,425');

      // The sparkline boolean, from the app's state: on, then off again.
      const toggle = page.getByRole('button', {name: 'Show the trend'});
      await toggle.click();
      await card.locator('[part="sparkline"]').waitFor();
      await toggle.click();
      await card.locator('[part="sparkline"]').waitFor({state: 'detached'});
      expect(await card.getAttribute('sparkline')).toBeNull();

      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }

  it('React 19: properties, a boolean from state and the mwfa-point-focus prop', async () => {
    const root = await buildApp('react', {
      'index.html': page('main.tsx', 'root'),
      'main.tsx': example('tsx', 'main.tsx'),
    });
    await expectExampleWorks(root);
  });

  /**
   * What `compiler` (tsc or vue-tsc) prints for `files` of `site` under a strict configuration,
   * '' when they type-check; `config` adds to it (`jsx`, `vueCompilerOptions`).
   */
  async function typeErrors(
    site: string,
    compiler: string,
    files: string[],
    {jsx, ...config}: {jsx: string; vueCompilerOptions?: object},
  ): Promise<string> {
    writeFileSync(
      join(site, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          jsx,
          lib: ['ES2022', 'DOM'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        ...config,
        files,
      }),
    );
    return run(compiler, ['-p', 'tsconfig.json'], {cwd: site}).then(
      () => '',
      (error: {stdout: string}) => error.stdout,
    );
  }

  it('React 19: the README’s JSX typings type-check its example', async () => {
    const site = join(installed, 'react');
    writeFileSync(join(site, 'mwfa-elements.d.ts'), example('ts', 'mwfa-elements.d.ts'));
    const result = await typeErrors(site, bin('tsc'), ['main.tsx', 'mwfa-elements.d.ts'], {
      jsx: 'react-jsx',
    });
    expect(result).toBe('');
  });

  it('Vue 3: isCustomElement, .prop, a boolean from state and @mwfa-point-focus', async () => {
    const root = await buildApp(
      'vue',
      {
        'index.html': page('main.js', 'app'),
        'vite.config.js': example('js', 'vite.config.js'),
        'main.js': example('js', 'main.js'),
        'App.vue': example('vue', 'App.vue'),
      },
      true,
    );
    await expectExampleWorks(root);
  });

  it('Vue 3: with strictTemplates, vue-tsc accepts the example with the README’s declarations, and needs them', async () => {
    const site = join(installed, 'vue-types');
    mkdirSync(site, {recursive: true});
    writeFileSync(join(site, 'App.vue'), example('vue', 'App.vue'));
    // A card's own footnote, and an attribute <mwfa-value> does not have, which must be refused.
    writeFileSync(
      join(site, 'Card.vue'),
      `<template>
  <mwfa-stat-card indicator="remittances"><span slot="footnote">Note</span></mwfa-stat-card>
  <!-- @vue-expect-error -->
  <mwfa-value indicator="remittances" theme="dark"></mwfa-value>
</template>
`,
    );
    const check = (files: string[]) =>
      typeErrors(site, join(installed, 'node_modules/.bin/vue-tsc'), files, {
        jsx: 'preserve',
        vueCompilerOptions: {strictTemplates: true},
      });
    writeFileSync(join(site, 'mwfa-elements-vue.d.ts'), example('ts', 'mwfa-elements-vue.d.ts'));
    expect(await check(['App.vue', 'Card.vue', 'mwfa-elements-vue.d.ts'])).toBe('');
    expect(await check(['App.vue'])).toContain("Property 'mwfa-stat-card' does not exist");
  });
});
