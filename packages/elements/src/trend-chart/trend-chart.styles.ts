import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
    /* Its axes are drawn for horizontal text: on a page set vertically, the chart is not. */
    writing-mode: horizontal-tb;
    /* A flex row that gives no width would shrink the chart to nothing: keep a readable width,
       never more than the container's, that leaves a word beside it on a 320px phone. Grid
       tracks are not widened by it (a percentage there counts as 0). */
    min-width: min(100%, 12.5em);
    --_line: var(--mwfa-trend-chart-line-color, var(--_accent));
    /* The labels' halo and the rings of the marks are the chart's background: on a page's tint
       they were white outlines. */
    --_background: var(--mwfa-trend-chart-background, var(--_surface));
    --_grid: var(
      --mwfa-trend-chart-grid-color,
      color-mix(in srgb, var(--_border) 45%, transparent)
    );
  }
  /* Measured, never seen: the container's width, and the labels' type size as its height, which
     the negative margin takes back from the layout. */
  .ruler {
    height: 0.75em;
    margin-block-end: -0.75em;
    visibility: hidden;
  }
  /* Samples of label text in the labels' type, measured for their width only: they have no
     height, so take no room on the page (their text, hidden with the ruler, is not clipped: a
     reader's check for cut-off text would find it). */
  .ruler span {
    display: block;
    width: max-content;
    height: 0;
    white-space: pre;
    font-size: 0.75em;
  }
  /* The second keeps the type's own spacing, also against a reader's !important rule for every
     element (a bookmarklet's): the first takes the reader's. */
  .ruler span + span {
    letter-spacing: 0 !important;
    word-spacing: 0 !important;
  }
  /* A word wider than the chart ("disappearances" at 200% text on a phone) breaks where it must;
     so does a summary's figure, whose spaces do not break. */
  [part='base'] {
    margin: 0;
    color: var(--_text);
    background: var(--_background);
    line-height: 1.4;
    overflow-wrap: break-word;
  }
  figcaption {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    margin-block-end: 0.25rem;
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .subtitle,
  .summary,
  .note,
  .legend,
  .source {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
  .summary {
    color: var(--_text);
    margin-block: 0.25rem 0.5rem;
  }
  .plot {
    position: relative;
    /* Across is scrubbing; down the page and pinch-zoom stay the reader's. */
    touch-action: pan-y pinch-zoom;
    container-type: inline-size;
  }
  /* The same height as chartHeight() in trend-chart.geometry.ts, from CSS alone: the box has
     its final size before the element measures its width (no layout shift on upgrade). */
  .plot > svg {
    height: clamp(220px, 56cqi, 420px);
  }
  svg {
    display: block;
    width: 100%;
    overflow: visible;
  }
  .grid path {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .grid path.zero {
    stroke: var(--_border);
  }
  /* Their type size is the drawing's font-size attribute: the layout places them for it. */
  .axis text,
  .grid text {
    fill: var(--_muted);
  }
  .grid text,
  .highlight text {
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .axis path {
    fill: none;
    stroke: var(--_border);
  }
  .band {
    fill: var(--_subtle);
  }
  .area {
    fill: color-mix(in srgb, var(--_line) 14%, transparent);
  }
  .line,
  .projection {
    fill: none;
    stroke: var(--_line);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .projection {
    stroke-dasharray: 5 4;
  }
  .mark {
    fill: var(--_line);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .mark.projection-mark,
  .mark.derived-mark,
  .highlight circle.hollow,
  .active circle.dot.hollow {
    fill: var(--_background);
    stroke: var(--_line);
    stroke-width: 2;
  }
  .highlight circle,
  .active circle.dot {
    fill: var(--_line);
    stroke: var(--_background);
    stroke-width: 2;
  }
  .highlight text {
    fill: var(--_text);
    font-weight: 700;
  }
  .highlight line {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  .active line {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  .active circle.ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .keys {
    position: absolute;
    inset: 0;
    border-radius: 2px;
    cursor: crosshair;
  }
  .keys:focus {
    outline: none;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    /* 3D: a layer of its own, so that as it glides the drawing under it is not painted again.
       Placed by the element: above the point, beside it or under it (placeTooltip). */
    transform: translate3d(0, 0, 0);
    /* As wide as its words, up to the chart's width: in a sidebar it wraps. */
    width: max-content;
    max-width: min(14rem, 100%);
    box-sizing: border-box;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
    line-height: 1.3;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
    transition: var(--_duration) ease-out;
    transition-property: left, top;
  }
  /* Moved at once where, gliding there, the tooltip would cross its point (placeTooltip). */
  .tooltip.jump {
    transition-property: none;
  }
  .tooltip .kind {
    display: block;
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-block-start: 0.25rem;
    padding: 0;
    list-style: none;
  }
  .legend svg {
    display: inline-block;
    width: 28px;
    height: 12px;
    vertical-align: middle;
    margin-inline-end: 0.25rem;
  }
  .notes {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  button {
    font: inherit;
    font-size: 0.875em;
    color: var(--_accent);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25rem 0.625rem;
    min-height: 24px;
    cursor: pointer;
  }
  button:hover {
    background: var(--_subtle);
  }
  .keys:focus-visible,
  .table:focus-visible,
  button:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  /* A table wider than the chart (long figures, large text on a phone) scrolls in its box, which
     then takes focus so that a keyboard can scroll it too (see #watchTable). */
  .table {
    overflow-x: auto;
    container-type: inline-size;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    margin-block: 0.25rem;
  }
  /* As wide as the box, not the table, and kept in it as the table scrolls: at 200% text on a
     phone the table is wider than the screen, and its title was cut. */
  caption {
    max-inline-size: 100cqi;
    position: sticky;
    inset-inline-start: 0;
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.75rem 0.25rem 0;
    border-block-end: 1px solid var(--_grid);
    text-align: start;
  }
  td.number {
    text-align: end;
  }
  /* On paper a table that fits on the sheet is not split, and a longer one does not leave its
     title and headings alone at the foot of a sheet. */
  table {
    break-inside: avoid;
  }
  caption,
  thead {
    break-after: avoid;
  }
  .message {
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    margin: 0.5rem 0;
  }
  /* The title and summary stay with the drawing, which is not split across two sheets or two
     columns of a multi-column page. */
  figcaption,
  .summary {
    break-after: avoid;
  }
  figcaption,
  .summary,
  .plot {
    break-inside: avoid;
  }
  @media print {
    /* A background is not printed: the halos and rings are the paper's white. */
    :host {
      --_background: var(--_surface);
      /* Black, as the stat card's figure: a line a page coloured for its screen (yellow on a dark
         section) was pale on white paper. */
      --_line: var(--_accent);
    }
    /* Nor the point under the pointer or in focus: a ring and a line with no tooltip. */
    .actions,
    .keys,
    .tooltip,
    .active {
      display: none;
    }
    .table[hidden] {
      display: block;
    }
  }
  @media (forced-colors: active) {
    /* The grid from the system's colours too, not a page's pale grey that is lost on Canvas. */
    :host {
      --_background: Canvas;
      --_grid: color-mix(in srgb, var(--_border) 45%, transparent);
    }
    .line,
    .projection {
      stroke: CanvasText;
    }
    .mark,
    .highlight circle,
    .active circle.dot {
      fill: CanvasText;
      stroke: Canvas;
    }
    .mark.projection-mark,
    .mark.derived-mark,
    .highlight circle.hollow,
    .active circle.dot.hollow {
      fill: Canvas;
      stroke: CanvasText;
    }
    .active circle.ring {
      stroke: Highlight;
    }
    .area,
    .band {
      fill: none;
    }
    .keys:focus-visible {
      outline-color: Highlight;
    }
  }
`;
