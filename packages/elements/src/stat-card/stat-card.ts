import {getIndicator} from '@mwfa/data/indicators';
import {LitElement, html} from 'lit';
import {styles} from './stat-card.styles.js';

/**
 * @summary A headline figure of the report with its label and source.
 *
 * @tag mwfa-stat-card
 *
 * @csspart base - The card.
 * @csspart value - The formatted figure.
 * @csspart label - What the figure counts.
 */
export class MwfaStatCard extends LitElement {
  static override styles = styles;

  static override properties = {
    indicator: {type: String, reflect: true},
  };

  /** Id of an indicator in `@mwfa/data`, e.g. `international-migrants`. */
  declare indicator: string;

  constructor() {
    super();
    this.indicator = '';
  }

  override render() {
    const figure = getIndicator(this.indicator);
    if (!figure) return html`<div part="base">Figure not available</div>`;
    const value = new Intl.NumberFormat('en', {notation: 'compact', compactDisplay: 'long'}).format(
      figure.value,
    );
    return html`<figure part="base">
      <span part="value">${value}</span>
      <figcaption part="label">${figure.label}</figcaption>
    </figure>`;
  }
}
