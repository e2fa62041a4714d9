import {describe, expect, it} from 'vitest';
import {dirOf, intlLocale, langOf, uiLocale, UI_LOCALES} from './locale.js';
import '../locales/all.js';
import {en as keyMessageEnglish} from '../key-message/key-message.messages.js';
import {en as chartEnglish} from '../trend-chart/trend-chart.messages.js';
import {en, type Locale} from './messages.js';

/** A stand-in for an element: attributes and a parent, nothing else (as in the SSR DOM shim). */
function node(attributes: Record<string, string>, parentNode: unknown = null): Element {
  return {getAttribute: (name: string) => attributes[name] ?? null, parentNode} as Element;
}

describe('uiLocale', () => {
  it('takes the primary subtag of the six UN languages: "fr-CA" → "fr", "zh-Hant" → "zh"', () => {
    expect(uiLocale('fr-CA')).toBe('fr');
    expect(uiLocale('zh-Hant')).toBe('zh');
    expect(uiLocale('AR')).toBe('ar');
  });
  it('falls back to English for other languages', () => {
    expect(uiLocale('de')).toBe('en');
    expect(uiLocale('')).toBe('en');
  });
});

describe('intlLocale', () => {
  it('keeps a valid tag with its region', () => {
    expect(intlLocale('es-MX')).toBe('es-MX');
  });
  it('gives Chinese in Traditional characters the Simplified numbers of the Chinese words', () => {
    expect(intlLocale('zh-Hant')).toBe('zh');
    expect(intlLocale('zh-TW')).toBe('zh');
    expect(intlLocale('zh-HK')).toBe('zh');
    expect(intlLocale('zh-CN')).toBe('zh-CN');
    expect(intlLocale('zh-Hans-HK')).toBe('zh-Hans-HK');
  });
  it('gives "en" for a tag Intl rejects', () => {
    expect(intlLocale('not a tag!')).toBe('en');
  });
});

describe('langOf and dirOf', () => {
  it('read the nearest lang and dir, as the platform does', () => {
    const page = node({lang: 'ar', dir: 'rtl'});
    const section = node({lang: 'fr'}, page);
    const element = node({}, section);
    expect(langOf(element)).toBe('fr');
    expect(dirOf(element)).toBe('rtl');
  });
  it('cross a shadow root to its host', () => {
    const host = node({lang: 'ru'});
    const root = {host, parentNode: null};
    expect(langOf(node({}, root))).toBe('ru');
  });
  it('default to English, and to right-to-left for Arabic without dir', () => {
    expect(langOf(node({}))).toBe('en');
    expect(dirOf(node({lang: 'ar'}))).toBe('rtl');
    expect(dirOf(node({lang: 'en'}))).toBe('ltr');
  });
  it('read a CMS’s locale "fr_FR" as the tag "fr-FR"', () => {
    expect(langOf(node({lang: 'fr_FR'}))).toBe('fr-FR');
    expect(dirOf(node({lang: 'ar_EG'}))).toBe('rtl');
  });
  it('read dir in any case, as the platform does: dir="RTL" is right to left', () => {
    expect(dirOf(node({dir: 'RTL'}))).toBe('rtl');
    // Not the Arabic default: an upper-case "LTR" is left to right too.
    expect(dirOf(node({}, node({lang: 'ar', dir: 'LTR'})))).toBe('ltr');
  });
  it('treat lang="" as unknown (English)', () => {
    expect(langOf(node({lang: ''}, node({lang: 'fr'})))).toBe('en');
  });
});

describe('locale modules', () => {
  it('register every word English has, in each of the five other languages', () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, entry]) =>
        entry && typeof entry === 'object'
          ? keys(entry as object).map((sub) => `${key}.${sub}`)
          : [key],
      );
    const english = keys({...en, ...keyMessageEnglish, ...chartEnglish}).filter(
      (key) => !key.startsWith('times.'),
    );
    const registry = (globalThis as Record<symbol, Record<string, Locale> | undefined>)[
      Symbol.for('mwfa.locales')
    ];
    for (const locale of UI_LOCALES.filter((l) => l !== 'en')) {
      const words = registry?.[locale];
      expect(words, locale).toBeDefined();
      expect(keys(words!), locale).toEqual(expect.arrayContaining(english));
      expect(words!.times.other, locale).toContain('{n}');
    }
  });
});
