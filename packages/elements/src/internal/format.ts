import type {Expression, Period, Qualifier, Unit} from '@mwfa/data';
import {intlLocale, uiLocale} from './locale.js';
import {en, words, wordsLocale, type Messages} from './messages.js';

export interface NumberFormatOptions {
  /**
   * `compact` gives Intl's long compact form ("258 million", "258 millions"); `auto` uses it from
   * one million up when no digit is lost ("258 million", but "257,715,425" and "20,000" stay
   * as digits). `standard` always writes every digit.
   */
  notation?: 'auto' | 'compact' | 'standard';
  /**
   * By default as many as the value has (12.3456 % is not shown as 12.346 %), and 3 in compact
   * notation, enough for the digits `auto` keeps ("2.58亿"): nothing is rounded unless asked.
   */
  maximumFractionDigits?: number;
  /** Fraction digits written even where they are zeros ("326.0 billion"): none by default. */
  minimumFractionDigits?: number;
  /**
   * US dollars as Intl's symbol ("400 миллиардов $") even in a language whose words write them
   * out ("400 миллиардов долл. США"): for a chart's labels, which must be short.
   */
  symbol?: boolean;
}

/** A figure as the report states it: the number, its unit and how it is qualified. */
export interface Figure {
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
  expression?: Expression;
}

const COMPACT_FROM = 1_000_000;

/**
 * `value` in scientific notation: how many digits carry information (258000000 has 3, 257715425
 * has 9) and the power of ten of the first (8).
 */
function digitsOf(value: number): [significant: number, power: number] {
  const [mantissa, power] = Math.abs(value).toExponential().split('e');
  return [mantissa!.replace('.', '').length, Number(power)];
}

/** Replaces `{key}` in a template; a function replacer so `$` in values stays literal. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

const intlObjects = new Map<string, unknown>();

/**
 * One `Intl` object per kind, locale and options, shared by every element: creating one costs
 * far more than using it, and the same few recur across renders and charts.
 */
function intl<T>(
  Kind: new (locale: string, options: never) => T,
  locale: string,
  options: object = {},
): T {
  const key = `${Kind.name} ${locale} ${JSON.stringify(options)}`;
  let object = intlObjects.get(key) as T | undefined;
  if (!object) intlObjects.set(key, (object = new Kind(locale, options as never)));
  return object;
}

/** Whether numbers in `locale` are written with a decimal comma ("0,5": French, Spanish, Russian). */
export const usesDecimalComma = (locale: string) => numberFormat(locale).format(0.5)[1] === ',';

/**
 * One `Intl.NumberFormat` per locale and options.
 * @internal
 */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return intl(Intl.NumberFormat, locale, options);
}

/** The element's own words for a `lang` (English for other languages, or until registered). */
function wordsFor(lang: string): Messages {
  return words(wordsLocale(lang), en);
}

/** A number in its unit, formatted by `Intl` for `locale`. Never hand-made suffixes. */
export function formatNumber(
  value: number,
  unit: Unit,
  locale: string,
  {
    notation = 'auto',
    maximumFractionDigits,
    minimumFractionDigits = 0,
    symbol = false,
  }: NumberFormatOptions = {},
): string {
  const [significant, power] = digitsOf(value);
  const compact =
    unit !== 'percent' &&
    (notation === 'compact' ||
      (notation === 'auto' && Math.abs(value) >= COMPACT_FROM && significant <= 3));
  // Up to 20, the most every browser's Intl takes; NaN fails `> 0` and gets none.
  const ownDigits = significant - 1 - power;
  maximumFractionDigits ??= compact ? 3 : ownDigits > 0 ? Math.min(ownDigits, 20) : 0;
  if (unit === 'percent') {
    // The decimal point moved in the number's text, which Intl reads exactly (older browsers
    // read it as the nearest number): `value / 100` is binary floating point, and
    // 66.66666666666666 / 100 would show as "66.66666666666665%".
    const [digits, exponent = 0] = String(value).split('e');
    const hundredths = `${digits}e${Number(exponent) - 2}` as unknown as number;
    return numberFormat(locale, {style: 'percent', maximumFractionDigits}).format(hundredths);
  }
  const number = numberFormat(
    locale,
    compact
      ? {notation: 'compact', compactDisplay: 'long', minimumFractionDigits, maximumFractionDigits}
      : {minimumFractionDigits, maximumFractionDigits},
  );
  const figure = number.format(value);
  // The words are looked up only for a number in words: a table's digits, a value per row, skip it.
  const said = (compact && wordsFor(locale).compactWords?.(figure)) || figure;
  if (unit !== 'usd') return said;
  const dollars = symbol ? '' : wordsFor(locale).usd;
  if (typeof dollars === 'function') return dollars(said);
  if (dollars) return fill(dollars, {n: said});
  const money = numberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: 0,
    maximumFractionDigits,
  });
  // Intl ignores compactDisplay 'long' with currencies ("$600B"): put the long compact number
  // where the locale's currency pattern puts its digits (±1 formats as one integer part),
  // keeping its symbol and spacing.
  const text = compact
    ? money
        .formatToParts(value < 0 ? -1 : 1)
        .map((part) => (part.type === 'integer' ? number.format(Math.abs(value)) : part.value))
        .join('')
    : money.format(value);
  // Arabic numbers without the Arabic words (their locale module not loaded) have Intl's "US$"
  // after them, which right-to-left text would draw "$US": a left-to-right mark after the
  // symbol keeps its "$" on the right.
  return uiLocale(locale) === 'ar' ? text.replace('$', '$\u200e') : text;
}

