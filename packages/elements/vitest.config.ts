import {defineConfig} from 'vitest/config';

// Pure modules (formatting, locale, geometry) are tested in Node; elements in Chromium (wtr).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
    exclude: ['src/**/*.browser.test.ts'],
    reporters: ['default', 'json'],
    outputFile: {json: '.reports/vitest.json'},
  },
});
