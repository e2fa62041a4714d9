import {readFileSync} from 'node:fs';
import {defineConfig} from 'vite';
import {licenceBanner} from '../../.scripts/licence-banner.mjs';

const {version} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The whole package in one file, the package's `unpkg` and `jsdelivr` file: jsDelivr serves it at
// the short address (`https://cdn.jsdelivr.net/npm/@mwfa/data@1`) without redirecting, so the
// relative imports of dist/index.js would resolve against /npm/@mwfa/ and fail.
export default defineConfig({
  define: {__MWFA_DATA_VERSION__: JSON.stringify(version)},
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: false,
    copyPublicDir: false,
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {entry: 'src/index.ts', formats: ['es'], fileName: () => 'data.js'},
    rolldownOptions: {
      output: {
        codeSplitting: false,
        comments: {legal: true, annotation: false, jsdoc: false},
        minify: true,
        banner: licenceBanner(new URL('./', import.meta.url)),
      },
    },
  },
});
