import type {IndicatorId, Source} from '@mwfa/data';
import {getSource} from '@mwfa/data/sources';
import {html, nothing, type TemplateResult} from 'lit';
import {checkText, citeSource, resolveFigure, warnUnused} from '../internal/figure.js';
import {formatFigure, formatPeriod, numberWithWord} from '../internal/format.js';
import {en, words as wordsIn} from '../internal/messages.js';
import {MwfaElement} from '../internal/mwfa-element.js';
import {spokenText} from '../internal/spoken.js';
import {SPARK_HEIGHT, SPARK_WIDTH, seriesPoints} from './sparkline.js';
import {styles} from './stat-card.styles.js';

/** What the card shows, worked out before each render. */
interface View {
  /** The figure as a phrase ("over 20,000"); undefined when there is none to show. */
  figure?: string;
  label?: string;
  /** `en` when the label shown is the data's (report text stays English), not the page's. */
  labelLang?: string;
  period?: string;
  /** The period is the indicator's, worded by the card (not the page's `period`). */
  ownPeriod?: boolean;
  /** The report's words, English like the label: "as opposed to half of women worldwide". */
  comparison?: string;
  source?: Source | string;
  series?: string;
}

/**
 * @summary A headline figure of the report: the number in words and digits, what it counts, the
 * period, the comparison the report makes, and its source.
 *
 * @tag mwfa-stat-card
 *
 * @attr {string} indicator - Id of an indicator in `@mwfa/data`, e.g. `international-migrants`.
 * @attr {string} value - A figure the page supplies instead of `indicator`: digits only, e.g. `20000`
 *   (on a page that writes decimals with a comma, `20.000` is not guessed: no figure, and a warning).
 * @attr {string} label - What the figure counts. Overrides the indicator's own label.
 * @attr {'persons'|'percent'|'usd'|'ratio'} unit - Unit of `value`. Default `persons`. Any other word shows the fallback, with a warning.
 * @attr {'none'|'approximately'|'some'|'nearly'|'over'|'more-than'} qualifier - How `value` is qualified. Any other word shows the fallback, with a warning: the figure without it would read as exact.
 * @attr {string} period - Period of `value`, as text (`2014–2017`).
 * @attr {string} source - Id of a source in `@mwfa/data`, or a citation as text, for `value`.
 *   Text shaped like an id and close to one (`un-desa-migrant-stock-2071`) is shown with a
 *   warning.
 * @attr {boolean} compact - A smaller card for grids and sidebars.
 * @attr {boolean} sparkline - Draws the indicator's related series as a small decorative line.
 * @attr {'light'|'dark'} theme - Forces a colour scheme (default: the page's `color-scheme`).
 *
 * @slot label - Replaces the label with the page's own words, read with the figure as one phrase
 *   (with a link, a control, anything focusable, a `<details>` or an `<mwfa-value>` in it, read
 *   as shown, after the figure, so that it can be reached and the value heard). An element with
 *   no text in it counts as no label.
 * @slot footnote - A note under the source line. What is in either slot keeps no margins above and
 *   below it (the page's for `<p>`): the card spaces its parts.
 *
 * @csspart base - The card (a `figure`).
 * @csspart value - The figure in words and digits ("over 20,000").
 * @csspart label - What the figure counts.
 * @csspart period - The year or years; "2017 (year of the report)" where the note gives no year.
 * @csspart comparison - The comparison the report makes ("as opposed to half …").
 * @csspart sparkline - The decorative line of the related series (`svg`), drawn in its `color`.
 * @csspart source - The source line.
 * @csspart footnote - Wraps the `footnote` slot.
 *
 * @cssprop --mwfa-stat-card-value-color - Colour of the figure. Default `--mwfa-color-accent`.
 * @cssprop --mwfa-stat-card-value-size - Font size of the figure. Default `max(1.25em, min(8cqi, 2.25em))`: 2.25em, smaller on phones (8% of the page's nearest size container, else of the viewport) but never below 1.25em; at most `1.5em` compact.
 * @cssprop --mwfa-stat-card-background - Background of the card. Default `--mwfa-color-surface`.
 * @cssprop --mwfa-stat-card-padding - Padding of the card. Default `1rem 1.25rem` (`0.75rem 1rem` compact).
 * @cssprop --mwfa-color-scheme - `light`, `dark` or `light dark` (default: the page's `color-scheme`).
 * @cssprop --mwfa-color-text - Text colour. Default `light-dark(#1b1f24, #eef1f4)`.
 * @cssprop --mwfa-color-muted - Colour of the period and source line. Default `light-dark(#4f5a66, #aeb8c2)`.
 * @cssprop --mwfa-color-accent - Figure, links and sparkline. Default `light-dark(#005a9c, #79c4f2)`.
 * @cssprop --mwfa-color-surface - Card background. Default `light-dark(#ffffff, #161b22)`.
 * @cssprop --mwfa-color-border - Card border. Default `light-dark(#8c959f, #6e7781)`.
 * @cssprop --mwfa-font-family - Font (default: the page's).
 * @cssprop --mwfa-radius - Corner radius. Default `0.5rem`.
 * @cssprop --mwfa-color-focus - Focus ring colour of the source link. Default `light-dark(#005a9c, #79c4f2)`.
 * @cssprop --mwfa-focus-ring - Focus ring of the source link (default `2px solid` the focus colour).
 */
