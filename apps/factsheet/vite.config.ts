import {getClaimCheck} from '@mwfa/data/claims';
import {getContextFigure} from '@mwfa/data/context-figures';
import {getSeries} from '@mwfa/data/series';
import {getSource, sources} from '@mwfa/data/sources';
import {defineConfig, type Plugin} from 'vite';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

/** The publishers of the sources a claim check's evidence comes from, each once. */
function evidencePublishers(evidence: readonly string[]): string[] {
  const ids = evidence.map((reference) => {
    const [id = '', year] = reference.split('@');
    return year ? getSeries(id)?.source : getContextFigure(id)?.source;
  });
  return [...new Set(ids.map((id) => (id && getSource(id)?.publisher) ?? ''))].filter(Boolean);
}

/**
 * Where a primary source does not say what the report says (`agrees-in-magnitude`, `differs` or
 * `holds-for-subset` in @mwfa/data's claim checks), the card says so in its footnote: the report's
 * figure stays the report's, and the reader sees the difference. Such a figure shown only where
 * no footnote fits (an inline `<mwfa-value>`) fails the build instead of losing its note.
 */
function claimFootnotes(): Plugin {
  return {
    name: 'factsheet-claim-footnotes',
    transformIndexHtml(html) {
      const annotated = new Set<string>();
      const page = html.replace(
        /<mwfa-stat-card\b[^>]*\sindicator="([^"]+)"[^>]*>/g,
        (card, id: string) => {
          const check = getClaimCheck(id);
          if (!check || check.verdict === 'agrees') return card;
          annotated.add(id);
          const from = evidencePublishers(check.evidence).join('; ');
          const note = `Checked against the primary source${from ? ` (${from})` : ''}: ${check.note}`;
          return `${card}<span slot="footnote">${escape(note)}</span>`;
        },
      );
      const unannotated = [...page.matchAll(/\sindicator="([^"]+)"/g)]
        .map(([, id = '']) => id)
        .filter(
          (id) => !annotated.has(id) && (getClaimCheck(id)?.verdict ?? 'agrees') !== 'agrees',
        );
      if (unannotated.length > 0)
        throw new Error(
          `${[...new Set(unannotated)].join(', ')}: the primary source differs, but the page shows ` +
            'the figure only where its claim check cannot be noted; show it on a stat card too.',
        );
      return page;
    },
  };
}

// A static page: `vite build` writes dist/, `node scripts/prerender.mjs` then renders the
// elements into it with @mwfa/elements/ssr (see package.json).
export default defineConfig({
  plugins: [sourcesList(), claimFootnotes()],
  build: {target: 'es2022'},
  preview: {port: 4173, strictPort: false},
});
