import type {Qualifier} from '@mwfa/data';
import type {KeyMessageWords} from '../key-message/key-message.messages.js';
import type {TrendChartMessages} from '../trend-chart/trend-chart.messages.js';
import {uiLocale, type UiLocale} from './locale.js';

/**
 * The words every element shares. Numbers never appear here: `{n}` is replaced by what `Intl`
 * formats, `{other}` by another formatted figure.
 * Plural forms are keyed by `Intl.PluralRules` categories of the language.
 */
export interface Messages {
  /**
   * Qualifier templates; `none` is just `{n}`. A key ending in `%` is the template for a
   * percentage, where the language words it otherwise (Spanish "alrededor del 85 %").
   */
  qualifier: Record<Exclude<Qualifier, 'none'>, string> &
    Partial<Record<`${Exclude<Qualifier, 'none'>}%`, string>>;
  /** Fractions the report writes in words, by `numerator/denominator` (others: digits). */
  fraction: Record<string, string>;
  /** "3 times": a multiple, by plural category (`other` is required). */
  times: Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};
  /** "Source: ", with the language's own colon and the space after it (none in Chinese). */
  source: string;
  noFigure: string;
  noLabel: string;
  /** A period the source gives no year for (`period.basis`): `{n}` is the year of the report. */
  reportYear: string;
  /** Joins list items: ", ". */
  separator: string;
  /**
   * US dollars around `{n}`, the number (in words from a million up), where the language's UN
   * texts write them in words: "{n} долл. США", not Intl's "600 миллиардов $". A function of the
   * number where the words depend on it: French "600 milliards de dollars" but "5 000 dollars".
   * Empty: Intl's currency format ("$600 billion").
   */
  usd: string | ((n: string) => string);
  /**
   * A number in words ("5 مليار", from Intl) as the language's UN texts write it ("5 مليارات"),
   * people and dollars alike. Null where Intl's words are right.
   */
  compactWords: ((n: string) => string) | null;
  /**
   * A figure in words as it reads after a qualifier, where the language declines it there: in
   * Arabic every qualifier takes the genitive, and a dual changes ("ما يزيد على ضعفين", not
   * "ضعفان"). Null where it reads the same.
   */
  afterQualifier: ((n: string) => string) | null;
}

/**
 * Every word of every element in one language: what a locale module (`src/locales/fr.ts`)
 * registers. English is built in, split by element (this file, `key-message.messages.ts`,
 * `trend-chart.messages.ts`) so that each element carries only its own English words.
 */
export type Locale = Messages & KeyMessageWords & TrendChartMessages;

/** The shared words in English, built into every element. */
export const en: Messages = {
  qualifier: {
    approximately: 'approximately {n}',
    some: 'some {n}',
    nearly: 'nearly {n}',
    over: 'over {n}',
    'more-than': 'more than {n}',
  },
  fraction: {'1/2': 'half', '2/3': 'two-thirds'},
  times: {one: '{n} time', other: '{n} times'},
  source: 'Source: ',
  noFigure: 'Figure not available',
  noLabel: 'No label given',
  reportYear: '{n} (year of the report)',
  separator: ', ',
  usd: '',
  compactWords: null,
  afterQualifier: null,
};

/**
 * Registered languages live on `globalThis` under a registry symbol, not in this module: a page
 * may load `dist/cdn/stat-card.js` and `dist/cdn/locales/fr.js`, each with its own copy of this
 * file (or two versions of the library), and they must see the same words.
 */
const REGISTRY = Symbol.for('mwfa.locales');
type Registry = Partial<Record<UiLocale, Partial<Locale>>>;

function registry(): Registry {
  const global = globalThis as {[REGISTRY]?: Registry};
  return (global[REGISTRY] ??= {});
}

/** Dispatched on `globalThis` (the window) when a language registers: elements render again. */
export const LOCALE_EVENT = 'mwfa-locale';

/** Makes the words of `lang` available to every element on the page, including those shown. */
export function registerLocale(lang: Exclude<UiLocale, 'en'>, words: Locale): void {
  registry()[lang] = words;
  const target = globalThis as Partial<EventTarget>;
  if (typeof target.dispatchEvent === 'function' && typeof Event === 'function') {
    target.dispatchEvent(new Event(LOCALE_EVENT));
  }
}

/**
 * The UN language whose words are shown for a `lang` (a BCP 47 tag): its own when built in or
 * registered, else English.
 */
export function wordsLocale(lang: string): UiLocale {
  const ui = uiLocale(lang);
  return ui === 'en' || registry()[ui] ? ui : 'en';
}

const merged = new WeakMap<object, WeakMap<object, object>>();

/** Groups of named words, where a newer name may be missing from an older locale. */
const NAMED = ['qualifier', 'kind', 'unitName'];

/**
 * The words of `english`'s keys in `lang` (a `wordsLocale`), else `english` itself. A locale
 * registered by another version of the library may lack a newer word: that one stays English,
 * also inside a group of named words (a new qualifier), or the figure would lose it. Plural
 * forms (`times`) and `fraction` stay the language's own: English "one" in French would be
 * chosen for 1.5 ("1,5 time"), and English fractions would stand in a French sentence.
 */
export function words<T extends object>(lang: UiLocale, english: T): T {
  const registered = lang === 'en' ? undefined : registry()[lang];
  if (!registered) return english;
  let byEnglish = merged.get(english);
  if (!byEnglish) merged.set(english, (byEnglish = new WeakMap()));
  let result = byEnglish.get(registered) as T | undefined;
  if (!result) {
    const merging = {...english} as Record<string, unknown>;
    for (const key of Object.keys(english)) {
      const own = registered[key as keyof Locale];
      if (own !== undefined)
        merging[key] = NAMED.includes(key)
          ? {...(merging[key] as object), ...(own as object)}
          : own;
    }
    byEnglish.set(registered, (result = merging as T));
  }
  return result;
}
