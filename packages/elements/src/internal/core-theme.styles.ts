import {css} from 'lit';

/**
 * The tokens every element uses: colours of text, surfaces, borders, links and focus; font;
 * radius (see `theme.styles.ts`). The stat card needs nothing more.
 */
export const coreTheme = css`
  :host {
    /* No fallback: unset, --mwfa-color-scheme makes this declaration invalid at computed-value
       time, so color-scheme inherits from the page. */
    color-scheme: var(--mwfa-color-scheme);
    --_text: var(--mwfa-color-text, light-dark(#1b1f24, #eef1f4));
    --_muted: var(--mwfa-color-muted, light-dark(#4f5a66, #aeb8c2));
    --_accent: var(--mwfa-color-accent, light-dark(#005a9c, #79c4f2));
    --_surface: var(--mwfa-color-surface, light-dark(#ffffff, #161b22));
    --_border: var(--mwfa-color-border, light-dark(#8c959f, #6e7781));
    --_focus: var(--mwfa-color-focus, light-dark(#005a9c, #79c4f2));
    --_radius: var(--mwfa-radius, 0.5rem);
    --_focus-ring: var(--mwfa-focus-ring, 2px solid var(--_focus));
    font-family: var(--mwfa-font-family, inherit);
    /* Not the text settings of the paragraph or table cell the page puts the element in
       (WordPress wraps a custom tag in <p>): justified or centred text would gape between words
       and stand apart from bullets, legend and buttons; an indent, kept template spaces or one
       unbroken line would break the layout. */
    text-align: start;
    text-indent: 0;
    white-space: normal;
    word-break: normal;
  }
  /* !important: the element's own attribute wins over page rules such as * { all: unset }
     (inner important beats outer normal). Any case, as HTML's own keywords (dir="RTL"). */
  :host([theme='light' i]) {
    color-scheme: light !important;
  }
  :host([theme='dark' i]) {
    color-scheme: dark !important;
  }
  /* The hidden attribute hides an element even under a page rule * { all: unset }, which takes
     away the browser's own [hidden] rule (inner important wins over outer). A host's display is
     not important: pages hide elements with display: none too (Vue's v-show, .d-none). */
  :host([hidden]) {
    display: none !important;
  }
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_muted: #000;
      --_accent: #000;
      --_surface: #fff;
      --_border: #000;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      /* Links are forced to LinkText by the browser; figures and lines stay plain text. */
      --_accent: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
    }
  }
`;
