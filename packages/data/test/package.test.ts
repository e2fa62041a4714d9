import {execFileSync} from 'node:child_process';
import {readFileSync, readdirSync} from 'node:fs';
import {resolve} from 'node:path';
import {publint} from 'publint';
import {formatMessage} from 'publint/utils';
import {describe, expect, it} from 'vitest';
import {distDir, packageDir} from './paths.js';

describe('package contract', () => {
  it('publint finds no error or warning in what npm would pack', async () => {
    const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as unknown;
    const {messages} = await publint({pkgDir: packageDir, pack: 'npm', level: 'warning'});
    expect(messages.map((message) => formatMessage(message, pkg as never))).toEqual([]);
  }, 60_000);

  // @mwfa/elements documents `stat-card.js`, this package `indicators`: a developer who guesses
  // one package's spelling from the other's must find the module either way.
  it('Node resolves every module subpath with and without .js, and claim-checks as claims', () => {
    const {exports} = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const subpaths = Object.keys(exports).filter(
      (key) => key !== '.' && typeof exports[key] === 'object',
    );
    const bare = [...new Set(subpaths.map((key) => key.replace(/\.js$/, '')))];
    const spellings = [
      ...bare.map((subpath) => [subpath, `${subpath}.js`]),
      ['./claims', './claim-checks'],
      ['./claims.json', './claim-checks.json'],
    ];
    // Resolved by Node itself, from inside the package (a package may import itself by name).
    const resolved = JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const r = (s) => { try { return import.meta.resolve('@mwfa/data' + s.slice(1)); } catch (e) { return e.code; } };
console.log(JSON.stringify(${JSON.stringify(spellings)}.map((pair) => pair.map(r))));`,
        ],
        {cwd: packageDir, encoding: 'utf8'},
      ),
    ) as [string, string][];
    expect(subpaths.length).toBeGreaterThanOrEqual(8);
    expect(
      resolved
        .map(([a, b], i) => (a === b && a.startsWith('file:') ? '' : spellings[i]!.join(' ')))
        .filter(Boolean),
    ).toEqual([]);
  });

  it('the ES modules import nothing but each other, so they load from a CDN as they are', () => {
    const modules = readdirSync(distDir).filter((file) => file.endsWith('.js'));
    const bare = modules.flatMap((file) =>
      [...readFileSync(resolve(distDir, file), 'utf8').matchAll(/\bfrom\s+["']([^"']+)["']/g)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => !specifier.startsWith('./'))
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(modules).toContain('indicators.js');
    expect(bare).toEqual([]);
  });

  // jsDelivr serves the default file at the short address without redirecting: dist/index.js
  // asked for /npm/@mwfa/indicators.js there, a 404.
  it('the CDN’s default file (unpkg, jsdelivr) is the whole package in one module', async () => {
    const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as {
      unpkg: string;
      jsdelivr: string;
    };
    expect(pkg.jsdelivr).toBe(pkg.unpkg);
    const code = readFileSync(resolve(packageDir, pkg.unpkg), 'utf8');
    // From a data: URL a relative import has nothing to resolve against, as at the short address.
    const alone = (await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    )) as Record<string, unknown>;
    const full = (await import('@mwfa/data')) as Record<string, unknown>;
    expect(Object.keys(alone).sort()).toEqual(Object.keys(full).sort());
    for (const name of ['indicators', 'keyMessages', 'series', 'sources', 'version']) {
      expect(alone[name], name).toEqual(full[name]);
    }
  });

  it('zod and the CSV library stay out of the runtime modules', () => {
    const modules = readdirSync(distDir).filter((file) => file.endsWith('.js'));
    const leaked = modules.filter((file) =>
      /zod|csv-stringify/.test(readFileSync(resolve(distDir, file), 'utf8')),
    );
    expect(leaked).toEqual([]);
  });
});
