// Bundles the element (with Lit, d3 and the data it uses) exactly as the shipped script-tag
// bundle `dist/cdn/trend-chart.js` is built (scripts/cdn.mjs: same plugins, CSS minified, Lit's
// production build), so the benchmark and the screenshots measure what readers download.
import {fileURLToPath} from 'node:url';
import {build} from 'vite';
import {cdnBundles, cdnConfig} from '../scripts/cdn.mjs';

const elements = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${elements}node_modules/.cache/mwfa-bench`;

/**
 * Writes `node_modules/.cache/mwfa-bench/trend-chart.js` (ignored by git, ESLint and Prettier)
 * and returns its path.
 */
export async function bundleTrendChart() {
  const config = cdnConfig('trend-chart', cdnBundles['trend-chart'], {outDir});
  await build({...config, root: elements});
  return `${outDir}/trend-chart.js`;
}
