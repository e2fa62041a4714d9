import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {build, type Rolldown} from 'vite';
import {afterAll, describe, expect, it} from 'vitest';
import {packageDir} from './paths.js';

// The consumer lives inside the package folder so that `@mwfa/data` resolves to the built
// package through its own `exports` (a package may import itself by name).
const dir = mkdtempSync(join(packageDir, '.tree-shaking-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

async function bundle(code: string): Promise<string> {
  const entry = join(dir, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, code);
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    build: {
      write: false,
      minify: false,
      lib: {entry, formats: ['es'], fileName: 'out'},
    },
  })) as Rolldown.RolldownOutput[];
  return result
    .flatMap((output) => output.output)
    .map((chunk) => (chunk.type === 'chunk' ? chunk.code : ''))
    .join('\n');
}

describe('tree-shaking', () => {
  it('importing getIndicator from @mwfa/data/indicators bundles no series, message or source text', async () => {
    const code = await bundle(
      "import {getIndicator} from '@mwfa/data/indicators';\nconsole.log(getIndicator('remittances'));\n",
    );
    // The indicators are there ...
    expect(code).toContain('Approximately $600 billion was sent in remittances in 2017');
    // ... and nothing of the series,
    expect(code).not.toContain('International migrant stock at mid-year');
    expect(code).not.toContain('257715425');
    // the key messages,
    expect(code).not.toContain('xenophobic political narratives');
    expect(code).not.toContain('Global Compact for Safe, Orderly and Regular Migration');
    // or the sources' metadata.
    expect(code).not.toContain('Trends in International Migrant Stock');
  }, 30_000);

  it('the same bundle through the root entry keeps the unused collections out too', async () => {
    const code = await bundle(
      "import {getIndicator} from '@mwfa/data';\nconsole.log(getIndicator('remittances'));\n",
    );
    expect(code).toContain('Approximately $600 billion');
    expect(code).not.toContain('International migrant stock at mid-year');
    expect(code).not.toContain('xenophobic political narratives');
  }, 30_000);

  it('the check can fail: importing the series does bundle the series text', async () => {
    const code = await bundle(
      "import {getSeries} from '@mwfa/data/series';\nconsole.log(getSeries('x'));\n",
    );
    expect(code).toContain('International migrant stock at mid-year');
  }, 30_000);
});
