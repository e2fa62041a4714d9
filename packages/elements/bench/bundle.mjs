// Bundles the element (with Lit, d3 and the data it uses) the way a consumer's bundler would:
// one minified ES module, so the benchmark and the screenshots measure what readers download.
import {fileURLToPath} from 'node:url';
import {build} from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes `node_modules/.cache/mwfa-bench/trend-chart.js` (ignored by git, ESLint and Prettier)
 * and returns its path.
 */
export async function bundleTrendChart() {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: here,
    build: {
      target: 'es2022',
      outDir: `${here}../node_modules/.cache/mwfa-bench`,
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: `${here}../src/trend-chart.ts`,
        formats: ['es'],
        fileName: () => 'trend-chart.js',
      },
    },
  });
  return `${here}../node_modules/.cache/mwfa-bench/trend-chart.js`;
}
