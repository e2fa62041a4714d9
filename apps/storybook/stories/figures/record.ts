import type {Source} from '@mwfa/data';
import {requireSource} from '@mwfa/data/sources';
import {html, nothing, type TemplateResult} from 'lit';
import {gallery} from '../shared/gallery.js';

/** The page of one record of `@mwfa/data` in these docs (Data › Indicators, Key messages, Series). */
export const recordPath = (group: 'indicators' | 'key-messages' | 'series', id: string) =>
  `./?path=/story/data-${group}--${id}`;

/** Links to the pages of other records, as a list in words ("a, b and c"). */
export function recordLinks(group: Parameters<typeof recordPath>[0], ids: readonly string[]) {
  return ids.map(
    (id, n) =>
      html`${n === 0 ? '' : n === ids.length - 1 ? ' and ' : ', '}<a
          href=${recordPath(group, id)}
          target="_top"
          ><code>${id}</code></a
        >`,
  );
}

/** A source as these docs cite it: publisher, title (linked where it has an address), release. */
function citation(source: Source) {
  // In the whole window: many sites refuse to be shown in the docs' frame.
  const title = source.url
    ? html`<a href=${source.url} target="_top">${source.title}</a>`
    : source.title;
  return html`${source.publisher},
    <cite>${title}</cite>${source.symbol ? ` (${source.symbol})` : ''}, ${source.vintage}`;
}

interface RecordPage {
  /** What the gallery's list is called by a screen reader. */
  label: string;
  /** The element, and its markup as a page writes it. */
  item: readonly [element: TemplateResult, markup: string];
  /** Stat cards fit the narrow column; callouts and charts take the wide one. */
  wide: boolean;
  /** The words of the note the record quotes, where it quotes them. */
  quote?: string;
  source: Source['id'];
  /** Where in the source: the note's section. */
  locator?: string;
  /** What the package says besides (how a figure was read, which release). */
  notes: readonly (string | undefined)[];
  /** Links to the records it belongs with. */
  related: TemplateResult | typeof nothing;
  record: object;
}

/**
 * One record's page: its element and markup (as in the galleries of Data › Figures), then where
 * the figure comes from and the record as `@mwfa/data` gives it. The sidebar's search finds
 * each record by its id. Written in English whatever the toolbar's language: only the element
 * follows it.
 */
export function recordPage(globals: Record<string, unknown>, page: RecordPage) {
  const source = requireSource(page.source);
  return html`${gallery(globals, page.label, page.wide, [page.item])}
    <div class="mwfa-record" lang="en" dir="ltr">
      <h2>Where it comes from</h2>
      ${page.quote ? html`<blockquote><p>${page.quote}</p></blockquote>` : nothing}
      <p>${citation(source)}${page.locator ? html`, section “${page.locator}”` : nothing}.</p>
      ${page.notes.filter(Boolean).map((note) => html`<p>${note}</p>`)} ${page.related}
      <details>
        <summary>The record in <code>@mwfa/data</code></summary>
        <pre><code>${JSON.stringify(page.record, null, 2)}</code></pre>
      </details>
    </div>`;
}
