import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/build-if-stale.ts'],
    // The type tests (test/*.test-d.ts) run through tsc, which also fails the run on any type
    // error elsewhere in the project.
    typecheck: {enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json'},
    reporters: ['default', 'json'],
    outputFile: {json: '.reports/vitest.json'},
  },
});
