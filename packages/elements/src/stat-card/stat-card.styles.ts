import {css} from 'lit';
import {coreTheme} from '../internal/core-theme.styles.js';
import {shared} from '../internal/shared.styles.js';

export const styles = [
  coreTheme,
  shared,
  css`
    /* A column, so the card fills the height a grid or flex row gives it (cards of a row
       alike) with no percentage height: in quirks mode (a page without a doctype) that would
       be a percentage of the window. */
    :host {
      display: flex;
      flex-direction: column;
      /* Smaller on phones, as type scales are: 8% of the width of the page's nearest size
         container, or of the viewport, keeps the longest qualifier ("aproximadamente") whole in
         phones' fonts (Roboto, San Francisco; not in DejaVu Sans, wider, below 400px). Never
         below 1.25em, so that it grows with the reader's text size and stays larger than
         its label (WCAG 1.4.4), though a long word may then break at 200% on a phone. */
      --_value-size: var(--mwfa-stat-card-value-size, max(1.25em, min(8cqi, 2.25em)));
    }
    /* As a full card's on phones and in narrow size containers: a fixed 1.5em made the compact
       figure the larger one there. */
    :host([compact]) {
      --_value-size: var(--mwfa-stat-card-value-size, max(1.25em, min(8cqi, 1.5em)));
    }
    [part='base'] {
      box-sizing: border-box;
      flex-grow: 1;
      padding: var(--mwfa-stat-card-padding, 1rem 1.25rem);
      display: flex;
      flex-direction: column;
      gap: 0.375rem;
      background: var(--mwfa-stat-card-background, var(--_surface));
      color: var(--_text);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      line-height: 1.4;
      overflow-wrap: break-word;
    }
    :host([compact]) [part='base'] {
      padding: var(--mwfa-stat-card-padding, 0.75rem 1rem);
      gap: 0.25rem;
    }
    [part='value'] {
      display: block;
      font-size: var(--_value-size);
      font-weight: 700;
      line-height: 1.15;
      color: var(--mwfa-stat-card-value-color, var(--_accent));
    }
    /* The number and the word after it ("6 millions") go to the next line together: in a box of
       their own, not joined by a no-break space, so that where the two are wider than the card
       ("600 миллиардов" in 200% text) the line breaks between them, not inside a word. As wide as
       the card at most: a word wider than it on its own is broken there (break-word, which keeps
       the card as wide as its longest word where a grid column can grow). */
    .kept {
      display: inline-block;
      max-width: 100%;
    }
    .missing [part='value'] {
      font-size: 1.25em;
      color: var(--_muted);
    }
    [part='label'] {
      display: block;
      margin-block-start: 0.25rem;
      font-size: 1.0625em;
      font-weight: 600;
    }
    [part='period'],
    [part='source'] {
      color: var(--_muted);
      font-size: 0.875em;
    }
    [part='comparison'] {
      font-size: 0.9375em;
    }
    /* The line is drawn in the part's colour, so that ::part(sparkline) can set it. */
    [part='sparkline'] {
      color: var(--_accent);
      display: block;
      width: 100%;
      height: 2rem;
      overflow: visible;
    }
    polyline {
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linejoin: round;
      stroke-linecap: round;
      vector-effect: non-scaling-stroke;
    }
    /* Not pinned to the foot of a card that a row stretches: pinned, it moved down when a taller
       card came in beside it, a layout shift while a prerendered page loaded. */
    [part='source'] {
      padding-block-start: 0.25rem;
    }
    [part='footnote'] {
      font-size: 0.875em;
    }
    /* The card spaces its parts itself. A page's own rule for <p> (Bootstrap's 1rem below it)
       beats ::slotted unless important. */
    ::slotted(*) {
      margin-block: 0 !important;
    }
    /* Black on white, also where the page coloured the card for the screen: printed without its
       background, a white figure of a dark card came out pale grey on the paper. */
    @media print {
      [part='base'] {
        break-inside: avoid;
        background: var(--_surface);
      }
      [part='value'] {
        color: var(--_accent);
      }
    }
    /* The border takes a theme token, which becomes a system colour. The sparkline's colour may
       come from the page (::part), which forced colours leave on an <svg>: 1.5:1 for a yellow. */
    @media (forced-colors: active) {
      polyline {
        stroke: CanvasText;
      }
    }
  `,
];
