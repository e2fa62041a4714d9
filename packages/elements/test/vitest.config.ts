import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// Drop-in tests (the CDN bundle on hostile pages in Chromium) and the package contract (packed
// tarballs in a fresh project). Node runs them; they drive Chromium through playwright-core.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default', 'json'],
    outputFile: {json: '.reports/drop-in.json'},
  },
});
