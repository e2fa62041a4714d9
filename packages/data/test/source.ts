import {existsSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {expect, it} from 'vitest';
import {sourceDir} from './paths.js';

/**
 * Declares `checks` on the text of `file` in `sourceDir` (the note, or the primary sources'
 * figures behind the context series). The folder lives outside the repository: without the file
 * nothing can be checked, which in CI is a failure; elsewhere the checks are skipped and say why.
 */
export function withSourceFile(file: string, what: string, checks: (text: string) => void): void {
  const path = resolve(sourceDir, file);
  if (existsSync(path)) {
    checks(readFileSync(path, 'utf8'));
    return;
  }
  const missing = `${file} not found at ${path} (set MWFA_SOURCE_DIR to the folder that holds it)`;
  // As CI services set it; `CI=false` (or 0) is a local run, as `npm test` reads it.
  if (!['', '0', 'false'].includes(process.env.CI ?? '')) {
    it(`${what}: the source text is there`, () => {
      expect.fail(missing);
    });
    return;
  }
  console.warn(`@mwfa/data ${what} SKIPPED: ${missing}`);
  it.skip(`${what}: SKIPPED, ${missing}`, () => {});
}
