import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

/** packages/data */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The repository root (the clone). */
export const repoRoot = resolve(packageDir, '../..');
/** The built files consumers get. */
export const distDir = resolve(packageDir, 'dist');

/**
 * Where the background note lives: `$MWFA_SOURCE_DIR` (a relative path from the repository root,
 * as `npm test` reads it), else `shared/source/` beside the clone (`<repo root>/../shared/source/`),
 * as on a developer machine and in CI.
 */
export const sourceDir = resolve(repoRoot, process.env.MWFA_SOURCE_DIR || '../shared/source');