export class MwfaStatCard extends MwfaElement {
  static override styles = styles;
  protected static override tag = 'mwfa-stat-card';

  static override properties = {
    indicator: {reflect: true},
    value: {},
    label: {},
    unit: {},
    qualifier: {},
    period: {},
    source: {},
    compact: {type: Boolean, reflect: true},
    sparkline: {type: Boolean, reflect: true},
    // Reflected: the styles force the scheme from the attribute, also when a script sets it.
    theme: {reflect: true},
    points: {state: true},
  };

  /**
   * Id of an indicator in `@mwfa/data`, e.g. `international-migrants`. Typed so that editors
   * suggest the ids; any string is accepted (an unknown one shows the fallback).
   */
  declare indicator: IndicatorId | (string & {}) | null;
  /** A figure the page supplies, as digits (`20000`); used when `indicator` is not set. */
  declare value: string | null;
  /** What the figure counts; overrides the indicator's own label. */
  declare label: string | null;
  // The values written out, not `Unit` of @mwfa/data: the manifest (and so Storybook) gives a
  // type as it is written.
  /** Unit of `value`; `persons` when not set. */
  declare unit: 'persons' | 'percent' | 'usd' | 'ratio' | null;
  /** How `value` is qualified; `none` when not set. */
  declare qualifier: 'none' | 'approximately' | 'some' | 'nearly' | 'over' | 'more-than' | null;
  /** Period of `value`, as text. */
  declare period: string | null;
  /** Source of `value`: an id in `@mwfa/data`, or a citation as text. */
  declare source: string | null;
  /** A smaller card. */
  declare compact: boolean;
  /** Draws the indicator's related series, when it has one. */
  declare sparkline: boolean;
  /** Forces a colour scheme (default: the page's `color-scheme`). */
  declare theme: 'light' | 'dark' | null;
  /** The sparkline's `points`; the server renderer (`ssr/index.ts`) sets them too. */
  declare private points: string;

  #view: View = {};
  #labelText = '';
  /**
   * The slotted label holds a link or a control, or an `<mwfa-value>` (whose words are in its
   * own shadow root, not in the label's text): it is then read as shown, after the figure, where
   * it can be reached, instead of out of sight in one phrase with the figure.
   */
  #labelAsShown = false;
  /** An element in the label slot with no text (a CMS template's empty field): no label. */
  #labelBlank = false;
  #hasFootnote = false;
  #loading?: string;

