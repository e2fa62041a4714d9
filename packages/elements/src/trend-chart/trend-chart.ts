import type {Observation, SeriesId} from '@mwfa/data';
import {html, isServer, nothing, type TemplateResult} from 'lit';
import {keyword} from '../internal/figure.js';
import {formatNumber, usesDecimalComma} from '../internal/format.js';
import {langDir} from '../internal/locale.js';
import {en as shared, words, type Messages} from '../internal/messages.js';
import {MwfaElement} from '../internal/mwfa-element.js';
import {spokenText} from '../internal/spoken.js';
import {theme} from '../internal/theme.styles.js';
import {
  parseYears,
  readTable,
  toCsv,
  type ChartPoint,
  type PointKind,
  type TableData,
} from './trend-chart.data.js';
import {drawing, markClass} from './trend-chart.drawing.js';
import {fileText, firstOpaque, saveFile, svgFile, type Note} from './trend-chart.file.js';
import {formatPoint, formatYear, pointDecimals} from './trend-chart.format.js';
import {chartHeight, FONT_SIZE, layoutChart, type ChartLayout} from './trend-chart.geometry.js';
import {keyTarget} from './trend-chart.keys.js';
import {
  buildModel,
  citeById,
  csvHeading,
  emptyModel,
  legendKinds,
  type Model,
} from './trend-chart.model.js';
import {en as chartEnglish, type TrendChartMessages} from './trend-chart.messages.js';
import {readId} from '../internal/suggest.js';
import {styles} from './trend-chart.styles.js';
import {summarize} from './trend-chart.summary.js';
import {dataTable} from './trend-chart.table.js';
import {placeTooltip, type TooltipAt} from './trend-chart.tooltip.js';

/**
 * An observation of the page's own data: as `@mwfa/data`'s, also with `status: 'projection'`, as
 * a table row's `data-status` says it.
 */
export type TrendChartObservation = Omit<Observation, 'status'> & {
  status?: Observation['status'] | 'projection';
};

/** Detail of `mwfa-point-focus`. */
export interface PointFocusDetail {
  year: number;
  value: number;
  /** Position of the point in the drawn (sorted) data. */
  index: number;
  /** What the point is, as its mark and tooltip say: observed, calculated or a projection. */
  kind: 'observed' | 'derived' | 'projection';
}

/**
 * Width drawn before the element is measured, and on the server. The SVG scales to fit its box,
 * labels too: drawn for WCAG's narrowest reflow width (320 CSS px), they keep about their size
 * on phones and grow on wider screens. A drawing for a wide box would shrink them to 6 px on a
 * phone.
 */
const DEFAULT_WIDTH = 320;
/** The size of the drawing at that width. */
const DEFAULT_SIZE = {width: DEFAULT_WIDTH, height: chartHeight(DEFAULT_WIDTH)};
/**
 * Widest drawing printed: the text column of an A4 or Letter page at the browser's default
 * margins is about 720px, so a drawing made for a wide screen would print with tiny labels.
 */
const PRINT_WIDTH = 700;

/**
 * How soon after a finger is lifted its tap focuses the slider, at most (ms): at once, or after
 * the 300 ms a page without a mobile viewport waits for a second tap.
 */
const TAP_FOCUS_MS = 1000;

/** Model inputs: a change rebuilds the model, and with it everything drawn. */
const MODEL_INPUTS = [
  'series',
  'observations',
  'label',
  'subtitle',
  'unit',
  'source',
  'tableData',
  'uiLang',
  'intlLang',
];
/** Inputs of the drawing besides the model. */
const DRAWING_INPUTS = [
  'width',
  'labelSize',
  'textSpacing',
  'yAxis',
  'axisDir',
  'highlight',
  'area',
  'direction',
];
/**
 * Text of the ruler's two samples, one with the reader's letter and word spacing, one without:
 * a space in seven characters, about as often as in the labels ("2017: 258 million").
 */
const SAMPLE = '0000 0000 0000';

/** The data's text is English: marked so, and set left to right inside right-to-left pages. */
const english = (text: string, en: boolean | undefined) =>
  en ? html`<span lang="en" dir="ltr">${text}</span>` : text;

