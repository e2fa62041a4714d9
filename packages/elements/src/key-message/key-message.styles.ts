import {css} from 'lit';
import {shared} from '../internal/shared.styles.js';
import {theme} from '../internal/theme.styles.js';

export const styles = [
  theme,
  shared,
  css`
    :host {
      display: block;
    }
    [part='base'] {
      --_kind: var(--mwfa-key-message-kind-color, var(--_kind-default, var(--_text)));
      box-sizing: border-box;
      padding: 1rem 1.25rem;
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      background: var(--mwfa-key-message-background, var(--_subtle));
      color: var(--_text);
      border: 1px solid var(--_border);
      border-inline-start: 0.375rem solid var(--_kind);
      border-radius: var(--_radius);
      line-height: 1.5;
      overflow-wrap: break-word;
    }
    .kind-call {
      --_kind-default: var(--_accent);
    }
    .kind-warning {
      --_kind-default: var(--_warning);
    }
    .kind-recommendation {
      --_kind-default: var(--_positive);
    }
    .kind-commitment {
      --_kind-default: var(--_highlight);
    }
    [part='kind'] {
      color: var(--_kind);
      font-weight: 700;
      font-size: 0.875em;
    }
    figure {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    /* The callout's padding is the message's edge, as in GOV.UK's inset text. A page's own rule
       for <p> beats ::slotted unless important. */
    ::slotted(:first-child) {
      margin-block-start: 0 !important;
    }
    ::slotted(:last-child) {
      margin-block-end: 0 !important;
    }
    [part='quote'] {
      font-size: 1.25em;
      font-weight: 600;
    }
    .missing {
      color: var(--_muted);
    }
    [part='attribution'] {
      color: var(--_muted);
      font-size: 0.875em;
    }
    .heading {
      font-weight: 700;
      font-size: 0.875em;
    }
    ul {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }
    li + li {
      margin-block-start: 0.25rem;
    }
    strong {
      color: var(--_kind);
    }
    /* Black on white, also where the page coloured the message for the screen (a light kind
       colour of a dark callout would print pale on the paper). */
    @media print {
      [part='base'] {
        break-inside: avoid;
        --_kind: var(--_text);
        background: var(--_subtle);
      }
    }
    @media (forced-colors: active) {
      [part='base'] {
        border-color: CanvasText;
      }
    }
  `,
];
