import {LitElement, html} from 'lit';

/**
 * @summary Placeholder until the element lands.
 *
 * @tag mwfa-value
 */
export class MwfaValue extends LitElement {
  override render() {
    return html`<slot></slot>`;
  }
}
