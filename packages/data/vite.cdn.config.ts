import {readFileSync} from 'node:fs';
import {defineConfig} from 'vite';

const {version} = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const copyright = /^Copyright .*$/m.exec(
  readFileSync(new URL('./LICENSE', import.meta.url), 'utf8'),
)?.[0];

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
        // A copy served or saved alone names its licence, as MIT asks.
        banner: `/*! @mwfa/data ${version} | ${copyright} | MIT License: https://unpkg.com/@mwfa/data@${version}/LICENSE */`,
      },
    },
  },
});
