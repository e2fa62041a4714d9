/** The six official UN languages: the elements' own words exist in each. */
export const UI_LOCALES = ['ar', 'zh', 'en', 'fr', 'es', 'ru'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** Parent in the flat tree: the parent node, or the host of a shadow root. */
function parentOf(node: Node): Node | null {
  return node.parentNode ?? (node as ShadowRoot).host ?? null;
}

/** A `lang` attribute as a tag: "" is English; "fr_FR", as some CMSs write a locale, is "fr-FR". */
export const langTag = (lang: string) => lang.replace(/_/g, '-') || 'en';

/** The `lang` that applies to `element`, as the platform resolves it, crossing shadow roots. */
export function langOf(element: Element): string {
  for (let node: Node | null = element; node; node = parentOf(node)) {
    // `getAttribute` rather than `nodeType`: the SSR DOM shim has the one but not the other.
    const lang = (node as Partial<Element>).getAttribute?.('lang');
    // The nearest lang wins, even lang="" (unknown, so English).
    if (lang != null) return langTag(lang);
  }
  return 'en';
}

/**
 * The direction that applies to `element` (own or inherited `dir`, else the locale's). `lang` is
 * the element's resolved `lang` when the caller has it already (saves a second walk).
 */
export function dirOf(element: Element, lang?: string): 'ltr' | 'rtl' {
  for (let node: Node | null = element; node; node = parentOf(node)) {
    const dir = (node as Partial<Element>).getAttribute?.('dir')?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return uiLocale(lang ?? langOf(element)) === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The direction text in `lang` is written in: right to left for the languages of the Arabic and
 * Hebrew scripts, whose numbers `Intl` writes in them too ("6 מיליון"), else left to right.
 */
export const langDir = (lang: string): 'ltr' | 'rtl' =>
  /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i.test(lang) ? 'rtl' : 'ltr';

/** The UI language for a BCP 47 tag: its primary subtag when we have words for it, else English. */
export function uiLocale(lang: string): UiLocale {
  const primary = lang.toLowerCase().split('-')[0] as UiLocale;
  return UI_LOCALES.includes(primary) ? primary : 'en';
}

/**
 * A tag `Intl` accepts: the page's own when valid (keeps regional formats), else `en`. Chinese in
 * Traditional characters gets `zh`: the words are Simplified, as in UN texts, and Traditional
 * numbers beside them would mix the scripts ("约6000億", and "约600B" in Hong Kong).
 */
export function intlLocale(lang: string): string {
  try {
    if (Intl.NumberFormat.supportedLocalesOf([lang]).length === 0) return 'en';
    return uiLocale(lang) === 'zh' && new Intl.Locale(lang).maximize().script === 'Hant'
      ? 'zh'
      : lang;
  } catch {
    return 'en';
  }
}