  constructor() {
    super();
    this.indicator = null;
    this.value = null;
    this.label = null;
    this.unit = null;
    this.qualifier = null;
    this.period = null;
    this.source = null;
    this.compact = false;
    this.sparkline = false;
    this.theme = null;
    this.points = '';
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Only the sparkline's points arrived (no slot changed): the view does not depend on them.
    if (changed.size === 1 && changed.has('points') && !this.#rereadChildren) return;
    this.#rereadChildren = false;
    const warn = this.warnOnce;
    const {figure, indicator} = resolveFigure(this, warn, this.intlLang);
    // The indicator's period and source are where its figure comes from: not the page's to change.
    // That is all they are warned about (not also that they hold markup).
    const [own, period, source] = (['label', 'period', 'source'] as const).map((name) =>
      indicator && name !== 'label'
        ? this[name]?.trim() || undefined
        : checkText(name, this[name], warn),
    );
    if (indicator) warnUnused({period, source}, warn);
    const lang = this.intlLang;
    // Slotted content, read here so the figure and a slotted label are one phrase (see render).
    const slotted = this.querySelector?.(':scope > [slot="label"]');
    this.#labelText = slotted ? spokenText(slotted).trim() : '';
    // What a reader can focus or open: hidden from screen readers, it would be a trap.
    const asShown =
      'a[href], button, input, select, textarea, details, [tabindex], [contenteditable], mwfa-value';
    this.#labelAsShown = !!(slotted?.matches(asShown) || slotted?.querySelector(asShown));
    this.#labelBlank = !!slotted && !this.#labelText && !this.#labelAsShown;
    this.#hasFootnote = !!this.querySelector?.(':scope > [slot="footnote"]');
    this.warnHidden((child) => child.slot === 'label' || child.slot === 'footnote');
    const label = own || indicator?.label;
    if (figure && !indicator && !label && (!slotted || this.#labelBlank)) {
      warn('label', this.label, 'is missing: say what the figure counts');
    }
    this.#view = {
      figure: figure && formatFigure(figure, lang),
      label,
      labelLang: indicator?.label && !own && !this.#labelText ? 'en' : undefined,
      period: indicator ? formatPeriod(indicator.period, lang) : period,
      ownPeriod: !!indicator,
      // The other figure alone, in another language, would lose what it counts ("contre la
      // moitié": half of whom?), and the label it would need is English.
      comparison:
        indicator?.comparison?.type === 'versus' ? indicator.comparison.wording : undefined,
      source: indicator ? getSource(indicator.provenance.source) : citeSource(source, warn),
      series: indicator?.series,
    };
  }

  protected override updated(): void {
    const id = this.sparkline ? this.#view.series : undefined;
    if (!id || this.#loading === id) return;
    this.#loading = id;
    // Loaded on demand, so a card without a sparkline does not carry every series.
    import('@mwfa/data/series')
      .then(({getSeries}) => {
        if (this.#loading === id) this.points = seriesPoints(getSeries(id));
      })
      .catch(() => (this.points = ''));
  }

  /** Set when the light DOM changed: the next update reads the slotted label and footnote again. */
  #rereadChildren = false;

  protected override childrenChanged(): void {
    this.#rereadChildren = true;
    this.requestUpdate();
  }

  /** The figure, its number and the word after it in a box of their own (see the styles). */
  #keepingNumberWithWord(figure: string): TemplateResult {
    const [before, kept, after] = numberWithWord(figure);
    // Set in the figure's direction inside the line, which keeps the card's alignment.
    return html`<span dir=${this.contentDir}
      >${before}<span class="kept">${kept}</span>${after}</span
    >`;
  }

  override render() {
    const words = wordsIn(this.uiLang, en);
    const view = this.#view;
    const source = view.source;
    // Report text is English and set left-to-right, isolated inside right-to-left cards.
    const citation =
      typeof source === 'string'
        ? source
        : source &&
          html`<span lang="en" dir="ltr"
            >${source.publisher},
            ${source.url ? html`<a href=${source.url}>${source.title}</a>` : source.title},
            ${source.vintage}.</span
          >`;
    const wordsDir = this.wordsDir;
    // One binding, so no template whitespace lands between "Source:" and the citation. A citation
    // of the data is English, and so then is "Source:" (marked on the line, and set in its
    // direction); the page's is in the element's language, and "Source:" is marked alone (the
    // line in that language's direction: "Ministerio, 2017Fuente:" on an Arabic page otherwise).
    const pageCitation = source === citation;
    const sourceLine = citation
      ? html`<p part="source" lang=${pageCitation ? nothing : this.wordsLang}>
          ${
            pageCitation
              ? html`<span dir=${this.contentDir}>${[this.ownWords(words.source), citation]}</span>`
              : html`<span dir=${wordsDir}>${[words.source, citation]}</span>`
          }
        </p>`
      : nothing;
    // The indicator's period is set with the card's words, and its "(year of the report)" is
    // marked English with them; its years are the page's ("2017年").
    const [, note = ''] = words.reportYear.split('{n}');
    const years =
      note && view.period?.endsWith(note) ? view.period.slice(0, -note.length) : view.period;
    const period = view.ownPeriod
      ? html`<span dir=${wordsDir}
          >${years}${years === view.period ? nothing : this.ownWords(note)}</span
        >`
      : view.period;
    const figure = view.figure ?? this.ownWords(words.noFigure);
    // "No label given" only beside a figure; an unavailable figure says so on its own.
    const label = view.label ?? (view.figure === undefined ? '' : this.ownWords(words.noLabel));
    return html`<figure
      part="base"
      dir=${this.direction}
      class=${view.figure === undefined ? 'missing' : ''}
    >
      <figcaption>
        ${
          this.#labelAsShown
            ? nothing
            : html`<span class="visually-hidden"
                >${figure}
                <span lang=${view.labelLang ?? nothing}>${this.#labelText || label}</span></span
              >`
        }
        <span aria-hidden=${this.#labelAsShown ? nothing : 'true'}>
          <span part="value"
            >${view.figure ? this.#keepingNumberWithWord(view.figure) : figure}</span
          >
          <span part="label" lang=${view.labelLang ?? nothing}
            >${this.#labelBlank ? label : nothing}<slot name="label"
              ><span dir=${view.labelLang ? 'ltr' : nothing}>${label}</span></slot
            ></span
          >
        </span>
      </figcaption>
      ${view.period ? html`<p part="period">${period}</p>` : nothing}
      ${
        view.comparison
          ? html`<p part="comparison">
              <span lang="en" dir="ltr">${view.comparison}</span>
            </p>`
          : nothing
      }
      ${
        // The polyline is there before its points: a prerendered card's line (drawn by the
        // server) then hydrates as it is, and the same points arriving change nothing.
        this.sparkline && view.series
          ? html`<svg
              part="sparkline"
              viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
              preserveAspectRatio="none"
              aria-hidden="true"
              focusable="false"
            >
              <polyline points=${this.points || nothing}></polyline>
            </svg>`
          : nothing
      }
      ${sourceLine}
      <div part="footnote" ?hidden=${!this.#hasFootnote}>
        <slot name="footnote"></slot>
      </div>
    </figure>`;
  }
}
