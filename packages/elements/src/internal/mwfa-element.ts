import {LitElement, type PropertyDeclarations} from 'lit';
import {dirOf, intlLocale, langOf, uiLocale, type UiLocale} from './locale.js';
import {warn} from './warn.js';

/** Connected elements, told when a `lang` or `dir` changes anywhere in the document. */
const listeners = new Set<MwfaElement>();
let observer: MutationObserver | undefined;

function watchDocument(element: MwfaElement): void {
  listeners.add(element);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => listeners.forEach((listener) => listener.resolveLocale()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/**
 * Base of every mwfa element: knows the language and direction that apply to it (own or
 * inherited `lang`/`dir`, followed when they change), and warns once per distinct bad value.
 * Nothing here touches the DOM at import time or in the constructor (SSR).
 */
export class MwfaElement extends LitElement {
  // Subclasses list their own; Lit adds these to them.
  static override properties: PropertyDeclarations = {
    uiLang: {state: true, attribute: false},
    intlLang: {state: true, attribute: false},
    direction: {state: true, attribute: false},
  };

  /** Words of the element's own (qualifiers, "Source") are in this UN language. */
  declare protected uiLang: UiLocale;
  /** Locale given to `Intl` for numbers. */
  declare protected intlLang: string;
  declare protected direction: 'ltr' | 'rtl';

  /** The tag name, for warnings: set by each subclass. */
  protected static tag = 'mwfa-element';

  #warned = new Set<string>();

  constructor() {
    super();
    this.uiLang = 'en';
    this.intlLang = 'en';
    this.direction = 'ltr';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolveLocale();
    watchDocument(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    listeners.delete(this);
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
    // On a server connectedCallback never runs: read the element's own attributes there.
    if (!this.isConnected) this.resolveLocale();
  }

  /**
   * Reads `lang`/`dir` as the platform resolves them. Public for the shared observer.
   * @internal
   */
  resolveLocale(): void {
    const readable = typeof this.getAttribute === 'function';
    const lang = readable ? langOf(this) : 'en';
    this.uiLang = uiLocale(lang);
    this.intlLang = intlLocale(lang);
    this.direction = readable ? dirOf(this, lang) : 'ltr';
  }

  /** One console warning per distinct attribute and value, naming this element. */
  protected warnOnce(attribute: string, value: unknown, hint?: string): void {
    const key = `${attribute}\u0000${String(value)}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    warn((this.constructor as typeof MwfaElement).tag, attribute, value, hint);
  }
}
