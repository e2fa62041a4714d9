import {defineConfig} from 'vite';
import {minifyCssLiteralsPlugin} from './scripts/minify-css-literals.mjs';
import {registeringModules} from './scripts/registering-modules.mjs';

/** Public entry points of the unbundled ESM build; each maps to a `src/*.ts` file. */
const entries = ['index', 'stat-card', 'value', 'key-message', 'trend-chart', 'ssr/index'];

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