/**
 * The drawing is one slider a keyboard reaches with Tab: the left and right arrows move to the
 * point drawn on that side, up and down to the next and the previous year, Page Up and Page Down
 * by a tenth of the points, Home and End to the first and the last; Escape hides the tooltip.
 *
 * @summary A line chart of a context series or of the page's own figures: keyboard- and
 * screen-reader-friendly, with a one-sentence summary, a data table and CSV/SVG downloads.
 *
 * @tag mwfa-trend-chart
 *
 * @slot - An optional `<table>` (first column years, second values, `<caption>` as title), also
 * inside a wrapper such as WordPress's `<figure class="wp-block-table">` (its `<figcaption>` as
 * title): the chart draws it, and readers without JavaScript see it as it is. A row with
 * `data-status="projection"` is a projection; a cell's `data-value` gives its exact number. Values
 * written with their unit's sign, as a spreadsheet pastes them (`49.3%`, `$1,200`), are drawn in
 * that unit (with a warning if `unit` names another); only rows that are drawn give it, not a
 * header. The heading of the values' column ("Migrants (millions)"; two header rows are joined,
 * "Migrants, millions") heads them in the chart's table and CSV. Values with and without the sign
 * ("173", then "3.4%") are not drawn, with a warning, except a "$" on the first value only, as
 * accounts write money. Rows in `<thead>` and `<tfoot>` (a total), and hidden rows, are not data. A
 * value such as `3,4` or `4 500,5` (decimal comma or thousands separator?), any number with a comma
 * or a dot on a page whose language writes decimals with a comma (French, Spanish, Russian), and a
 * number with a footnote mark (in `<sup>`, `<small>`, a link or a raised `<span>`) or a second
 * number in its cell, are not guessed: give the number in `data-value`
 * (`<td data-value="3.4">3,4</td>`). Such a row, one whose year or value is no number or out of
 * range, a year of fewer than four digits ("17"), a year without its value (merged into the row
 * above), and the rows under a heading inside the table (a row of one cell of words, such as
 * "Projections": mark projections with `data-status`; one with digits, which groups years, "2010s"
 * or "Années 2010", is passed over), are left out with one warning, and named under the chart ("Not
 * drawn: 2015 (3,4)"). A blank row is no data. A table with its years across the first row, or in
 * its second column, is not drawn: the chart shows it as written, with one warning. The chart draws
 * one series: a third column with a number on every row is not drawn, with a warning.
 *
 * @attr series - Id of a context series in `@mwfa/data`, e.g. `international-migrant-stock`.
 * @attr label - Title for data given by the page (a series brings its own; a table its
 *   `<caption>`). Without one the chart is named "Value (persons)", with a warning.
 * @attr subtitle - Line under the title (a series brings its description).
 * @attr {'persons'|'percent'|'usd'|'ratio'} unit - Unit of data given by the page: `persons` (default), `percent`, `usd` or `ratio`.
 * @attr source - Source of data given by the page: an id in `@mwfa/data`, or a citation as text
 *   (beside a series, which brings its own, it is not used, with a warning; so is `unit`). Text
 *   shaped like an id and close to one (`un-desa-migrant-stock-2071`) is shown with a warning.
 * @attr y-axis - `zero` (default) starts the vertical axis at zero; `data` fits it to the data,
 *   and the chart says so.
 * @attr area - Fills the area under the line.
 * @attr highlight - Years to label with their values, e.g. `"2000 2017"`; two years also show
 *   the change between them.
 * @attr axis-dir - `ltr` (default, also in right-to-left pages) or `rtl` to draw time from right
 *   to left.
 * @attr {'light'|'dark'} theme - Forces a colour scheme (default: the page's `color-scheme`).
 *
 * @fires {CustomEvent<PointFocusDetail>} mwfa-point-focus - A point got keyboard focus or the
 *   pointer, or new data changed the point in focus: `detail` is `{year, value, index, kind}`
 *   (`kind`: `observed`, `derived` or `projection`). Not again when a tap then focuses the chart.
 *
 * @csspart base - The figure around everything.
 * @csspart label - The title.
 * @csspart subtitle - The line under the title.
 * @csspart summary - The one-sentence summary.
 * @csspart chart - The SVG drawing.
 * @csspart tooltip - The value shown beside the point under the pointer or keyboard.
 * @csspart legend - The key to projected or calculated points, when the chart has them.
 * @csspart notes - The notes of the series' points.
 * @csspart actions - The row of buttons.
 * @csspart button - Each button (table, CSV, SVG).
 * @csspart table - The data table.
 * @csspart source - The source line.
 *
 * @cssprop --mwfa-trend-chart-line-color - Line and marks (default: `--mwfa-color-accent`). Black in
 *   print.
 * @cssprop --mwfa-trend-chart-grid-color - Horizontal grid lines, and the rules of the data table's
 *   rows. Default: the border colour at 45%.
 * @cssprop --mwfa-trend-chart-background - Background of the chart, and the halo of its labels
 *   and ring of its marks (default: the surface colour, so that it reads on a dark page that
 *   declares no colour scheme). A tinted section's own colour keeps the halos; `transparent` lets
 *   the page's show through, without them.
 * @cssprop --mwfa-color-scheme - `light`, `dark` or `light dark` (default: the page's `color-scheme`).
 * @cssprop --mwfa-color-text - Text colour. Default `light-dark(#1b1f24, #eef1f4)`.
 * @cssprop --mwfa-color-muted - Subtitle, axis labels, notes and source line. Default `light-dark(#4f5a66, #aeb8c2)`.
 * @cssprop --mwfa-color-accent - Line, marks and buttons. Default `light-dark(#005a9c, #79c4f2)`.
 * @cssprop --mwfa-color-surface - Background of the chart and its tooltip, and the ring around marks. Default `light-dark(#ffffff, #161b22)`.
 * @cssprop --mwfa-color-surface-subtle - Highlighted range and button hover. Default `light-dark(#f3f6f9, #1f2630)`.
 * @cssprop --mwfa-color-border - Axis and borders. Default `light-dark(#8c959f, #6e7781)`.
 * @cssprop --mwfa-color-focus - Focus ring colour. Default `light-dark(#005a9c, #79c4f2)`.
 * @cssprop --mwfa-focus-ring - Focus ring (default `2px solid` the focus colour).
 * @cssprop --mwfa-duration - Length of transitions. Default `150ms` (`0s` under reduced motion).
 * @cssprop --mwfa-font-family - Font (default: the page's).
 * @cssprop --mwfa-radius - Corner radius of the fallback message; the buttons and tooltip take half
 *   of it. The chart's own box is square. Default `0.5rem`.
 */
export class MwfaTrendChart extends MwfaElement {
  static override styles = [theme, styles];

  protected static override tag = 'mwfa-trend-chart';

  // Lit's defaults: attributes are strings, and internal state has no attribute.
  static override properties = {
    series: {reflect: true},
    observations: {attribute: false},
    label: {},
    subtitle: {},
    unit: {},
    source: {},
    yAxis: {attribute: 'y-axis'},
    area: {type: Boolean, reflect: true},
    highlight: {},
    axisDir: {attribute: 'axis-dir'},
    // Reflected: the styles force the scheme from the attribute, also when a script sets it.
    theme: {reflect: true},
    width: {state: true},
    labelSize: {state: true},
    textSpacing: {state: true},
    active: {state: true},
    focused: {state: true},
    tooltipHidden: {state: true},
    tableOpen: {state: true},
    tableData: {state: true},
  };

  /**
   * Id of a context series in `@mwfa/data`, e.g. `international-migrant-stock`. Typed so that
   * editors suggest the ids; any string is accepted (an unknown one shows the fallback).
   */
  declare series: SeriesId | (string & {}) | null;
  /**
   * The page's own data: `[{year, value}]`, optionally with `projection: true` (or `status:
   * 'projection'`, as a table row's `data-status`) or `status: 'derived'` (drawn hollow; too close
   * together for their marks, a note under the chart says so). A value beyond
   * ±`Number.MAX_SAFE_INTEGER`, or a year beyond ±9999, is left out with a warning. Give a new
   * array to draw new data: one changed in place is the same value, and is not drawn again.
   */
  declare observations: readonly TrendChartObservation[] | undefined;
  /**
   * Title for data given by the page (a series brings its own; a table its `<caption>`). Without
   * one the chart is named "Value (persons)", with a warning.
   */
  declare label: string | null;
  /** Line under the title (a series brings its description). */
  declare subtitle: string | null;
  // The values written out, not `Unit` of @mwfa/data: the manifest (and so Storybook) gives a
  // type as it is written.
  /** Unit of data given by the page; `persons` when not set. */
  declare unit: 'persons' | 'percent' | 'usd' | 'ratio' | null;
  /**
   * Source of data given by the page: an id in `@mwfa/data`, or a citation as text. Beside a
   * series, which brings its own, it is not used, with a warning (so is `unit`).
   */
  declare source: string | null;
  /**
   * Where the vertical axis starts: `zero` when not set; `data` fits it to the data, and the
   * chart says so.
   */
  declare yAxis: 'zero' | 'data' | null;
  /** Fills the area under the line. */
  declare area: boolean;
  /**
   * Years to label with their values, e.g. `"2000 2017"`; two years also show the change
   * between them.
   */
  declare highlight: string | null;
  /**
   * Which way time runs: `ltr` when not set, also in right-to-left pages; `rtl` draws it from
   * right to left.
   */
  declare axisDir: 'ltr' | 'rtl' | null;
  /** Forces a colour scheme (default: the page's `color-scheme`). */
  declare theme: 'light' | 'dark' | null;
  declare private width: number;
  /** Type size of the drawing's labels: 0.75em of the chart's text, 12 to 24 CSS pixels. */
  declare private labelSize: number;
  /** What the reader's letter and word spacing add to a label's character, in em: 0 for none. */
  declare private textSpacing: number;
  declare private active: number;
  declare private focused: boolean;
  /** Escape was pressed: the tooltip is hidden until another point is shown. */
  declare private tooltipHidden: boolean;
  declare private tableOpen: boolean;
  declare private tableData: TableData | undefined;

