import type {KeyMessageId, KeyMessageKind} from '@mwfa/data';
import {getIndicator} from '@mwfa/data/indicators';
import {getKeyMessage, keyMessages} from '@mwfa/data/key-messages';
import {getSource} from '@mwfa/data/sources';
import {html, nothing, type TemplateResult} from 'lit';
import {checkText, keyword} from '../internal/figure.js';
import {formatFigure, formatPeriod} from '../internal/format.js';
import {en as shared, words} from '../internal/messages.js';
import {MwfaElement} from '../internal/mwfa-element.js';
import {readId, unknownIdHint} from '../internal/suggest.js';
import {en} from './key-message.messages.js';
import {styles} from './key-message.styles.js';

/**
 * The whole text of every element under `node`, spaces collapsed. Walks `childNodes`: the
 * server's stand-in DOM has no `querySelectorAll`.
 */
function elementTexts(
  node: {readonly childNodes?: ArrayLike<ChildNode>},
  texts = new Set<string>(),
) {
  for (const child of Array.from(node.childNodes ?? [])) {
    if (child.nodeType !== 1) continue;
    texts.add(child.textContent!.replace(/\s+/g, ' ').trim());
    elementTexts(child, texts);
  }
  return texts;
}

/** The kinds a page may give: every kind (`KeyMessageWords` has a word for each). */
const KINDS = Object.keys(en.kind) as readonly KeyMessageKind[];

interface View {
  kind?: KeyMessageKind;
  quote?: string;
  attribution?: TemplateResult | string;
  cite?: string;
  figures: {text: string; label: string; period: string | undefined}[];
  /** The page wrote its own message inside the element. */
  own: boolean;
}

/**
 * @summary A key message of the report as a callout: the quote, its attribution, its kind
 * (call, warning, recommendation, commitment, finding) in words and styling, and the related
 * figures through the same formatter as `<mwfa-stat-card>`, each with the years of a total over
 * several and the comparison the report makes.
 *
 * @tag mwfa-key-message
 *
 * @attr {string} message - Id of a key message in `@mwfa/data`, e.g. `xenophobic-narratives`.
 * @attr {'call'|'warning'|'recommendation'|'commitment'|'finding'} kind - Overrides the message's kind, or sets it for the page's own message.
 * @attr {string} attribution - Who said it, for the page's own message (overrides the data's).
 * @attr {'light'|'dark'} theme - Forces a colour scheme (default: the page's `color-scheme`).
 *
 * @slot - The page's own message, replacing the quote; `<mwfa-value>` inside it binds figures. Its
 *   first and last elements lose their outer margins (the page's for `<p>`): the callout's padding
 *   is its edge.
 *
 * @csspart base - The callout.
 * @csspart kind - The kind in words ("Warning").
 * @csspart quote - The quote from the report (`blockquote`).
 * @csspart message - Wraps the default slot.
 * @csspart attribution - Report and section (`figcaption`).
 * @csspart figures - The related figures.
 *
 * @cssprop --mwfa-key-message-kind-color - Colour of the kind word, the edge and the related
 *   figures. Default: by kind.
 * @cssprop --mwfa-key-message-background - Background. Default `--mwfa-color-surface-subtle`.
 * @cssprop --mwfa-color-scheme - `light`, `dark` or `light dark` (default: the page's `color-scheme`).
 * @cssprop --mwfa-color-text - Text colour. Default `light-dark(#1b1f24, #eef1f4)`.
 * @cssprop --mwfa-color-muted - Colour of the attribution. Default `light-dark(#4f5a66, #aeb8c2)`.
 * @cssprop --mwfa-color-accent - Calls. Default `light-dark(#005a9c, #79c4f2)`.
 * @cssprop --mwfa-color-warning - Warnings. Default `light-dark(#8f3f00, #f0b35e)`.
 * @cssprop --mwfa-color-positive - Recommendations. Default `light-dark(#1b6b3a, #7dd39a)`.
 * @cssprop --mwfa-color-highlight - Commitments. Default `light-dark(#5a3d99, #c4a8f5)`.
 * @cssprop --mwfa-font-family - Font (default: the page's).
 * @cssprop --mwfa-radius - Corner radius. Default `0.5rem`.
 * @cssprop --mwfa-color-surface-subtle - Background (via `--mwfa-key-message-background`). Default `light-dark(#f3f6f9, #1f2630)`.
 * @cssprop --mwfa-color-border - Borders. Default `light-dark(#8c959f, #6e7781)`.
 */
export class MwfaKeyMessage extends MwfaElement {
  static override styles = styles;
  protected static override tag = 'mwfa-key-message';

  static override properties = {
    message: {reflect: true},
    // Reflected, so that a page's own rules (`mwfa-key-message[kind=warning]`) match a kind set
    // from a script.
    kind: {reflect: true},
    attribution: {},
    theme: {reflect: true},
  };

  /**
   * Id of a key message in `@mwfa/data`, e.g. `legal-pathways`. Typed so that editors
   * suggest the ids; any string is accepted (an unknown one shows the fallback).
   */
  declare message: KeyMessageId | (string & {}) | null;
  /** Overrides the message's kind, or sets it for the page's own message. */
  declare kind: 'call' | 'warning' | 'recommendation' | 'commitment' | 'finding' | null;
  /** Attribution of the page's own message; given with `message`, it replaces the report's. */
  declare attribution: string | null;
  /** Forces a colour scheme (default: the page's `color-scheme`). */
  declare theme: 'light' | 'dark' | null;

