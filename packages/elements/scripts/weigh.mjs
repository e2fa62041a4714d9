// How the size scripts (size.mjs, size-breakdown.mjs) build and weigh a script-tag bundle.
import {brotliCompressSync, constants} from 'node:zlib';
import {build} from 'vite';
import {cdnBundles, cdnConfig} from './cdn.mjs';

/** Bytes of `code` compressed with brotli at quality 11, as a CDN serves it. */
export const brotli = (code) =>
  brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/**
 * Builds the script-tag bundle `name` in memory (nothing is written) and returns its one chunk.
 * `withData: false` leaves @mwfa/data external: everything of ours and of Lit, none of the
 * figures. `sourcemap: true` adds the chunk's source map (`chunk.map`).
 */
export async function bundleInMemory(name, {withData = true, sourcemap = false} = {}) {
  const config = cdnConfig(`${name}${withData ? '' : '-no-data'}`, cdnBundles[name], {
    external: withData ? [] : [/^@mwfa\/data($|\/)/],
    write: false,
    bundle: name,
  });
  config.build.sourcemap = sourcemap;
  const output = await build(config);
  return (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .find((file) => file.type === 'chunk');
}
