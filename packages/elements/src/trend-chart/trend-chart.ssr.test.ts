import {render} from '@lit-labs/ssr';
import {collectResultSync} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import {describe, expect, it} from 'vitest';
import '../locales/fr.js';
import '../trend-chart.js';

/** Text of server output, tags and Lit's comment markers removed. */
const textOf = (markup: string) =>
  markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<style[^]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('<mwfa-trend-chart> rendered on a server (@lit-labs/ssr)', () => {
  it('reads without JavaScript: title, summary sentence and the data table', () => {
    const markup = collectResultSync(
      render(html`<mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart>`),
    );
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    const text = textOf(markup);
    expect(text).toContain('International migrants');
    expect(text).toContain(
      'International migrants rose from 153 million in 1990 to 258 million in 2017, +69%.',
    );
    expect(text).toContain('1990 152,542,373');
    expect(text).toContain('2017 257,715,425');
    // Strict CSP: no inline style attributes in the server output.
    expect(markup).not.toMatch(/\sstyle=/);
  });

  it('renders in the language of its lang attribute', () => {
    const markup = collectResultSync(
      render(
        html`<mwfa-trend-chart lang="fr" series="international-migrant-stock"></mwfa-trend-chart>`,
      ),
    );
    expect(textOf(markup)).toContain('en hausse, de 153 millions en 1990 à 258 millions en 2017');
  });

  it('draws the labels of both axes and a mark on every point', () => {
    const markup = collectResultSync(
      render(html`<mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart>`),
    );
    const labels = [...markup.matchAll(/<text[^>]*>([^]*?)<\/text>/g)].map(([, inner]) =>
      textOf(inner!).trim(),
    );
    expect(labels).toEqual(expect.arrayContaining(['1990', '2000', '2017']));
    expect(labels).toEqual(expect.arrayContaining(['0', '100 million', '300 million']));
    // One closed circle per point, in one path: seven points.
    const mark = /<path class="mark" d="([^"]*)"/.exec(markup);
    expect(mark?.[1]?.match(/Z/g)).toHaveLength(7);
  });
});
