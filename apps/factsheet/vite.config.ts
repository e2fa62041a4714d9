import {sources} from '@mwfa/data/sources';
import {defineConfig, type Plugin} from 'vite';
import {claimFootnotes, escape} from './scripts/claim-footnotes.mjs';

/** The list of sources at the end of the page, from @mwfa/data (never typed by hand). */
function sourcesList(): Plugin {
  return {
    name: 'factsheet-sources',
    transformIndexHtml(html) {
      const items = sources.map((source) => {
        const title = source.url
          ? `<a href="${escape(source.url)}">${escape(source.title)}</a>`
          : `<cite>${escape(source.title)}</cite>`;
        const symbol = source.symbol ? ` (${escape(source.symbol)})` : '';
        // A comma before the vintage, as the elements cite: some begin in lower case ("on report
        // A/72/643 of 12 December 2017").
        return `<li id="source-${escape(source.id)}">${escape(source.publisher)}: ${title}${symbol}, ${escape(source.vintage)}.</li>`;
      });
      return html.replace(
        '<!-- mwfa:sources (filled from @mwfa/data at build) -->',
        `<ol class="sources">\n${items.join('\n')}\n</ol>`,
      );
    },
  };
}

// A static page: `vite build` writes dist/, `node scripts/prerender.mjs` then renders the
// elements into it with @mwfa/elements/ssr (see package.json).
export default defineConfig({
  plugins: [sourcesList(), claimFootnotes()],
  // CSS for browsers with light-dark() (as the elements use): lowered to a prefers-color-scheme
  // query it would follow the screen's scheme on paper too, whatever the page's color-scheme.
  build: {target: 'es2022', cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5']},
  preview: {port: 4173, strictPort: false},
});
