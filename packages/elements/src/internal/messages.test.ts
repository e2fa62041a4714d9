import {afterEach, describe, expect, it} from 'vitest';
import {formatFigure} from './format.js';
import {en, registerLocale, words, wordsLocale, type Locale} from './messages.js';

// The registry every copy of the library shares, as a locale module from another bundle sees it.
type Registry = Partial<Record<string, Partial<Locale>>>;
const registry = () =>
  ((globalThis as Record<symbol, Registry | undefined>)[Symbol.for('mwfa.locales')] ??= {});

afterEach(() => {
  delete registry().fr;
  delete registry().es;
});

describe('words of a language without its locale module', () => {
  it('are English, with numbers still in the page’s language', () => {
    expect(wordsLocale('fr-CA')).toBe('en');
    // The note: "nearly 6 million migrants trapped in forced labour today".
    const forcedLabour = {value: 6_000_000, unit: 'persons', qualifier: 'nearly'} as const;
    expect(formatFigure(forcedLabour, 'fr')).toBe('nearly 6 millions');
    expect(formatFigure({value: 3, unit: 'ratio'}, 'fr')).toBe('3 times');
  });
});

describe('registerLocale', () => {
  it('makes a language’s words available under the registry symbol on globalThis', async () => {
    await import('../locales/fr.js');
    expect(wordsLocale('fr-CA')).toBe('fr');
    expect(words('fr', en).noFigure).toBe('Chiffre non disponible');
    expect(formatFigure({value: 6_000_000, unit: 'persons', qualifier: 'nearly'}, 'fr')).toBe(
      'près de 6 millions',
    );
  });

  it('keeps a word English that a locale from another version lacks', () => {
    const older: Partial<Locale> = {...en, noFigure: 'Chiffre non disponible'};
    delete older.noLabel;
    registerLocale('fr', older as Locale);
    expect(words('fr', en).noFigure).toBe('Chiffre non disponible');
    expect(words('fr', en).noLabel).toBe('No label given');
  });

  // Else "more than 5,000" from a locale without that qualifier became a bare "5 000".
  it('keeps a qualifier English that a locale from another version lacks', () => {
    const older = {
      approximately: 'environ {n}',
      some: 'quelque {n}',
      nearly: 'près de {n}',
      over: 'plus de {n}',
    };
    registerLocale('es', {...en, qualifier: older} as unknown as Locale);
    expect(words('es', en).qualifier.nearly).toBe('près de {n}');
    expect(formatFigure({value: 5000, unit: 'persons', qualifier: 'more-than'}, 'es')).toBe(
      'more than 5000',
    );
  });

  // French has one plural form for "fois"; Intl's "one" category covers 0 to 2 in French.
  it('keeps a language’s own plural forms whole: 1,5 fois, not 1,5 time', () => {
    registerLocale('fr', {...en, times: {other: '{n} fois'}} as unknown as Locale);
    expect(formatFigure({value: 1.5, unit: 'ratio'}, 'fr')).toBe('1,5 fois');
  });

  it('never touches English: "en" and languages outside the six stay built in', () => {
    expect(wordsLocale('en-GB')).toBe('en');
    expect(wordsLocale('de')).toBe('en');
    expect(words('en', en)).toBe(en);
  });
});
