import {css} from 'lit';

/**
 * Theme tokens shared by every element. Include it first in `static styles`.
 *
 * Public tokens (`--mwfa-*`) are read, never set, here: a page sets them on any ancestor (or on
 * the element) and they inherit into the shadow root. Each falls back to a default with a light
 * and a dark value (`light-dark()`), and the element uses the private copy (`--_*`).
 *
 * The scheme is the page's: `color-scheme` inherits from it. A page that supports dark mode says
 * so (`<meta name="color-scheme" content="light dark">` or `:root { color-scheme: light dark }`),
 * and then the elements follow the reader's system like the page; a page that does not is light,
 * and so are they (a dark-mode reader on a light-only page would otherwise get light text on
 * the page's white). A page forces one scheme:
 * - `--mwfa-color-scheme: dark` (or `light`) on any ancestor, e.g.
 *   `:root[data-theme='dark'] { --mwfa-color-scheme: dark; }`;
 * - or the `theme="dark"` / `theme="light"` attribute on one element.
 *
 * In `forced-colors` mode the tokens become system colours, so SVG strokes and fills that use
 * them stay visible; in print they become black on white.
 *
 * | private          | public token                 | light     | dark      |
 * | ---------------- | ---------------------------- | --------- | --------- |
 * | `--_text`        | `--mwfa-color-text`          | `#1b1f24` | `#eef1f4` |
 * | `--_muted`       | `--mwfa-color-muted`         | `#4f5a66` | `#aeb8c2` |
 * | `--_accent`      | `--mwfa-color-accent`        | `#005a9c` | `#79c4f2` |
 * | `--_surface`     | `--mwfa-color-surface`       | `#ffffff` | `#161b22` |
 * | `--_subtle`      | `--mwfa-color-surface-subtle`| `#f3f6f9` | `#1f2630` |
 * | `--_border`      | `--mwfa-color-border`        | `#8c959f` | `#6e7781` |
 * | `--_focus`       | `--mwfa-color-focus`         | `#005a9c` | `#79c4f2` |
 * | `--_warning`     | `--mwfa-color-warning`       | `#8f3f00` | `#f0b35e` |
 * | `--_positive`    | `--mwfa-color-positive`      | `#1b6b3a` | `#7dd39a` |
 * | `--_highlight`   | `--mwfa-color-highlight`     | `#5a3d99` | `#c4a8f5` |
 * | `--_font`        | `--mwfa-font-family`         | `inherit` |           |
 * | `--_radius`      | `--mwfa-radius`              | `0.5rem`  |           |
 * | `--_focus-ring`  | `--mwfa-focus-ring`          | `2px solid var(--_focus)` |  |
 * | `--_duration`    | `--mwfa-duration`            | `150ms` (`0s` with reduced motion) | |
 *
 * Every text colour has a contrast of at least 6:1 on both surfaces (WCAG AA asks 4.5:1).
 */
export const theme = css`
  :host {
    /* No fallback: unset, --mwfa-color-scheme makes this declaration invalid at computed-value
       time, so color-scheme inherits from the page. */
    color-scheme: var(--mwfa-color-scheme);
    --_text: var(--mwfa-color-text, light-dark(#1b1f24, #eef1f4));
    --_muted: var(--mwfa-color-muted, light-dark(#4f5a66, #aeb8c2));
    --_accent: var(--mwfa-color-accent, light-dark(#005a9c, #79c4f2));
    --_surface: var(--mwfa-color-surface, light-dark(#ffffff, #161b22));
    --_subtle: var(--mwfa-color-surface-subtle, light-dark(#f3f6f9, #1f2630));
    --_border: var(--mwfa-color-border, light-dark(#8c959f, #6e7781));
    --_focus: var(--mwfa-color-focus, light-dark(#005a9c, #79c4f2));
    --_warning: var(--mwfa-color-warning, light-dark(#8f3f00, #f0b35e));
    --_positive: var(--mwfa-color-positive, light-dark(#1b6b3a, #7dd39a));
    --_highlight: var(--mwfa-color-highlight, light-dark(#5a3d99, #c4a8f5));
    --_font: var(--mwfa-font-family, inherit);
    --_radius: var(--mwfa-radius, 0.5rem);
    --_focus-ring: var(--mwfa-focus-ring, 2px solid var(--_focus));
    --_duration: var(--mwfa-duration, 150ms);
    font-family: var(--_font);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* Each element sets its own display with !important, which beats page rules such as
     * { all: unset } (inner important wins over outer): pages hide an element with hidden. */
  :host([hidden]) {
    display: none !important;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
  @media print {
    :host {
      color-scheme: light;
      --_text: #000;
      --_muted: #000;
      --_accent: #000;
      --_surface: #fff;
      --_subtle: #fff;
      --_border: #000;
      --_warning: #000;
      --_positive: #000;
      --_highlight: #000;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      /* Links are forced to LinkText by the browser; figures and lines stay plain text. */
      --_accent: CanvasText;
      --_surface: Canvas;
      --_subtle: Canvas;
      --_border: CanvasText;
      --_focus: Highlight;
      --_warning: CanvasText;
      --_positive: CanvasText;
      --_highlight: CanvasText;
    }
  }
`;
