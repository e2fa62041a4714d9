import type {IndicatorId} from '@mwfa/data';
import {css, html} from 'lit';
import {resolveFigure} from '../internal/figure.js';
import {formatFigure} from '../internal/format.js';
import {en, words} from '../internal/messages.js';
import {MwfaElement} from '../internal/mwfa-element.js';

/**
 * @summary A figure of the report inline in running text, formatted exactly as
 * `<mwfa-stat-card>` formats it ("over 20,000", "approximately $600 billion").
 *
 * Text inside the element is the fallback: it shows before the element upgrades, without
 * JavaScript, and when the figure cannot be found.
 *
 * @tag mwfa-value
 *
 * @attr {string} indicator - Id of an indicator in `@mwfa/data`, e.g. `international-migrants`.
 * @attr {string} value - A figure the page supplies instead of `indicator`: digits only, e.g. `20000`
 *   (on a page that writes decimals with a comma, `20.000` is not guessed: no figure, and a warning).
 * @attr {'persons'|'percent'|'usd'|'ratio'} unit - Unit of `value`. Default `persons`. Any other word shows the fallback, with a warning.
 * @attr {'none'|'approximately'|'some'|'nearly'|'over'|'more-than'} qualifier - How `value` is qualified. Any other word shows the fallback, with a warning: the figure without it would read as exact.
 *
 * @slot - Fallback text, shown until the figure is rendered or when it cannot be.
 *
 * @csspart base - The formatted figure.
 *
 * @cssprop --mwfa-value-color - Colour of the figure. Default: the text's.
 * @cssprop --mwfa-value-font-weight - Weight of the figure. Default: the text's.
 */
export class MwfaValue extends MwfaElement {
  static override styles = css`
    :host {
      display: inline;
      unicode-bidi: isolate;
    }
    :host([hidden]) {
      display: none !important;
    }
    /* Running text breaks between the figure's words, never inside a Chinese figure ("约6000亿美元")
       nor between a number and its unit ("258 миллионов", "600 مليار دولار"): their spaces do not
       break, so they move to the next line together. Only a figure wider than a whole line (200%
       text on a phone: "600 миллиардов долл. США") is broken, rather than run off the page;
       break-word, not anywhere, which would also let a table cell or a flex item shrink it. */
    [part='base'] {
      color: var(--mwfa-value-color, inherit);
      font-weight: var(--mwfa-value-font-weight, inherit);
      word-break: keep-all;
    }
    .number {
      overflow-wrap: break-word;
    }
  `;
  protected static override tag = 'mwfa-value';

  static override properties = {
    indicator: {reflect: true},
    value: {},
    unit: {},
    qualifier: {},
  };

  /**
   * Id of an indicator in `@mwfa/data`, e.g. `international-migrants`. Typed so that editors
   * suggest the ids; any string is accepted (an unknown one shows the fallback).
   */
  declare indicator: IndicatorId | (string & {}) | null;
  /** A figure the page supplies, as digits (`20000`); used when `indicator` is not set. */
  declare value: string | null;
  // The values written out, not `Unit` of @mwfa/data: the manifest (and so Storybook) gives a
  // type as it is written.
  /** Unit of `value`; `persons` when not set. */
  declare unit: 'persons' | 'percent' | 'usd' | 'ratio' | null;
  /** How `value` is qualified; `none` when not set. */
  declare qualifier: 'none' | 'approximately' | 'some' | 'nearly' | 'over' | 'more-than' | null;

  #text?: string;

  constructor() {
    super();
    this.indicator = null;
    this.value = null;
    this.unit = null;
    this.qualifier = null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const {figure} = resolveFigure(this, this.warnOnce, this.intlLang);
    this.#text = figure && formatFigure(figure, this.intlLang);
  }

  override render() {
    // Qualifier words come first in every language ("approximately", "более чем"): from the first
    // digit on (Arabic-Indic ones too, as Egypt's Arabic writes them) is the number with its
    // unit (a fraction in words has no digit, and no unit).
    const at = Math.max(0, this.#text?.search(/\p{Nd}/u) ?? 0);
    return this.#text === undefined
      ? html`<span part="base" class="missing"
          ><slot><span lang=${this.wordsLang}>${words(this.uiLang, en).noFigure}</span></slot></span
        >`
      : html`<span part="base" dir=${this.contentDir}
          >${this.#text.slice(0, at)}<span class="number"
            >${this.#text.slice(at).replace(/ /g, '\u00a0')}</span
          ></span
        >`;
  }
}
