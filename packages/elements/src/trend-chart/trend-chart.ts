import {LitElement, html} from 'lit';

/**
 * @summary Placeholder until the element lands.
 *
 * @tag mwfa-trend-chart
 */
export class MwfaTrendChart extends LitElement {
  override render() {
    return html`<slot></slot>`;
  }
}
