import {css} from 'lit';
import {coreTheme} from './core-theme.styles.js';

/**
 * Theme tokens shared by every element. Include `theme`, or `coreTheme` when the element uses no
 * other token, first in `static styles`.
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
 * | (`font-family`)  | `--mwfa-font-family`         | `inherit` |           |
 * | `--_radius`      | `--mwfa-radius`              | `0.5rem`  |           |
 * | `--_focus-ring`  | `--mwfa-focus-ring`          | `2px solid var(--_focus)` |  |
 * | `--_duration`    | `--mwfa-duration`            | `150ms` (`0s` with reduced motion) | |
 *
 * The font needs no private copy: the host's `font-family` reads the token, and the shadow tree
 * inherits it.
 *
 * Every text colour has a contrast of at least 6:1 on both surfaces (WCAG AA asks 4.5:1).
 *
 * `theme` is every token: `coreTheme` (its own module, so that the stat card's bundle does not
 * carry the rest) and those only the key message and the trend chart use: the subtle surface,
 * the colours of kinds, the duration of transitions.
 */
export const theme = css`
  ${coreTheme}
  :host {
    --_subtle: var(--mwfa-color-surface-subtle, light-dark(#f3f6f9, #1f2630));
    --_warning: var(--mwfa-color-warning, light-dark(#8f3f00, #f0b35e));
    --_positive: var(--mwfa-color-positive, light-dark(#1b6b3a, #7dd39a));
    --_highlight: var(--mwfa-color-highlight, light-dark(#5a3d99, #c4a8f5));
    --_duration: var(--mwfa-duration, 150ms);
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }
  @media print {
    :host {
      --_subtle: #fff;
      --_warning: #000;
      --_positive: #000;
      --_highlight: #000;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_subtle: Canvas;
      --_warning: CanvasText;
      --_positive: CanvasText;
      --_highlight: CanvasText;
    }
  }
`;