  // Worked out in willUpdate() when their inputs change; render() only reads them, so moving
  // from point to point (most renders) redraws without laying out the chart again.
  #model: Model = emptyModel('persons', '', '');
  #summary = '';
  /** Undefined while waiting for the width, and when there is nothing to draw. */
  #layout: ChartLayout | undefined;
  /** An input of the drawing changed since the layout was made (or it was never made). */
  #layoutStale = true;
  #notes: Note[] = [];
  /** Kinds of point in the data, in legend order; empty when all are observations. */
  #legend: PointKind[] = [];
  /** Years of the projections, for the legend. */
  #projected = '';
  /** The data table, made when it is first shown or printed (up to a thousand formatted rows). */
  #table: TemplateResult | undefined;
  #resizeObserver: ResizeObserver | undefined;
  /** Whether the chart is within a screen's height of the viewport, and the width it waits for. */
  #nearObserver: IntersectionObserver | undefined;
  #near = true;
  #waiting: [width: number, labels: number] | undefined;
  /** The animation frame that applies the last width the observer reported (0: none). */
  #widthFrame = 0;
  /**
   * Set while a client-rendered chart waits for its first measured width: the drawing is made
   * once, at that width, instead of at the default width and again when measured. Resolves
   * when the width is known (or the element leaves the page).
   */
  #measuring: {promise: Promise<void>; resolve: () => void} | undefined;
  /**
   * The last width reported was 0 (the chart is hidden): the width it gets when shown is drawn at
   * once, as the first is, not one frame later over the old drawing stretched to fill it.
   */
  #hidden = false;
  /** Widths of the ruler's samples, with and without the reader's spacing, and their type size. */
  #samples = {spaced: 0, plain: 0, size: FONT_SIZE};
  /** The language the child table was read in (its numbers depend on it). */
  #tableLang: string | undefined;
  /** Whether the element came with server markup, as found at its first connection. */
  #hydrating: boolean | undefined;

  constructor() {
    super();
    this.series = null;
    this.observations = undefined;
    this.label = null;
    this.subtitle = null;
    this.unit = null;
    this.source = null;
    this.yAxis = null;
    this.area = false;
    this.highlight = null;
    this.axisDir = null;
    this.theme = null;
    this.width = DEFAULT_WIDTH;
    this.labelSize = FONT_SIZE;
    this.textSpacing = 0;
    this.active = -1;
    this.focused = false;
    this.tooltipHidden = false;
    // Server-rendered pages show the table: they must read without JavaScript.
    this.tableOpen = isServer;
    this.tableData = undefined;
  }

