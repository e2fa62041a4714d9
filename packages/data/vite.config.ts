import {readFileSync} from 'node:fs';
import {defineConfig, type Plugin} from 'vite';
import {renderFiles} from './scripts/build-data.js';
import {claimChecks} from './src/claims.js';
import {contextFigures} from './src/context-figures.js';
import {indicators} from './src/indicators.js';
import {keyMessages, milestones} from './src/key-messages.js';
import {series} from './src/series.js';
import {sources} from './src/sources.js';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};

/** Validates every record (failing the build with record id and field) and emits JSON, CSV, Data Package and JSON Schema. */
function dataFiles(): Plugin {
  return {
    name: 'mwfa-data-files',
    apply: 'build',
    generateBundle() {
      const data = {
        indicators,
        keyMessages,
        milestones,
        series,
        contextFigures,
        claimChecks,
        sources,
      };
      for (const [fileName, source] of renderFiles(data, pkg.version, pkg.description)) {
        this.emitFile({type: 'asset', fileName, source});
      }
    },
  };
}

// One ES module per public entry, so importing indicators alone never pulls in the series.
export default defineConfig({
  define: {__MWFA_DATA_VERSION__: JSON.stringify(pkg.version)},
  plugins: [dataFiles()],
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
        'context-figures': 'src/context-figures.ts',
        claims: 'src/claims.ts',
        version: 'src/version.ts',
        'close-matches': 'src/close-matches.ts',
      },
      formats: ['es'],
    },
  },
});
