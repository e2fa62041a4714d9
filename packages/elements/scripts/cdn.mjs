// The self-contained script-tag bundles: Lit and @mwfa/data inlined, minified, one file
// per bundle (no shared chunks, so one <script type="module"> is all a page needs). The data
// goes in without the record fields no element reads (scripts/drop-unread-data.mjs).
import {pathToFileURL} from 'node:url';
import {build} from 'vite';
import {licenceBanner} from '../../../.scripts/licence-banner.mjs';
import {dropUnreadData, unreadFields} from './drop-unread-data.mjs';
import {minifyLitLiteralsPlugin} from './minify-lit-literals.mjs';
import {registeringEntries} from './elements.mjs';
import {registeringModules} from './registering-modules.mjs';
import {staticDataImports} from './static-data-imports.mjs';

// A self-hosted bundle travels without the package's LICENSE, whose full texts cover Lit's and
// d3-array's code in it too.
const banner = licenceBanner(
  new URL('..', import.meta.url),
  ', full text and the licences of the code included',
);

/** Bundle name -> entry module. `mwfa` registers every element and carries all the data. */
export const cdnBundles = Object.fromEntries(
  Object.entries(registeringEntries).map(([name, entry]) => [
    name === 'index' ? 'mwfa' : name,
    entry,
  ]),
);

/**
 * Vite options for one bundle. `external` keeps modules out (the size check uses it to weigh
 * the elements without @mwfa/data); `write: false` returns the code instead of writing it.
 * `bundle` is the cdnBundles name, when the file is named otherwise: it picks the data fields
 * left out.
 */
export function cdnConfig(
  name,
  entry,
  {external = [], write = true, outDir = 'dist/cdn', bundle = name} = {},
) {
  return {
    configFile: false,
    logLevel: 'warn',
    // Lit's production build, no dev-mode warnings; nothing from `public/`.
    mode: 'production',
    publicDir: false,
    // The data records without the fields no element of the bundle reads (npm consumers keep
    // them all).
    plugins: [
      registeringModules(),
      staticDataImports(),
      minifyLitLiteralsPlugin(),
      dropUnreadData({modules: unreadFields(bundle)}),
    ],
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      write,
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {entry, formats: ['es'], fileName: () => `${name}.js`},
      rolldownOptions: {
        external,
        // Licence notices (`@license`, `/*!`) stay: Lit's BSD licence and d3-array's ISC
        // licence ask that copies carry them, and a self-hosted bundle travels alone.
        output: {
          banner,
          codeSplitting: false,
          minify: true,
          comments: {legal: true, annotation: false, jsdoc: false},
        },
      },
    },
  };
}

/** Builds every bundle into dist/cdn/. */
export async function buildCdn() {
  for (const [name, entry] of Object.entries(cdnBundles)) {
    await build(cdnConfig(name, entry));
  }
}

// Run directly (`node scripts/cdn.mjs`), not imported: compared as URLs, so that paths with
// spaces or non-ASCII characters (percent-encoded in import.meta.url) match too.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCdn();
}