/** "3 times", "в 3 раза", "3 أضعاف": a multiple, with the plural form its number needs. */
function formatTimes(factor: number, lang: string): string {
  // The plural rules of the language the words are in (English ones for English words).
  const forms = wordsFor(lang).times;
  const category = intl(Intl.PluralRules, wordsLocale(lang)).select(factor);
  return fill(forms[category] ?? forms.other, {
    // Every digit given, as in other figures ("3.1787 times", not Intl's default "3.179").
    n: numberFormat(intlLocale(lang), {maximumFractionDigits: 20}).format(factor),
  });
}

/**
 * The whole figure as a phrase in `lang`: qualifier words, the number formatted by `Intl`, or the
 * report's own expression ("two-thirds", "half", "3 times") in the language's words.
 * "over 20,000", "nearly 6 million", "approximately $600 billion", "près de 6 millions".
 */
export function formatFigure(figure: Figure, lang: string, options?: NumberFormatOptions): string {
  const phrases = wordsFor(lang);
  const {expression, unit, value, qualifier = 'none'} = figure;
  let text: string;
  if (expression?.type === 'fraction') {
    const {numerator, denominator} = expression;
    const digits = numberFormat(intlLocale(lang));
    text =
      phrases.fraction[`${numerator}/${denominator}`] ??
      `${digits.format(numerator)}/${digits.format(denominator)}`;
  } else if (expression?.type === 'multiple' || unit === 'ratio') {
    text = formatTimes(expression?.factor ?? value, lang);
  } else {
    text = formatNumber(value, unit, intlLocale(lang), options);
  }
  if (qualifier === 'none') return text;
  const templates = phrases.qualifier;
  const template = (unit === 'percent' && templates[`${qualifier}%`]) || templates[qualifier];
  return fill(template ?? '{n}', {n: phrases.afterQualifier?.(text) ?? text});
}

/**
 * A figure cut around its number and the word after it ("près de ", "6 millions", ""), which a
 * large figure keeps on one line when they fit there. Without such a word ("over 20,000"), the
 * number is the middle part; without a number ("two-thirds"), the first.
 */
export function numberWithWord(text: string): [before: string, kept: string, after: string] {
  // From the start of the number's word: "$600 billion", not "$" left at a line's end.
  const found = /[^ ]*\p{Nd}[^ ]*( [^ ]+)?/u.exec(text);
  if (!found) return [text, '', ''];
  const end = found.index + found[0].length;
  return [text.slice(0, found.index), found[0], text.slice(end)];
}

function yearDate(year: number): Date {
  return new Date(Date.UTC(year, 6, 1));
}

/**
 * "2017", "2014–2017", "2017年", "2014–2017年": a year or a range of years, by `Intl`
 * (`formatRange` of two equal years is the one year, as `format` writes it). A year the source
 * does not give says what it is: "2017 (year of the report)".
 */
export function formatPeriod(period: Period, lang: string): string {
  // The Gregorian years the sources give, not Persian, Thai or Japanese era ones (1396, 2560).
  const years = intl(Intl.DateTimeFormat, intlLocale(lang), {
    year: 'numeric',
    timeZone: 'UTC',
    calendar: 'gregory',
  });
  // The report's year alone, even at the end of a range (the start is named by the label, "than
  // in 2000"): "2000–2017 (year of the report)" would say it of both years.
  // English spaces the dash ("2014 – 2017"); UN style and the other five languages do not.
  return period.basis
    ? fill(wordsFor(lang).reportYear, {n: years.format(yearDate(period.end))})
    : years.formatRange(yearDate(period.start), yearDate(period.end)).replace(/\s–\s/, '–');
}
