import {html, nothing} from 'lit';
import {formatNumber} from '../internal/format.js';
import {TABLE_ROWS} from './trend-chart.data.js';
import {formatExact, formatYear} from './trend-chart.format.js';
import type {TrendChartMessages} from './trend-chart.messages.js';
import {valueHeader, type Model} from './trend-chart.model.js';

/** The languages and direction the table is written in, and its caption as the page shows it. */
export interface TableContext {
  /** The chart's title, marked as English where it is the data's. */
  caption: unknown;
  ui: TrendChartMessages;
  /** The language the figures are formatted for. */
  lang: string;
  /** `en` where the chart's own words (the headings, a point's kind) are English on another page. */
  wordsLang: 'en' | typeof nothing;
  /** Direction of the page's language, in which the figures are set. */
  dir: 'ltr' | 'rtl';
  /** Some points are not observations: a column says what each is. */
  kinds: boolean;
}

/** The chart's data as a table of its first TABLE_ROWS points, with a note when there are more. */
export function dataTable(model: Model, {caption, ui, lang, wordsLang, dir, kinds}: TableContext) {
  const {points, unit} = model;
  const shown = points.length > TABLE_ROWS ? points.slice(0, TABLE_ROWS) : points;
  // One form for the column: where the source rounded some values, all are in words.
  const inWords = points.some((point) => point.roundedTo);
  // The page's own heading is in the page's language; the unit's is in the chart's words'.
  const ownHeading = !!model.valueHeader;
  return html`<table part="table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col" lang=${wordsLang}>${ui.year}</th>
          <th scope="col" lang=${ownHeading ? nothing : wordsLang}>${valueHeader(model, ui)}</th>
          ${kinds ? html`<th scope="col" lang=${wordsLang}>${ui.status}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (point) =>
            html`<tr>
              <th scope="row">${formatYear(point.year, lang)}</th>
              <td class="number">
                <span dir=${dir}
                  >${formatExact(point.value, unit, lang, point.roundedTo, inWords)}</span
                >
              </td>
              ${kinds ? html`<td lang=${wordsLang}>${ui[point.kind]}</td>` : nothing}
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      shown.length < points.length
        ? html`<p class="note">
            ${ui.tableTruncated(
              formatNumber(shown.length, 'ratio', lang),
              formatNumber(points.length, 'ratio', lang),
            )}
          </p>`
        : nothing
    }`;
}
