import {defineConfig} from 'vite';

/** Public entry points of the unbundled ESM build; each maps to a `src/*.ts` file. */
const entries = ['index', 'stat-card', 'value', 'key-message', 'trend-chart'];

// Lit, d3 and the data stay dependencies (Lit's publishing guidance): the consumer's bundler
// dedupes them. Modules are preserved so every element can be imported alone.
export default defineConfig({
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: Object.fromEntries(entries.map((name) => [name, `src/${name}.ts`])),
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^d3-/, /^@mwfa\/data($|\/)/],
      output: {preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js'},
    },
  },
});
