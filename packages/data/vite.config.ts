import {defineConfig} from 'vite';

// One ES module per public entry, so importing indicators alone never pulls in the series.
export default defineConfig({
  build: {
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        indicators: 'src/indicators.ts',
        'key-messages': 'src/key-messages.ts',
        series: 'src/series.ts',
        sources: 'src/sources.ts',
      },
      formats: ['es'],
    },
  },
});