  #view: View = {figures: [], own: false};

  constructor() {
    super();
    this.message = null;
    this.kind = null;
    this.attribution = null;
    this.theme = null;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const warn = this.warnOnce;
    const attribution = checkText('attribution', this.attribution, warn);
    const id = readId(this.message);
    const data = id ? getKeyMessage(id) : undefined;
    // A server rendering whose <template> a filter removed would replace the quote by its
    // leftovers. Where the filter dropped the style sheet's text too, they hold the quote and
    // the section's title each as the whole text of an element, as this element writes them; a
    // page's own message may quote the report and name its section in a sentence.
    const texts = data && elementTexts(this);
    const leftOver =
      this.renderLeftOver() || !!(texts?.has(data!.quote) && texts.has(data!.locator));
    // Words of the page's own in the default slot; a <br> alone would hide the quote behind nothing.
    const own = !leftOver && !!this.childWithWords((child) => !!child.slot);
    this.warnHidden((child) => !child.slot, true, leftOver);
    if (id && !data) {
      const known = keyMessages.map((entry) => entry.id);
      warn('message', this.message, unknownIdHint('a key message', id, known));
    } else if (!id && !own && !leftOver) {
      // Leftovers hold the page's words too, but not apart from the rest: warned about above.
      warn('message', '', 'is missing: set message, or write the message inside the element');
    }
    const kind = (this.kind && keyword('kind', this.kind, KINDS, warn)) || data?.kind;
    const source = data && getSource(data.source);
    const {separator} = words(this.uiLang, shared);
    const {inSection, brackets} = words(this.uiLang, en);
    const [before, after] = inSection;
    this.#view = {
      own,
      kind,
      quote: data?.quote,
      cite: source?.url,
      // The dash goes with the English title it leads: on its own, in a right-to-left message it
      // sat at the end of the title's first line ("Making Migration Work —").
      attribution: attribution
        ? `— ${attribution}`
        : data &&
          html`<span lang="en" dir="ltr">— <cite>${source?.title ?? data.source}</cite></span
            >${separator}${before}<span lang="en" dir="ltr">${data.locator}</span>${after}`,
      // Each figure with what its card says beside it where the claim needs it: the years of a
      // total over several ("since 2014") and the report's comparison ("as opposed to half of
      // women worldwide"). Without them the list made broader claims than the note.
      figures: (data?.indicators ?? []).flatMap((id) => {
        const indicator = getIndicator(id);
        if (!indicator) return [];
        const {period, comparison, label} = indicator;
        return [
          {
            text: formatFigure(indicator, this.intlLang),
            label: comparison?.type === 'versus' ? `${label} (${comparison.wording})` : label,
            period:
              period.start < period.end && !period.basis
                ? brackets[0] + formatPeriod(period, this.intlLang) + brackets[1]
                : undefined,
          },
        ];
      }),
    };
  }

  // Text edited in place (a framework filling in the page's message) fires no slotchange.
  protected override childrenChanged(): void {
    this.requestUpdate();
  }

  override render() {
    const ui = words(this.uiLang, en);
    const {kind, quote, attribution, cite, figures, own} = this.#view;
    return html`<div part="base" class="kind-${kind ?? 'none'}" dir=${this.direction}>
      ${kind ? html`<p part="kind" lang=${this.wordsLang}>${ui.kind[kind]}</p>` : nothing}
      <figure>
        <div part="message" ?hidden=${!own}>
          <slot></slot>
        </div>
        ${
          own
            ? nothing
            : quote
              ? html`<blockquote part="quote" lang="en" dir="ltr" cite=${cite ?? nothing}>
                  <p>${quote}</p>
                </blockquote>`
              : html`<p part="quote" class="missing" lang=${this.wordsLang}>${ui.noMessage}</p>`
        }
        ${
          // The report's attribution has English words ("section"): marked so where the page's
          // language has none loaded, and in a right-to-left message set left to right as a
          // whole, so that its comma stays after the title ("section ,on migration" otherwise).
          attribution
            ? html`<figcaption part="attribution">
                <span
                  lang=${typeof attribution === 'string' ? nothing : this.wordsLang}
                  dir=${typeof attribution === 'string' ? nothing : this.wordsDir}
                  >${attribution}</span
                >
              </figcaption>`
            : nothing
        }
      </figure>
      ${
        // The heading is read as the paragraph it is, right before the list; not also as the
        // list's name (and NVDA and JAWS do not say a list's name in browse mode anyway).
        figures.length
          ? html`<div part="figures">
              <p class="heading" lang=${this.wordsLang}>${ui.relatedFigures}</p>
              <ul>
                ${figures.map(
                  ({text, label, period}) =>
                    // Figure and label are one phrase, in the figure's direction.
                    html`<li>
                      <span dir=${this.contentDir}
                        ><strong>${text}</strong> <span lang="en" dir="ltr">${label}</span>${
                          period ?? nothing
                        }</span
                      >
                    </li>`,
                )}
              </ul>
            </div>`
          : nothing
      }
    </div>`;
  }
}