  override connectedCallback(): void {
    // A shadow root at the first connection is server output to hydrate. Asked once: Lit
    // attaches its own root on connecting, so a chart moved before its first render has one too.
    this.#hydrating ??= !!this.shadowRoot;
    // The server output showed the table: keep it shown rather than fight the DOM.
    if (!this.hasUpdated && this.#hydrating) this.tableOpen = true;
    // Rendered on the client (server markup has the drawing at the default width): the CSS
    // sizes the plot box already, so the drawing waits for the measured width.
    if (!this.hasUpdated && !this.#hydrating && !this.#measuring) {
      let resolve = () => {};
      const promise = new Promise<void>((done) => (resolve = done));
      this.#measuring = {promise, resolve};
    }
    super.connectedCallback();
    // Its own document's, which may be an iframe's or a picture-in-picture window's; kept, as by
    // the time it is disconnected from there it may already belong to another.
    const page = (this.#page = this.ownerDocument);
    page.addEventListener('keydown', this.#onEscape);
    page.defaultView?.addEventListener('beforeprint', this.#onBeforePrint);
    page.defaultView?.addEventListener('afterprint', this.#onAfterPrint);
    // Left in a picture-in-picture window or an iframe when it closes, its document is gone
    // without disconnecting it, and the first page's observers reported a loop error every frame.
    page.defaultView?.addEventListener('pagehide', this.#onPageGone);
    // Back after its first render: the base class has read its table again (childrenChanged).
    if (this.hasUpdated) {
      this.#observeWidth();
      this.#watchTable();
    } else {
      this.#readTable();
    }
  }

  /**
   * Keeps the table's box a Tab stop only while it scrolls, and places the tooltip through the
   * CSSOM: no style attribute, so strict CSP allows it.
   */
  protected override updated(): void {
    this.#watchTable();
    if (this.#refocus && !(this.renderRoot as ShadowRoot).activeElement) {
      this.renderRoot.querySelector<HTMLElement>('.keys, .message')?.focus();
    }
    // No active point, no tooltip: most updates (every chart's first ones) look for nothing. A
    // tooltip shown again takes its first place afresh.
    if (this.active < 0) {
      this.#tooltipWas = undefined;
      return;
    }
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!tooltip) return;
    const layout = this.#layout!;
    const plot = tooltip.parentElement!;
    const {clientWidth: width, clientHeight: height} = plot;
    // In the plot's px: the drawing may be scaled to its box (`::part(chart) { height: auto }`),
    // and the page may scale the chart (a CSS transform), which the boxes on screen include.
    const origin = plot.getBoundingClientRect();
    const scale = origin.width / width || 1;
    const at = placeTooltip(
      {
        x: (this.#tooltipPoint.x * width) / layout.width,
        y: (this.#tooltipPoint.y * height) / layout.height,
      },
      {width, height},
      {width: tooltip.offsetWidth, height: tooltip.offsetHeight},
      // The labels as drawn: their layout boxes are estimates, wider than the text.
      Array.from(this.renderRoot.querySelectorAll('.highlight text')).map((label) => {
        const box = label.getBoundingClientRect();
        return [
          (box.left - origin.left) / scale,
          (box.right - origin.left) / scale,
          (box.top - origin.top) / scale,
          (box.bottom - origin.top) / scale,
        ] as const;
      }),
      // Beside the point, not under it, where the finger that touched it is; not beside it in the
      // way of a mouse moving along the line.
      this.#byMouse ? ['above', 'under', 'beside'] : ['above', 'beside', 'under'],
      this.#tooltipWas,
    );
    tooltip.classList.toggle('jump', at.jump);
    this.#tooltipWas = at;
    tooltip.style.left = `${at.left}px`;
    tooltip.style.top = `${at.top}px`;
  }

  protected override firstUpdated(): void {
    this.#observeWidth();
  }

  #tableObserver: ResizeObserver | undefined;
  /** The point `mwfa-point-focus` last gave. */
  #announced: ChartPoint | undefined;
  /** The document whose keys (Escape) and printing the chart listens to. */
  #page: Document | undefined;
  #watchedTable: Element | null = null;

  /**
   * Makes the table's box a Tab stop, for a keyboard to scroll it, only while the table is wider
   * than it: else it is a stop where nothing happens (every open table of a page). Watched on the
   * box and on the table, whose size a width, a late font or a reader's text size changes.
   */
  #watchTable(): void {
    const table = this.renderRoot.querySelector('.table > table');
    if (table === this.#watchedTable) return;
    this.#watchedTable = table;
    this.#tableObserver?.disconnect();
    if (!table) return;
    const box = table.parentElement!;
    this.#tableObserver = new ResizeObserver(() => this.#tableStop(box));
    this.#tableObserver.observe(box);
    this.#tableObserver.observe(table);
  }

  #onPageGone = (event: PageTransitionEvent) => {
    // Kept for the back button, the page may come back as it was.
    if (event.persisted) return;
    this.#resizeObserver?.disconnect();
    this.#tableObserver?.disconnect();
  };

  #tableStop(box: HTMLElement): void {
    if (box.scrollWidth > box.clientWidth) box.tabIndex = 0;
    // Not while it has focus, which would fall back to the page: when focus leaves (below). Not
    // `:focus`, which also stops matching while the window is in the background.
    else if ((this.renderRoot as ShadowRoot).activeElement !== box) box.removeAttribute('tabindex');
  }

  #onTableFocusOut(event: FocusEvent): void {
    this.#tableStop(event.currentTarget as HTMLElement);
  }

  /**
   * One ResizeObserver on a ruler that takes no room: its width is the container's, its height
   * the labels' type size (0.75em: it follows the reader's text size without reading the style,
   * which would lay out again all charts drawn before it), and nothing the chart draws changes
   * its size. A redraw can still change the page around it (a page that
   * sizes the chart by its width, e.g. `::part(chart) { height: auto }`, a scrollbar that comes
   * or goes), and so the width of every chart: a change applied inside the observer's delivery
   * loop then ends it with "ResizeObserver loop completed with undelivered notifications". So
   * a new width is drawn in the next animation frame, measured again in a frame of its own. The
   * first width is drawn at once, with no empty frame before it, when the drawing keeps the
   * plot box the CSS reserved for it (the observer also watches the SVG for its height).
   *
   * It also watches the ruler's two samples of label text, the second kept free of letter and
   * word spacing: their difference is what a reader's text spacing (WCAG 1.4.12, a bookmarklet's
   * `letter-spacing: 0.12em`) adds to the labels, which the layout must know to keep them apart.
   * Sizes from the entries: reading them from the elements would lay out every chart again.
   */
  #observeWidth(): void {
    const ruler = this.renderRoot.querySelector('.ruler');
    if (!ruler) return;
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      let width: number | undefined;
      let height: number | undefined;
      let labels = FONT_SIZE;
      for (const entry of entries) {
        if (entry.target === ruler) {
          width = Math.round(entry.contentRect.width);
          labels = this.#samples.size = entry.contentRect.height;
        } else if (entry.target.parentNode === ruler) {
          this.#samples[entry.target === ruler.firstElementChild ? 'spaced' : 'plain'] =
            entry.contentRect.width;
        } else {
          height = entry.contentRect.height;
        }
      }
      const {spaced, plain, size} = this.#samples;
      // In hundredths of an em: the same spacing in another font (a web font loaded) redraws
      // nothing. The samples' type is the labels' (0.75em), the ruler's height.
      const spacing =
        plain > 0 && size > 0
          ? Math.round((100 * (spaced - plain)) / size / SAMPLE.length) / 100
          : 0;
      // A change of the drawing's text only: it changes the size of nothing observed.
      this.textSpacing = Math.max(0, spacing);
      // Only the SVG changed height (or the spacing): nothing else to redraw.
      if (width === undefined) return;
      // Hidden (width 0), or no plot, or the drawing will have the height the box has now.
      const keepsBox =
        width === 0 || height === undefined || Math.abs(height - chartHeight(width)) < 1;
      const wasHidden = this.#hidden;
      this.#hidden = width === 0;
      if ((this.#measuring || wasHidden) && keepsBox) {
        this.#applyWidth(width, labels);
        return;
      }
      cancelAnimationFrame(this.#widthFrame);
      // Far off screen, a new width waits until the chart comes near: a phone turned over a page
      // of 20 charts redrew them all at once, in one long task (README, bench --turn). The CSS
      // sizes the box, so the page's layout does not change when the drawing comes. In a
      // cross-origin frame or a scrolling box the margin does not apply: drawn once in view.
      this.#waiting = this.#near || this.#measuring ? undefined : [width, labels];
      if (this.#waiting) return;
      this.#widthFrame = requestAnimationFrame(() => {
        this.#widthFrame = 0;
        this.#applyWidth(width, labels);
      });
    });
    this.#nearObserver ??= new IntersectionObserver(
      (entries) => {
        // The latest crossing, when several came before the callback.
        this.#near = entries[entries.length - 1]!.isIntersecting;
        if (this.#near && this.#waiting) this.#applyWidth(...this.#waiting);
      },
      {rootMargin: '100% 0px'},
    );
    this.#nearObserver.observe(this);
    this.#resizeObserver.observe(ruler);
    for (const sample of ruler.children) this.#resizeObserver.observe(sample);
    const svg = this.renderRoot.querySelector('svg[part="chart"]');
    if (svg) this.#resizeObserver.observe(svg);
  }

  /**
   * Draws at a measured width (0, a hidden element, keeps the width drawn last), with labels of the
   * measured size where they can have it: never smaller than the default, at most twice it, and
   * no larger than a thirtieth of the width, the room a 12px label has on a 360px phone.
   */
  #applyWidth(width: number, labels: number): void {
    // A width drawn now supersedes one waiting for the chart to come near.
    this.#waiting = undefined;
    if (width > 0 && width !== this.width) this.width = width;
    this.labelSize = Math.max(FONT_SIZE, Math.min(2 * FONT_SIZE, labels, width / 30));
    // The first notification always comes (also for a hidden element, with width 0: then the
    // drawing is made at the width it has, the default before any was measured).
    this.#stopMeasuring();
  }

  /** Stops waiting for the width: the next render draws the chart. */
  #stopMeasuring(): void {
    const measuring = this.#measuring;
    if (!measuring) return;
    this.#measuring = undefined;
    this.requestUpdate();
    // Drawn now, but `updateComplete` resolves in a task of its own: code awaiting it (a page
    // adding the next chart) would otherwise run inside the observer's delivery loop, where a
    // chart observed no deeper than this one ends it with "undelivered notifications".
    setTimeout(() => measuring.resolve());
  }

