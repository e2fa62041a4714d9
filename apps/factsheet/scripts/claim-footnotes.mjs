// Where a primary source does not say what the report says (`agrees-in-magnitude`, `differs` or
// `holds-for-subset` in @mwfa/data's claim checks), the card says so in its footnote: the
// report's figure stays the report's, and the reader sees the difference. Built from the data at
// build time (vite.config.ts), never typed by hand.
import {getClaimCheck} from '@mwfa/data/claims';
import {getContextFigure} from '@mwfa/data/context-figures';
import {getSeries} from '@mwfa/data/series';
import {getSource} from '@mwfa/data/sources';

/** @param {string} text */
export const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `text` with its figures kept whole on a line: a no-break space joins a number to its "%" or
 * scale word and "US$" to its number ("48 %", "US$ 596 billion" were split on phones).
 * @param {string} text
 */
const unbroken = (text) =>
  text
    .replace(/(\d) (?=%|bn\b|billion\b|million\b|trillion\b)/g, '$1\u00a0')
    .replace(/US\$ (?=\d)/g, 'US$\u00a0');

/**
 * The publishers of the sources a claim check's evidence comes from, each once.
 * @param {readonly string[]} evidence
 */
function evidencePublishers(evidence) {
  const ids = evidence.map((reference) => {
    const [id = '', year] = reference.split('@');
    return year ? getSeries(id)?.source : getContextFigure(id)?.source;
  });
  return [...new Set(ids.map((id) => (id && getSource(id)?.publisher) ?? ''))].filter(Boolean);
}

/**
 * `html` with a footnote in every stat card whose figure its primary source does not confirm.
 * Throws when such a figure is shown only where no footnote fits (an inline `<mwfa-value>`),
 * rather than lose its note.
 * @param {string} html
 */
export function annotateClaims(html) {
  const annotated = new Set();
  const page = html.replace(/<mwfa-stat-card\b[^>]*\sindicator="([^"]+)"[^>]*>/g, (card, id) => {
    const check = getClaimCheck(id);
    if (!check || check.verdict === 'agrees') return card;
    annotated.add(id);
    const from = evidencePublishers(check.evidence).join('; ');
    const note = `Checked against the primary source${from ? ` (${from})` : ''}: ${check.note}`;
    return `${card}<span slot="footnote">${escape(unbroken(note))}</span>`;
  });
  const unannotated = [...page.matchAll(/\sindicator="([^"]+)"/g)]
    .map(([, id = '']) => id)
    .filter((id) => !annotated.has(id) && (getClaimCheck(id)?.verdict ?? 'agrees') !== 'agrees');
  if (unannotated.length > 0) {
    throw new Error(
      `${[...new Set(unannotated)].join(', ')}: the primary source differs, but the page shows ` +
        'the figure only where its claim check cannot be noted; show it on a stat card too.',
    );
  }
  return page;
}

/** @returns {import('vite').Plugin} */
export function claimFootnotes() {
  return {name: 'factsheet-claim-footnotes', transformIndexHtml: annotateClaims};
}
