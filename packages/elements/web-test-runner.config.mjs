import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter, summaryReporter} from '@web/test-runner';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromium, freePort, jsonSummaryReporter} from '../../.scripts/wtr-shared.mjs';

export default {
  // pnpm links dependencies from the workspace root: serve from there so they resolve.
  rootDir: '../..',
  files: 'src/**/*.browser.test.ts',
  // Not the first free one from 8000 up, which runs started together both take (see freePort).
  port: await freePort(),
  nodeResolve: {exportConditions: ['browser', 'production']},
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: 'tsconfig.json'})],
  browsers: [chromium(playwrightLauncher)],
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
  reporters: [defaultReporter(), summaryReporter({flatten: false}), jsonSummaryReporter()],
};