  /**
   * `updateComplete` resolves once the chart is drawn, not with the empty box before it; at once
   * for a chart the browser does not lay out yet (in a closed <details>, or off screen under
   * `content-visibility: auto`), which gets no width until it is shown. Asked of the shadow
   * root's first element: under `content-visibility: auto` on the chart itself, only what is
   * inside it is skipped, and the chart was waited for until scrolled to.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (
      this.#measuring &&
      this.renderRoot.firstElementChild?.checkVisibility?.({contentVisibilityAuto: true}) !== false
    ) {
      await this.#measuring.promise;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out before it was measured: nothing will measure it, so stop waiting.
    this.#stopMeasuring();
    cancelAnimationFrame(this.#widthFrame);
    this.#widthFrame = 0;
    this.#resizeObserver?.disconnect();
    this.#nearObserver?.disconnect();
    this.#tableObserver?.disconnect();
    this.#watchedTable = null;
    // Moved from under a resting pointer: no pointerleave comes, and the tooltip would stay.
    this.#onPointerLeave();
    const page = this.#page;
    page?.removeEventListener('keydown', this.#onEscape);
    page?.defaultView?.removeEventListener('beforeprint', this.#onBeforePrint);
    page?.defaultView?.removeEventListener('afterprint', this.#onAfterPrint);
    page?.defaultView?.removeEventListener('pagehide', this.#onPageGone);
  }

  protected override childrenChanged(): void {
    this.#readTable();
  }

  /** Reads a child `<table>` (see `readTable`), also one in a wrapper (a CMS's table block). */
  #readTable(): void {
    this.warnHidden((child) => child.matches('table') || !!child.querySelector('table'));
    const table = this.querySelector('table');
    if (!table) {
      this.tableData = undefined;
      return;
    }
    if (Array.from(this.querySelectorAll('table')).some((other) => !table.contains(other))) {
      this.warnOnce('content', '<table>', 'is not shown: only the first <table> is drawn');
    }
    this.#tableLang = this.intlLang;
    const {problem, ...read} = readTable(table, usesDecimalComma(this.intlLang));
    if (problem) this.warnOnce('table', ...problem);
    // WordPress's table block writes its caption as the <figcaption> of the <figure> around it.
    const figcaption = table.parentElement?.matches('figure')
      ? table.parentElement.querySelector(':scope > figcaption')
      : null;
    read.label ||= figcaption ? spokenText(figcaption).trim() : '';
    if (JSON.stringify(read) !== JSON.stringify(this.tableData)) this.tableData = read;
  }

  /**
   * The slider, or the message that stands for it, has focus: new data that swaps one for the
   * other (a refetch that empties the data for a moment) keeps focus there, not on the page.
   */
  #refocus = false;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.#refocus =
      this.hasUpdated &&
      !!(this.renderRoot as ShadowRoot).activeElement?.matches('.keys, .message');
    const first = !this.hasUpdated;
    const anyOf = (keys: readonly string[]) => first || keys.some((key) => changed.has(key));
    // Read again in the new language: "1,234" is 1234 in English and 1.234 in French.
    if (this.#tableLang !== undefined && this.#tableLang !== this.intlLang) this.#readTable();
    // Read when they change, so that a bad value set after the first render is warned about; as
    // `unit` is, without the spaces or quotes a paste leaves.
    const warn = this.warnOnce;
    if (anyOf(['yAxis'])) {
      const axis = keyword(
        'y-axis',
        this.yAxis,
        ['zero', 'data'],
        warn,
        '; the axis starts at zero',
      );
      this.#fitsData = axis === 'data';
    }
    if (anyOf(['axisDir'])) {
      const time = keyword(
        'axis-dir',
        this.axisDir,
        ['ltr', 'rtl'],
        warn,
        '; time runs left to right',
      );
      this.#reversed = time === 'rtl';
    }
    const modelChanged = anyOf(MODEL_INPUTS);
    if (modelChanged) {
      const model = (this.#model = this.#buildModel());
      // Past the end of shorter data: the last point, if the slider has focus (it says a point)
      // or the mouse rests on the chart (the point under it, below).
      if (this.active >= model.points.length) {
        this.active = this.focused || this.#pointerIn ? model.points.length - 1 : -1;
      }
      this.#summary = model.message
        ? ''
        : summarize(model.points, {label: model.label, unit: model.unit, lang: this.intlLang});
      this.#legend = legendKinds(model.points);
      this.#projected = model.points
        .filter((point) => point.kind === 'projection')
        .map((point) => formatYear(point.year, this.intlLang))
        .join(', ');
    }
    // Made again for new data, or to set its figures in the chart's new direction.
    if (modelChanged || changed.has('direction')) this.#table = undefined;
    let redraw = modelChanged || anyOf(DRAWING_INPUTS);
    if (redraw) this.#layoutStale = true;
    // The width is known (or not needed): lay out the chart once for the new inputs.
    if (this.#layoutStale && !this.#measuring) {
      this.#layoutStale = false;
      this.#layout = this.#model.message ? undefined : this.#computeLayout();
      redraw = true;
    }
    if (modelChanged) {
      const points = this.#model.points;
      // New data under a resting mouse: the point under it now, not the one at its old place
      // in the data (2006 of another series while the mouse rests on 2017).
      if (this.active >= 0 && this.#byMouse && this.#pointerIn && !this.#layoutStale) {
        this.active = this.#layout?.indexAt(this.#pointerAt * this.#layout.width) ?? this.active;
      }
      // New data under the point in focus: the page's own words for it change with the chart's.
      const point = points[this.active];
      const was = this.#announced;
      if (
        point &&
        (point.year !== was?.year || point.value !== was.value || point.kind !== was.kind)
      ) {
        this.#announce(point);
      }
    }
    // Said while the drawing waits for its width too; the decimation note follows the layout.
    if (redraw) this.#notes = this.#buildNotes();
    if (this.tableOpen || this.#printed) {
      const model = this.#model;
      this.#table ??= dataTable(model, {
        caption: english(model.label, !!model.fromSeries && !this.#ownLabel),
        ui: this.#ui,
        lang: this.intlLang,
        wordsLang: this.wordsLang,
        dir: this.contentDir,
        // Any point that is not an observation is in the legend.
        kinds: this.#legend.length > 0,
      });
    }
  }

  /** No series, observations or table, yet. */
  #nothingGiven(): boolean {
    return !readId(this.series) && this.observations === undefined && !this.tableData;
  }

  #warnIfEmpty = () => {
    // Not about a chart taken off the page before it loaded.
    if ((isServer || this.isConnected) && this.#nothingGiven()) {
      // `observations` is a property: written as an attribute, it is not read. Named as what the
      // page wrote, not as a missing `series` the page never used.
      if (this.hasAttribute('observations')) {
        this.warnOnce(
          'observations',
          '[…]',
          'cannot be read from HTML (it is set from script): give a child <table> or a series id',
        );
        return;
      }
      this.warnOnce(
        'series',
        '',
        `is missing: give a series id, observations or a child <table>${
          // WordPress's Classic editor closes a <p> around the chart before its <table>.
          this.parentElement?.localName === 'p' &&
          this.parentElement.nextElementSibling?.localName === 'table'
            ? ' (the <table> after it was moved out of it by an editor that adds paragraphs; write the chart where the HTML is kept as written)'
            : ''
        }`,
      );
    }
  };

  #buildModel(): Model {
    const model = buildModel({
      series: this.series,
      observations: this.observations,
      table: this.tableData,
      label: this.label,
      subtitle: this.subtitle,
      unit: this.unit,
      source: this.source,
      lang: this.intlLang,
      ui: this.#ui,
      sourceWord: this.#sharedWords.source,
      warn: this.warnOnce,
    });
    if (this.#nothingGiven()) {
      // The parser may still be inside the element (its <table> comes next) or a later script
      // set `observations`. Look again once the page has loaded and its scripts are idle (React
      // hydrates server HTML in tasks after `load`, and its effects set `observations`), or in a
      // task of its own after that.
      if (isServer) this.#warnIfEmpty();
      else if (document.readyState === 'complete') setTimeout(this.#warnIfEmpty);
      else
        addEventListener(
          'load',
          () => (self.requestIdleCallback ?? setTimeout)(this.#warnIfEmpty),
          {once: true},
        );
    }
    return model;
  }

  /** `y-axis="data"`: the vertical axis fits the data instead of starting at zero. */
  #fitsData = false;
  /** `axis-dir="rtl"`: time runs right to left. */
  #reversed = false;

  #buildNotes(): Note[] {
    const notes = [...this.#model.notes];
    // The chart's own words: English, and marked so, where the page's language has none loaded.
    const en = this.wordsLang === 'en';
    if (this.#fitsData) notes.unshift({text: this.#ui.notFromZero, en});
    if (this.#layout?.derivedUnmarked) notes.unshift({text: this.#ui.derivedUnmarked, en});
    if (this.#layout?.decimated) {
      const count = formatNumber(this.#model.points.length, 'ratio', this.intlLang);
      notes.unshift({text: this.#ui.decimated(count), en});
    }
    return notes;
  }

  /** Scales, ticks and paths at the measured width; warns about highlighted years not drawn. */
  #computeLayout(): ChartLayout {
    const width = Math.max(120, this.width);
    const {years, invalid} = parseYears(this.highlight);
    const layout = layoutChart(this.#model.points, {
      width,
      height: chartHeight(width),
      unit: this.#model.unit,
      locale: this.intlLang,
      fromZero: !this.#fitsData,
      reverse: this.#reversed,
      highlight: years,
      area: this.area,
      textDir: this.contentDir,
      since: this.#ui.since,
      colon: this.#ui.colon,
      fontSize: this.labelSize,
      spacing: this.textSpacing,
    });
    // Years the layout labels are the years of the data: the others are not in it.
    const missing = years.filter((year) => !layout.highlights.some((label) => label.year === year));
    if (invalid.length > 0 || missing.length > 0) {
      this.warnOnce(
        'highlight',
        this.highlight,
        `names ${[...invalid, ...missing.map(String)].join(', ')}, not a year of the data; left out`,
      );
    }
    return layout;
  }

  get #ui(): TrendChartMessages {
    return words(this.uiLang, chartEnglish);
  }

  /** The page's title for the chart: spaces alone are none, as an empty `label` is. */
  get #ownLabel(): string {
    return this.label?.trim() ?? '';
  }

  /** The words every element shares ("Source: "), in the same language. */
  get #sharedWords(): Messages {
    return words(this.uiLang, shared);
  }

  override render() {
    const model = this.#model;
    const ui = this.#ui;
    const en = model.fromSeries;
    // One binding, so no template whitespace lands between "Source:" and the citation. A citation
    // of the data is English, and so then is "Source:" (marked on the line); the page's is its own,
    // and "Source:" is marked alone. English words on a right-to-left page without their language
    // are set left to right (":Source" otherwise); a page's citation is in the chart's language,
    // and its line in that language's direction ("Ministère, 2017 Source :" otherwise).
    const sourceWords = this.#sharedWords.source;
    const source = model.sourceEn
      ? html`<span dir=${this.wordsDir}>${[sourceWords, english(model.source, true)]}</span>`
      : html`<span dir=${this.contentDir}>${[this.ownWords(sourceWords), model.source]}</span>`;
    const title = english(model.label, en && !this.#ownLabel);
    // The summary is in the page's language around the series' English title: marked there too.
    const [before, ...after] = model.label ? this.#summary.split(model.label) : [this.#summary];
    const summary = after.length ? [before, title, after.join(model.label)] : before;
    return html`<div class="ruler"><span>${SAMPLE}</span><span>${SAMPLE}</span></div>
      <figure part="base" dir=${this.direction}>
        <figcaption>
          <span class="title" id="title" part="label">${title}</span>
          ${
            model.subtitle
              ? html`<span class="subtitle" part="subtitle"
                  >${english(model.subtitle, en && !this.subtitle)}</span
                >`
              : nothing
          }
        </figcaption>
        ${
          model.message
            ? html`<p class="message" role="status" tabindex="-1" lang=${this.wordsLang}>
                  ${model.message}
                </p>
                <slot></slot>`
            : html`<p class="summary" id="summary" part="summary" dir=${this.wordsDir}>
                  ${summary}
                </p>
                ${this.#renderPlot()} ${this.#renderLegend()} ${this.#renderNotes()}
                <div class="actions" part="actions" lang=${this.wordsLang}>
                  <button
                    type="button"
                    part="button"
                    aria-expanded=${String(this.tableOpen)}
                    aria-controls="table"
                    @click=${this.#toggleTable}
                  >
                    ${this.tableOpen ? ui.hideTable : ui.showTable}
                  </button>
                  <button type="button" part="button" @click=${this.#downloadCsv}>
                    ${ui.downloadCsv}
                  </button>
                  <button type="button" part="button" @click=${this.#downloadSvg}>
                    ${ui.downloadSvg}
                  </button>
                </div>
                <div
                  class="table"
                  id="table"
                  ?hidden=${!this.tableOpen}
                  role="region"
                  aria-labelledby="title"
                  tabindex="0"
                  @focusout=${this.#onTableFocusOut}
                >
                  ${this.#table}
                </div>`
        }
        ${
          model.source
            ? html`<p
                class="source"
                part="source"
                lang=${model.sourceEn ? this.wordsLang : nothing}
              >
                ${source}
              </p>`
            : nothing
        }
      </figure>`;
  }

  #renderPlot(): TemplateResult {
    // Still waiting for the measured width: the box (sized by the CSS) without the drawing.
    const layout = this.#measuring ? undefined : this.#layout;
    const {width, height} = layout ?? DEFAULT_SIZE;
    const points = this.#model.points;
    const active = layout && this.active >= 0 ? points[this.active] : undefined;
    const activeAt = active ? layout?.pointAt(this.active) : undefined;
    // The pointer leaves the plot, not the slider: a pointer moved onto the tooltip, also where
    // it reaches out of the plot (over the summary, where no place in it is clear), keeps it
    // (WCAG 1.4.13), and the tooltip stays while it is on it.
    // The picture is named by the title alone: the summary is read just before it, as text. Its
    // highlighted figures ("+49% since 2000"), which the summary does not say, describe it.
    return html`<div class="plot" @pointerleave=${this.#onPointerLeave}>
      <svg
        part="chart"
        role="img"
        aria-labelledby="title"
        aria-describedby="highlights"
        viewBox="0 0 ${width} ${height}"
        width=${width}
        height=${height}
        font-size=${layout?.fontSize ?? FONT_SIZE}
        xmlns="http://www.w3.org/2000/svg"
      >
        ${
          layout
            ? drawing(layout, {
                active: active && activeAt && {...activeAt, kind: active.kind},
                focused: this.focused,
                dir: this.contentDir,
                comma: this.#ui.comma,
              })
            : nothing
        }
      </svg>
      <div
        class="keys"
        role="slider"
        tabindex="0"
        aria-label=${this.#ui.points(this.#model.label)}
        aria-orientation="horizontal"
        aria-valuemin="1"
        aria-valuemax=${points.length}
        aria-valuenow=${Math.max(0, this.active) + 1}
        aria-valuetext=${this.#pointText(Math.max(0, this.active))}
        @keydown=${this.#onKeydown}
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
        @pointermove=${this.#onPointer}
        @pointerdown=${this.#onPointer}
        @pointerup=${this.#onPointerUp}
        @pointercancel=${this.#onPointerUp}
      ></div>
      ${active && activeAt && layout && !this.tooltipHidden ? this.#renderTooltip(active, activeAt) : nothing}
    </div>`;
  }
  /** The point the tooltip is for, in the drawing's units. */
  #tooltipPoint = {x: 0, y: 0};
  /** Where the tooltip was last placed, kept while it stays (see updated()). */
  #tooltipWas: TooltipAt | undefined;
  /** Whether a mouse, not a finger or the keyboard, moved to the active point. */
  #byMouse = false;

  #renderTooltip(point: ChartPoint, at: {x: number; y: number}): TemplateResult {
    this.#tooltipPoint = at;
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" dir=${this.contentDir}>
      <strong>${formatYear(point.year, this.intlLang)}</strong>
      ${formatPoint(point.value, this.#model.unit, this.intlLang, this.#decimals(this.active))}
      ${point.kind === 'observed' ? nothing : html`<span class="kind">${this.#ui[point.kind]}</span>`}
    </div>`;
  }

  /** The last point text made, reused while the point, the data and the language are the same. */
  #spoken:
    | {point: ChartPoint; ui: TrendChartMessages; lang: string; decimals: number; text: string}
    | undefined;

  /** The decimals point `index` is said with beyond one (see pointDecimals). */
  #decimals(index: number): number {
    return pointDecimals(this.#model.points, index, this.#model.unit, this.intlLang);
  }

  /** What a screen reader says for a point: "2017: 257.7 million, Projection". */
  #pointText(index: number): string {
    const point = this.#model.points[index];
    if (!point) return '';
    const ui = this.#ui;
    const spoken = this.#spoken;
    // Said on every render (the slider's value text): not formatted again for each one.
    const decimals = this.#decimals(index);
    if (
      spoken?.point === point &&
      spoken.ui === ui &&
      spoken.lang === this.intlLang &&
      spoken.decimals === decimals
    ) {
      return spoken.text;
    }
    const value = formatPoint(point.value, this.#model.unit, this.intlLang, decimals);
    const kind = point.kind === 'observed' ? '' : ui.comma + ui[point.kind];
    const text = `${formatYear(point.year, this.intlLang)}${ui.colon}${value}${kind}`;
    this.#spoken = {point, ui, lang: this.intlLang, decimals, text};
    return text;
  }

  #renderLegend(): TemplateResult | typeof nothing {
    if (this.#legend.length === 0) return nothing;
    const colon = this.#ui.colon;
    const item = (kind: PointKind) => {
      const dashed = kind === 'projection';
      return html`<li>
        <svg viewBox="0 0 28 12" aria-hidden="true">
          <path class=${dashed ? 'projection' : 'line'} d="M1 6H27"></path>
          <circle class=${markClass(kind)} cx="14" cy="6" r="4"></circle>
        </svg>
        ${this.#ui[kind]}${dashed ? colon + this.#projected : ''}
      </li>`;
    };
    return html`<ul class="legend" part="legend" lang=${this.wordsLang}>
      ${this.#legend.map(item)}
    </ul>`;
  }

  #renderNotes(): TemplateResult | typeof nothing {
    if (this.#notes.length === 0) return nothing;
    return html`<ul class="notes" part="notes">
      ${this.#notes.map(
        // The lead ("2017: Source:") is in the element's words, as "Source:" is on its line.
        (note) => {
          const lead = note.lead ? this.ownWords(note.lead) : nothing;
          // In a left-to-right language, lead and note are set left to right together, inside
          // the line (on an Arabic page the lead "2016:" went otherwise to the far end of it).
          const dir = note.en ? this.wordsDir : this.contentDir;
          return html`<li class="note">
            <span dir=${dir}>${[lead, english(note.text, note.en)]}</span>
          </li>`;
        },
      )}
    </ul>`;
  }

  /** The page was printed: the print styles show the table, which is then made if it never was. */
  #printed = false;
  /** The width drawn on screen, while the drawing is made for paper. */
  #screenWidth = 0;

  /**
   * Nothing measures the chart while the page prints: it is drawn for paper now, at its width on
   * screen (read from the layout, also for a chart the browser skipped) up to PRINT_WIDTH, or at
   * PRINT_WIDTH when it is hidden on screen.
   */
  #onBeforePrint = () => {
    this.#printed = true;
    cancelAnimationFrame(this.#widthFrame);
    this.#widthFrame = 0;
    // Its layout width, not its box on screen, which a transform (scale) would change.
    const onScreen = this.renderRoot.querySelector('.ruler')?.clientWidth ?? 0;
    this.#screenWidth = onScreen || this.width;
    this.width = Math.min(PRINT_WIDTH, onScreen || PRINT_WIDTH);
    this.#stopMeasuring();
    this.requestUpdate();
  };

  #onAfterPrint = () => {
    if (this.#screenWidth) this.width = this.#screenWidth;
    this.#screenWidth = 0;
  };

  #toggleTable(): void {
    this.tableOpen = !this.tableOpen;
  }

  #setActive(index: number, announce = true): void {
    const points = this.#model.points;
    if (points.length === 0) return;
    const next = Math.min(points.length - 1, Math.max(0, index));
    if (next === this.active) return;
    this.active = next;
    this.tooltipHidden = false;
    if (announce) this.#announce(points[next]!);
  }

  /** The point now in focus, for a page that says it elsewhere (a live region). */
  #announce(point: ChartPoint): void {
    this.#announced = point;
    this.dispatchEvent(
      new CustomEvent<PointFocusDetail>('mwfa-point-focus', {
        bubbles: true,
        composed: true,
        detail: {year: point.year, value: point.value, index: this.active, kind: point.kind},
      }),
    );
  }

  #onKeydown(event: KeyboardEvent): void {
    if (this.#byMouse) this.#tooltipWas = undefined;
    this.#byMouse = false;
    const target = keyTarget(
      event.key,
      Math.max(0, this.active),
      this.#model.points.length,
      this.#reversed,
    );
    if (target === undefined) return;
    event.preventDefault();
    this.#setActive(target);
  }

  /** Escape hides the tooltip wherever focus is, the pointer staying put (WCAG 1.4.13). */
  #onEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.tooltipHidden = true;
  };

  #onFocus(): void {
    this.focused = true;
    const tapped = this.#tapped;
    this.#tapped = undefined;
    // A tap said its point, which the lifted finger hid just before this focus: not twice. Not
    // a swipe long before, after which the page's live region may have another chart's point.
    const point = this.#model.points[this.#pressed];
    const said =
      point !== undefined &&
      point === tapped?.point &&
      point === this.#announced &&
      performance.now() - tapped.liftedAt < TAP_FOCUS_MS;
    if (this.active < 0) this.#setActive(this.#pressed, !said);
  }

  /** Focus left: the point is shown no more, unless the pointer is on it (as on pointer leave). */
  #onBlur(): void {
    this.focused = false;
    this.#pressed = 0;
    this.#tapped = undefined;
    if (!this.#pointerIn) this.active = -1;
  }

  /** The pointer is over the chart (between a move on it and leaving it). */
  #pointerIn = false;
  /** Where it was last, as a share of the drawing's width. */
  #pointerAt = 0;
  /**
   * The point pressed last, or moved to while pressed (until focus leaves; else the first), which
   * focus shows: a tap focuses the slider only after the lifted finger has left the chart, and its
   * point with it.
   */
  #pressed = 0;
  /**
   * The point a finger or button last pressed showed, and when it was lifted (Infinity while it
   * is down: a mouse's focus comes before its button is released): a tap's focus follows it.
   */
  #tapped: {point: ChartPoint; liftedAt: number} | undefined;

  #onPointer(event: PointerEvent): void {
    this.#pointerIn = true;
    const byMouse = event.pointerType === 'mouse';
    // Another way of pointing takes the tooltip's first place afresh (beside is in a mouse's way).
    if (byMouse !== this.#byMouse) this.#tooltipWas = undefined;
    this.#byMouse = byMouse;
    const layout = this.#layout;
    const target = event.currentTarget as HTMLElement;
    if (!layout) return;
    const box = target.getBoundingClientRect();
    if (box.width === 0) return;
    this.#pointerAt = (event.clientX - box.left) / box.width;
    const index = layout.indexAt(this.#pointerAt * layout.width);
    this.#setActive(index);
    // Pressed here, or moved while pressed here: focus shows where the finger was lifted.
    if (event.type === 'pointerdown') this.#pressing = true;
    if (event.type === 'pointerdown' || (this.#pressing && event.buttons)) {
      this.#pressed = index;
      this.#tapped = {point: this.#model.points[this.active]!, liftedAt: Infinity};
    }
  }

  /** A button pressed on the chart (not one held down from elsewhere, selecting text). */
  #pressing = false;

  /** Lifted: a tap's focus comes now, a long press's too. */
  #onPointerUp(event: PointerEvent): void {
    this.#pressing = false;
    if (this.#tapped) this.#tapped.liftedAt = event.timeStamp;
  }

  #onPointerLeave(): void {
    this.#pointerIn = false;
    this.#pressing = false;
    if (!this.focused) this.active = -1;
  }

  #downloadCsv(): void {
    const {points, source} = this.#model;
    // A year's own source where it has one (2017's recorded deaths), else the chart's.
    const csv = toCsv(
      points,
      csvHeading(this.#model),
      (point) => (point.source && citeById(point.source)) || source,
    );
    saveFile(new Blob([csv], {type: 'text/csv;charset=utf-8'}), `${this.#model.name}.csv`);
  }

  #downloadSvg(): void {
    const chart = this.renderRoot.querySelector<SVGSVGElement>('svg[part="chart"]');
    if (!chart) return;
    const {label, source, sourceEn, fromSeries, name} = this.#model;
    const {above, below} = fileText({
      rtl: this.direction === 'rtl',
      wordsLtr: langDir(this.uiLang) === 'ltr',
      contentLtr: this.contentDir === 'ltr',
      label,
      labelEn: !!fromSeries && !this.#ownLabel,
      summary: this.#summary,
      notes: this.#notes,
      sourceWord: this.#sharedWords.source,
      source,
      sourceEn,
    });
    // The chart's own background, that of its labels' halos; where the page made it transparent,
    // the surface colour as its buttons show it, else what the page shows behind the chart: a
    // file opened alone is otherwise drawn on the viewer's, where a dark theme's light text
    // cannot be read.
    const behind: Element[] = [
      this.renderRoot.querySelector('[part="base"]')!,
      this.renderRoot.querySelector('button')!,
    ];
    const outside = (node: Element) =>
      node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
    for (let node = outside(this); node; node = outside(node)) behind.push(node);
    const text = svgFile({
      drawing: chart,
      ...(this.#layout ?? DEFAULT_SIZE),
      direction: this.direction,
      color: getComputedStyle(this.renderRoot.querySelector('.title')!).color,
      background: firstOpaque(behind.map((node) => getComputedStyle(node).backgroundColor)),
      above,
      below,
      title: label,
      description: this.#summary,
    });
    saveFile(new Blob([text], {type: 'image/svg+xml'}), `${name}.svg`);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mwfa-point-focus': CustomEvent<PointFocusDetail>;
  }
}
