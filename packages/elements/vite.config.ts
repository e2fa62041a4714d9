import {defineConfig, type Plugin} from 'vite';
import {minifyCssLiteralsPlugin} from './scripts/minify-css-literals.mjs';

/** Public entry points of the unbundled ESM build; each maps to a `src/*.ts` file. */
const entries = ['index', 'stat-card', 'value', 'key-message', 'trend-chart', 'ssr/index'];

/**
 * package.json's `sideEffects` names the dist/ files, so seen from src/ the registering entry
 * modules look side-effect free, and `dist/index.js` would import the classes without the
 * define() calls. The hook result outranks package.json. (scripts/cdn.mjs has the same.)
 */
function registeringModules(): Plugin {
  return {
    name: 'mwfa-registering-modules',
    transform(code, id) {
      if (/[\\/]src[\\/](index|stat-card|value|key-message|trend-chart)\.ts$/.test(id)) {
        return {code, map: null, moduleSideEffects: true};
      }
      return undefined;
    },
  };
}

// Lit, d3 and the data stay dependencies (Lit's publishing guidance): the consumer's bundler
// dedupes them. Modules are preserved so every element can be imported alone. `ssr/index` is
// the Node-only server renderer (@mwfa/elements/ssr); the script-tag bundles are built by
// scripts/cdn.mjs.
export default defineConfig({
  plugins: [registeringModules(), minifyCssLiteralsPlugin()],
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(entries.map((name) => [name, `src/${name}.ts`])),
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^@mwfa\/data($|\/)/, /^node:/],
      output: {preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js'},
    },
  },
});
