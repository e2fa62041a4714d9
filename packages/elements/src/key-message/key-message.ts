import {LitElement, html} from 'lit';

/**
 * @summary Placeholder until the element lands.
 *
 * @tag mwfa-key-message
 */
export class MwfaKeyMessage extends LitElement {
  override render() {
    return html`<slot></slot>`;
  }
}
