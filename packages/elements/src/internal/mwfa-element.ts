import {
  html,
  LitElement,
  nothing,
  type CSSResult,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import {dirOf, intlLocale, langDir, langOf, uiLocale, type UiLocale} from './locale.js';
import {LOCALE_EVENT, wordsLocale} from './messages.js';
import {oneEditApart} from './suggest.js';
import {warn} from './warn.js';

/**
 * Connected elements, told when a `lang` or `dir` changes anywhere in the document (also inside
 * the shadow roots they are in: an app shell that switches language on its own <main>), and when
 * a locale module registers a language (it may come before or after the elements' script).
 */
const listeners = new Set<MwfaElement>();
let observer: MutationObserver | undefined;
let observed = new WeakSet<Node>();
const resolveAll = () => listeners.forEach((listener) => listener.resolveLocale());

function watchDocument(element: MwfaElement): void {
  listeners.add(element);
  if (listeners.size === 1) globalThis.addEventListener?.(LOCALE_EVENT, resolveAll);
  if (typeof MutationObserver === 'undefined') return;
  observer ??= new MutationObserver(resolveAll);
  // The element's document and every shadow root around it (an observer of the document does not
  // see into them), up to the document each time: a component may have been moved into another.
  for (
    let root: Node | undefined = element.getRootNode();
    root;
    root = (root as ShadowRoot).host?.getRootNode()
  ) {
    if (observed.has(root)) continue;
    observed.add(root);
    observer.observe(root, {attributes: true, attributeFilter: ['lang', 'dir'], subtree: true});
  }
}

/** Languages warned about (or waiting for the page to load): one warning per language. */
const missing = new Set<string>();

/**
 * Warns once per language when `lang` asks for words no locale module has registered. Until the
 * page has loaded, other module scripts (a locale among them) may yet run — deferred module
 * scripts run while `readyState` is already "interactive" — so check again at `load`, when they
 * all have. After it, the elements' script was added by another (a tag manager, a plugin that
 * delays scripts): such loaders add the locale's script with ours or when ours has loaded, so look
 * for it in a task of our own and check once it has run. Without one, an app may have set `lang`
 * and be importing the module (`import()` adds no script): check a second later.
 */
function warnIfMissing(tag: string, lang: string): void {
  // A language's name (`lang="French"`, as a CMS theme may write it) is English to Intl and to us.
  if (!/^[a-z]{2,3}(-|$)/i.test(lang)) {
    if (!missing.has(lang)) {
      missing.add(lang);
      warn(tag, 'lang', lang, 'is not a language code (fr, ar, zh-Hans…): shown in English');
    }
    return;
  }
  const ui = uiLocale(lang);
  if (wordsLocale(lang) === ui || missing.has(ui)) return;
  missing.add(ui);
  const check = () => {
    if (wordsLocale(lang) === ui) return;
    const name = new Intl.DisplayNames('en', {type: 'language'}).of(ui) ?? ui;
    warn(
      tag,
      'lang',
      lang,
      `shows English words: the ${name} words are not loaded. Add <script type="module" src=".../dist/cdn/locales/${ui}.js"></script> or import '@mwfa/elements/locales/${ui}.js'`,
    );
  };
  const page = (globalThis as {document?: Document}).document;
  const state = page?.readyState;
  if (state === 'loading' || state === 'interactive') {
    globalThis.addEventListener('load', check, {once: true});
  } else if (state === 'complete') {
    setTimeout(() => {
      const script = page!.querySelector(
        `script[src*="locales/${ui}."],script[src*="locales/all."]`,
      );
      if (script) {
        script.addEventListener('load', check);
        script.addEventListener('error', check);
      } else setTimeout(check, 1000);
    });
  } else {
    // The server renderer: its imports have all run.
    check();
  }
}

/**
 * Base of every mwfa element: knows the language and direction that apply to it (own or
 * inherited `lang`/`dir`, followed when they change), and warns once per distinct bad value.
 * Nothing here touches the DOM at import time or in the constructor (SSR).
 *
 * @attr lang - Language of the element's number formats and words (`ar`, `es`, `fr`, `ru`, `zh`
 *   with their locale module; English otherwise); without it, the nearest `lang` around it. A
 *   language's name (`French`) is no code: English, with a warning.
 * @attr dir - `ltr` or `rtl`; without it, the nearest `dir` around it, or right to left for an
 *   Arabic `lang`.
 */
export class MwfaElement extends LitElement {
  // Subclasses list their own; Lit adds these to them.
  static override properties: PropertyDeclarations = {
    uiLang: {state: true},
    intlLang: {state: true},
    direction: {state: true},
  };

  /**
   * Words of the element's own (qualifiers, "Source") are in this UN language: the `lang`'s
   * when built in (English) or registered by a locale module, else English.
   */
  declare protected uiLang: UiLocale;
  /** Locale given to `Intl` for numbers. */
  declare protected intlLang: string;
  declare protected direction: 'ltr' | 'rtl';

  /** The tag name, for warnings: set by each subclass. */
  protected static tag = 'mwfa-element';

  #warned = new Set<string>();
  #childObserver?: MutationObserver;

  /**
   * Called when the element's light DOM changes: a child added or taken out, a child's `slot`,
   * or text edited inside one (a framework changing a label's text, which fires no
   * `slotchange`). Elements that read their children define it; the others are not watched.
   */
  protected childrenChanged?(): void;

  constructor() {
    super();
    this.uiLang = 'en';
    this.intlLang = 'en';
    this.direction = 'ltr';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolveLocale();
    // A misspelt attribute ("qualifer", "units") is not read: the figure showed without its
    // qualifier or unit, unsaid. Only a word one letter from ours is named: pages add others, and
    // frameworks their bindings (Alpine's `:unit`).
    const known = (this.constructor as typeof MwfaElement).observedAttributes;
    const attributes = Array.from(this.attributes);
    // A word processor's quotes pasted for straight ones (label=“Migrants in our city”) are no
    // quotes to HTML: the value ends at its first space ("“Migrants"), and its last word is left as
    // an attribute with the quote in its name (`city”`).
    const cut = attributes.some(({name}) => /[”“»’]/.test(name));
    for (const {name, value} of attributes) {
      const meant =
        /^[a-z][a-z-]{3,}$/.test(name) &&
        !known.includes(name) &&
        known.find((ours) => oneEditApart(name, ours));
      if (meant) this.warnOnce(name, value, `is not an attribute; did you mean ${meant}?`);
      // "“Migrants’" (a possessive) is cut too; "“migrants”", one word in its quotes, is not.
      if (cut && known.includes(name) && /^[“”„«»‘’]\S*$/.test(value) && !/[”“»]$/.test(value)) {
        this.warnOnce(name, value, 'is cut at its first space: put it in straight quotes ("…")');
        // What else is wrong with it (qualifier="“more" is no qualifier) follows from the cut.
        this.#warned.add(`${name}\u0000${value}`);
      }
    }
    watchDocument(this);
    if (this.childrenChanged) {
      // Not the element's own attributes: a page fading it in (style) would read a long table
      // again on every frame.
      this.#childObserver ??= new MutationObserver((records) => {
        if (records.some(({type, target}) => type !== 'attributes' || target !== this)) {
          this.childrenChanged?.();
        }
      });
      // What says how to read a child: a table's `data-value` and `data-status`, and what hides
      // it or stands for it (`hidden`, `style`, `aria-hidden`, an image's `alt`).
      this.#childObserver.observe(this, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: [
          'slot',
          'data-value',
          'data-status',
          'hidden',
          'style',
          'aria-hidden',
          'alt',
        ],
      });
      if (this.hasUpdated) this.childrenChanged();
    }
  }

  /**
   * A prerendered shadow root (declarative shadow DOM) is taken over by Lit's hydration when the
   * page loaded it before Lit (`@mwfa/elements/hydrate.js`). Without it, Lit would render a
   * second copy beside the server's, so the element starts from an empty root instead. Hydration
   * support announces itself by observing `defer-hydration`.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const hydrating = (this.constructor as typeof MwfaElement).observedAttributes.includes(
      'defer-hydration',
    );
    if (!hydrating) this.shadowRoot?.replaceChildren();
    // First connected in another document than the page's: Lit's style sheets belong to the page's.
    if (this.ownerDocument !== globalThis.document) {
      const root =
        this.shadowRoot ??
        this.attachShadow((this.constructor as typeof MwfaElement).shadowRootOptions);
      this.adoptedCallback();
      return root;
    }
    return super.createRenderRoot();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Its children are read again when it is back: what changed meanwhile, or just before it
    // left (a framework editing a label and then moving the card), is not observed.
    this.#childObserver?.disconnect();
    listeners.delete(this);
    if (listeners.size === 0) {
      globalThis.removeEventListener?.(LOCALE_EVENT, resolveAll);
      observer?.disconnect();
      observed = new WeakSet();
    }
  }

  /**
   * Moved into another document (an iframe, a picture-in-picture window): the styles were made
   * in the first one, and a document cannot use another's, so it would show the element
   * unstyled. They are made again in the new one.
   */
  adoptedCallback(): void {
    const root = this.shadowRoot;
    const Sheet = this.ownerDocument.defaultView?.CSSStyleSheet;
    if (!root || !Sheet) return;
    root.adoptedStyleSheets = (this.constructor as typeof MwfaElement).elementStyles.map(
      (style) => {
        const sheet = new Sheet();
        sheet.replaceSync((style as CSSResult).cssText);
        return sheet;
      },
    );
  }

  // `lang` and `dir` stay the platform's own properties; only their attributes are watched.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.resolveLocale();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Frameworks set properties, not attributes: a number or an array (`highlight={2017}` in
    // JSX) is read as its text, as an attribute's would be, instead of failing on `.trim()`.
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const key of changed.keys()) {
      const {attribute, type} = (this.constructor as typeof MwfaElement).elementProperties.get(
        key,
      )!;
      if (
        attribute !== false &&
        type !== Boolean &&
        self[key] != null &&
        typeof self[key] !== 'string'
      ) {
        try {
          self[key] = String(self[key]);
        } catch {
          // An object whose toString throws (or without one) would blank the element.
          self[key] = null;
          const name = typeof attribute === 'string' ? attribute : String(key).toLowerCase();
          this.warnOnce(name, '{…}', 'cannot be read as text (its toString throws); left out');
        }
      }
    }
    // A theme the styles do not know (`theme="purple"`) leaves the page's scheme: say so. The
    // property where the element has one (`el.theme = 'purple'` reaches the attribute only after
    // this update, and no update follows it), else the attribute (`<mwfa-value>`).
    const theme = (self.theme ?? this.getAttribute('theme')) as string | null;
    if (theme && !/^(light|dark)$/i.test(theme)) {
      this.warnOnce('theme', theme, 'is not light or dark');
    }
    // On a server connectedCallback never runs: read the element's own attributes there.
    if (!this.isConnected) this.resolveLocale();
  }

  /**
   * Reads `lang`/`dir` as the platform resolves them. Public for the shared observer.
   * @internal
   */
  resolveLocale(): void {
    const lang = langOf(this);
    this.uiLang = wordsLocale(lang);
    warnIfMissing((this.constructor as typeof MwfaElement).tag, lang);
    this.intlLang = intlLocale(lang);
    this.direction = dirOf(this, lang);
  }

  /**
   * `en` when the element's words are English on a page in another language (one outside the
   * six, or one whose locale module is not loaded), for screen readers to read them as English;
   * else `nothing` (no `lang` attribute: they are the page's language).
   */
  protected get wordsLang(): 'en' | typeof nothing {
    return this.uiLang === 'en' && !/^en\b/i.test(this.intlLang) ? 'en' : nothing;
  }

  /**
   * `ltr` where the element's words are in a left-to-right language in a right-to-left element
   * (English on a Hebrew page, French in a French card on an Arabic page), else `nothing`: set
   * left to right, their punctuation stays on its side (":Source" otherwise).
   */
  protected get wordsDir(): 'ltr' | typeof nothing {
    return this.uiLang !== 'ar' && this.direction === 'rtl' ? 'ltr' : nothing;
  }

  /**
   * The element's own words beside text that is not (a page's citation, a note), marked as
   * `wordsLang` and `wordsDir` say ("Source:", "2017:"; not ":Source" on a right-to-left page).
   * The space after them stays outside, in the line's direction: inside, it went to their right,
   * and on a right-to-left line they touched the text ("…משרד הפניםSource:").
   */
  protected ownWords(text: string): TemplateResult {
    const words = text.trimEnd();
    return html`<span lang=${this.wordsLang} dir=${this.wordsDir}>${words}</span
      >${text.slice(words.length)}`;
  }

  /**
   * The direction of what is written in the element's language, its figures and a citation the
   * page gave it: left to right in a left-to-right language, whatever the page's (an English card
   * on an Arabic page read "billion $600 approximately"); else the element's.
   */
  protected get contentDir(): 'ltr' | 'rtl' {
    return langDir(this.intlLang) === 'ltr' ? 'ltr' : this.direction;
  }

  /**
   * The first light-DOM child with words that `taken` does not claim: text (unless `textTaken`),
   * or an element it refuses. Only words count: SSR leaves comment markers in the light DOM, and a
   * CMS a <br> or an empty <p> (WordPress's wpautop), which show nothing either way.
   */
  protected childWithWords(
    taken: (child: Element) => boolean,
    textTaken = false,
  ): ChildNode | undefined {
    return [...(this.childNodes ?? [])].find(
      (node) =>
        ((node.nodeType === 3 && !textTaken) || (node.nodeType === 1 && !taken(node as Element))) &&
        !!node.textContent?.trim(),
    );
  }

  /**
   * Whether the light DOM holds the element's own server rendering, left as plain content by an
   * HTML filter that removed its `<template shadowrootmode>` (WordPress's KSES, Drupal's text
   * formats): its style sheet stays behind, a child of the element that starts with `:host{`.
   * Only a child: a page's own words may show a style rule in a `<code>` example.
   */
  protected renderLeftOver(): boolean {
    return [...(this.childNodes ?? [])].some(
      (node) =>
        (node.nodeType === 3 || (node as Partial<Element>).localName === 'style') &&
        /^\s*:host\s*\{/.test(node.textContent ?? ''),
    );
  }

  /**
   * Warns about light-DOM content no slot shows (`shows` tells which child elements are shown).
   * It is most often what follows a self-closing tag, which HTML does not have: the page's next
   * paragraphs end up inside the element, hidden. Else a child meant for a slot the element does
   * not have (a stat card's footnote copied into a key message), or a server rendering whose
   * `<template>` a filter removed (`leftOver`: none of it is shown). `textShown`: text outside
   * elements is shown (a default slot).
   */
  protected warnHidden(
    shows: (child: Element) => boolean,
    textShown = false,
    leftOver = this.renderLeftOver(),
  ): void {
    const hidden = this.childWithWords(leftOver ? () => false : shows, textShown && !leftOver);
    if (!hidden) return;
    const tag = (this.constructor as typeof MwfaElement).tag;
    const slot = (hidden as Partial<Element>).slot;
    this.warnOnce(
      'content',
      hidden.nodeType === 1
        ? `<${(hidden as Element).localName}>`
        : hidden.textContent!.trim().slice(0, 40),
      `is not shown: ${
        leftOver
          ? `an HTML filter removed the <template> of this server rendering; write the plain <${tag}>`
          : slot
            ? `<${tag}> has no slot="${slot}"`
            : hidden.nodeType === 3
              ? // Text alone is as often words written inside the element as what followed it.
                `<${tag}> shows no text written inside it; if the text follows the element, end the element with </${tag}> ("<${tag} … />" does not close it)`
              : `end the element with </${tag}> ("<${tag} … />" does not close it, and takes in what follows)`
      }`,
    );
  }

  /**
   * One console warning per distinct warning, naming this element: a value warned about is not
   * warned about again, unless for another reason (three observations with a repeated year, then
   * three with a value that is no number). Bound, so that it is passed as is to the shared
   * readers of attributes (`keyword`, `checkText`, …).
   */
  protected warnOnce = (attribute: string, value: unknown, hint?: string): void => {
    // Without its numbers, in the value too ("21 observations", then "22 observations"): a live
    // chart's window of data, or a growing one, with the same problem is warned about once.
    // An absent attribute and an empty one ("label is missing") are the same warning.
    const given = `${attribute}\u0000${String(value ?? '')}`;
    const key = `${given}\u0000${hint}`.replace(/\d+/g, '#');
    if (this.#warned.has(key) || this.#warned.has(given)) return;
    this.#warned.add(key);
    warn((this.constructor as typeof MwfaElement).tag, attribute, value, hint);
  };
}
