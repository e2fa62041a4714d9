import {defineConfig} from 'vite';
import {registeringEntries} from './scripts/elements.mjs';
import {minifyLitLiteralsPlugin} from './scripts/minify-lit-literals.mjs';
import {registeringModules} from './scripts/registering-modules.mjs';
import {ssrAttributes} from './scripts/ssr-attributes.mjs';

/** Public entry points of the unbundled ESM build: output name -> source module. */
const entries = {
  ...registeringEntries,
  'ssr/index': 'src/ssr/index.ts',
  'ssr/hydrate': 'src/ssr/hydrate.ts',
};

// Lit and the data stay dependencies (Lit's publishing guidance): the consumer's bundler
// dedupes them. Modules are preserved so every element can be imported alone. `ssr/index` is
// the Node-only server renderer (@mwfa/elements/ssr), with its attribute allow-list built in
// from custom-elements.json; `ssr/hydrate` is the browser's hydration support
// (@mwfa/elements/hydrate.js). The script-tag bundles are built by scripts/cdn.mjs.
export default defineConfig({
  plugins: [registeringModules(), minifyLitLiteralsPlugin(), ssrAttributes()],
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: entries,
      formats: ['es'],
    },
    rolldownOptions: {
      external: [
        /^lit($|\/)/,
        /^@lit\//,
        /^@lit-labs\//,
        /^@mwfa\/data($|\/)/,
        /^entities\//,
        /^node:/,
      ],
      output: {preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js'},
    },
  },
});
