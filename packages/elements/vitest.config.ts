import {defineConfig} from 'vitest/config';

// Pure modules (formatting, locale, geometry) are tested in Node; elements in Chromium (wtr).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
    exclude: ['src/**/*.browser.test.ts'],
    // A guard against a hang: the slowest take 0.2 s alone, and 5 s (the default) ran out on a
    // machine loaded thirty-fold.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: {json: '.reports/vitest.json'},
  },
});
