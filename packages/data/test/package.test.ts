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

  it('zod and the CSV library stay out of the runtime modules', () => {
    const modules = readdirSync(distDir).filter((file) => file.endsWith('.js'));
    const leaked = modules.filter((file) =>
      /zod|csv-stringify/.test(readFileSync(resolve(distDir, file), 'utf8')),
    );
    expect(leaked).toEqual([]);
  });
});
