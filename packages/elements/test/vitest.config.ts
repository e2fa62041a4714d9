import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// Drop-in tests (the CDN bundle on hostile pages in Chromium) and the package contract (packed
// tarballs in a fresh project). Node runs them; they drive Chromium through playwright-core.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    // A guard against a hang, not a speed check. Some tests run compilers and builds (tsc twice
    // over both packages' types, attw, Vite): the type-check took 11 s in a whole `npm test`, 33 s
    // beside another job's Chromium on a 2-core machine, and over 60 s with both cores busy too.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    reporters: ['default', 'json'],
    outputFile: {json: '.reports/drop-in.json'},
  },
});
