import type {Unit} from '@mwfa/data';
// The shared formatter creates each `Intl.NumberFormat` once per locale and options: redraws
// and the charts of a page reuse them.
import {formatNumber, numberFormat, type NumberFormatOptions} from '../internal/format.js';

/** Power of ten of `value`'s first digit: 8 for 258,000,000. */
const magnitude = (value: number) => Math.floor(Math.log10(Math.abs(value)));

/**
 * `value` rounded to a multiple of ten to the `power`, halves away from zero as Intl rounds
 * (`Math.round` took -258,050,000 to "-258 million" and 258,050,000 to "258.1 million").
 */
const roundTo = (value: number, power: number) =>
  Math.sign(value) * Math.round(Math.abs(value) / 10 ** power) * 10 ** power;

/**
 * `power`, or the power of ten of the last whole digit `value` has where `locale` writes it in
 * words, if that is lower: Chinese counts in 万 and 亿, so 126.7 billion rounded to three digits
 * would read "1270亿", a zero the figure does not have. It is "1267亿", as "127 billion". Read off
 * the long form the chart writes ("1,534 mil millones", where the short one is "1534 M"),
 * unrounded (999.9 million is not yet "1 billion").
 */
function noFinerThanWords(value: number, power: number, locale: string): number {
  const whole = numberFormat(locale, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 20,
  })
    .formatToParts(Math.abs(value))
    .filter((part) => part.type === 'integer')
    .map((part) => part.value)
    .join('');
  return Math.min(power, magnitude(value) + 1 - (whole.length || 1));
}

/** From a million up, values other than percentages are written in words ("153 million"). */
const large = (value: number, unit: Unit) => unit !== 'percent' && Math.abs(value) >= 1_000_000;

/**
 * A value as a sentence or a label says it. Large values (in words: "153 million", "1.53亿")
 * keep three significant `digits`, or as many as asked ("257.7 million"), whatever the locale's
 * grouping (prose says "153 million", the table keeps every digit); smaller ones are shown as
 * the shared formatter gives them ("5,267", "48.4%").
 */
export function formatValue(
  value: number,
  unit: Unit,
  locale: string,
  options?: NumberFormatOptions,
  digits = 3,
): string {
  return large(value, unit)
    ? formatNumber(
        roundTo(value, noFinerThanWords(value, magnitude(value) + 1 - digits, locale)),
        unit,
        locale,
        {
          notation: 'compact',
          maximumFractionDigits: 20,
          ...options,
        },
      )
    : formatNumber(value, unit, locale, options);
}

/**
 * The significant digits formatValue needs to say `values` apart: three, as the report writes
 * them, or as many more as tell them apart ("258 million" and "258.1 million", not "258 million"
 * twice), up to 17.
 */
export function digitsApart(
  values: readonly number[],
  unit: Unit,
  locale: string,
  options?: NumberFormatOptions,
): number {
  const distinct = new Set(values).size;
  let digits = 3;
  const texts = () =>
    new Set(values.map((value) => formatValue(value, unit, locale, options, digits)));
  while (digits < 17 && texts().size < distinct) digits += 1;
  return digits;
}

/** The power of ten a point is rounded to: a tenth of its million, billion or trillion, or finer. */
const pointPower = (value: number, extra: number) =>
  3 * Math.floor(magnitude(value) / 3) - 1 - extra;

/**
 * A point's value in the tooltip and the spoken value: to a tenth of a million, billion or
 * trillion from a million up ("257.7 million", "$595.7 billion"), or `extra` decimals finer
 * (pointDecimals); the table has every digit. Rounded before Intl writes it, so languages that
 * count in other units keep that precision ("2.577亿", not one decimal of 亿: "2.6亿").
 */
export function formatPoint(value: number, unit: Unit, locale: string, extra = 0): string {
  return large(value, unit)
    ? formatNumber(
        roundTo(value, noFinerThanWords(value, pointPower(value, extra), locale)),
        unit,
        locale,
        // Rounded already: every digit left is written ("2.5802亿", not "2.58亿").
        {notation: 'compact', maximumFractionDigits: 20},
      )
    : formatNumber(value, unit, locale, {notation: 'standard'});
}

/**
 * The decimals formatPoint gives the point at `index` beyond its one (at most two), so that it
 * does not read as a neighbour of another value: stepping through 258.04 and 258.06 million, a
 * reader heard "258 million" twice where the axis showed them apart. None where it needs none, or
 * where two more cannot tell it apart. Decided on the numbers as formatPoint rounds them for
 * `locale` (in 万, on another grid than in millions), for the one point said: no pass over
 * 100,000 points.
 */
export function pointDecimals(
  points: readonly {value: number}[],
  index: number,
  unit: Unit,
  locale: string,
): number {
  const rounded = (value: number, extra: number) =>
    roundTo(value, noFinerThanWords(value, pointPower(value, extra), locale));
  const apart = (a = NaN, b = NaN) => {
    if (a === b || !large(a, unit) || !large(b, unit)) return 0;
    let extra = 0;
    while (extra <= 2 && rounded(a, extra) === rounded(b, extra)) extra += 1;
    return extra <= 2 ? extra : 0;
  };
  const value = points[index]?.value;
  return Math.max(apart(points[index - 1]?.value, value), apart(value, points[index + 1]?.value));
}

/**
 * A value for the table: every digit, grouped for the locale. A large one the source gives only
 * to a multiple of `roundedTo` is in words with the digits it has ("$126.7 billion", "$326.0
 * billion", "US$1267亿"), not "$126,700,000,000", whose zeros no source wrote. `inWords` (other
 * rows of the table are) writes every digit of a large one in words too ("$595.694727 billion",
 * not "$595,694,727,000" under "$573.6 billion").
 */
export function formatExact(
  value: number,
  unit: Unit,
  locale: string,
  roundedTo?: number,
  inWords = false,
): string {
  if (!(roundedTo || inWords) || !large(value, unit))
    return formatNumber(value, unit, locale, {notation: 'standard'});
  // The power of ten of `roundedTo` (5 × 10⁸ keeps the tenths of a billion it has), else every
  // digit; at most 20 fraction digits, all Intl takes.
  const digits = Math.min(
    20,
    roundedTo
      ? Math.max(
          0,
          noFinerThanWords(value, Infinity, locale) - Math.floor(Math.log10(roundedTo) + 1e-9),
        )
      : 20,
  );
  return formatNumber(value, unit, locale, {
    notation: 'compact',
    minimumFractionDigits: roundedTo ? digits : 0,
    maximumFractionDigits: digits,
  });
}

/**
 * The chart's own formatters by locale (and kind): year labels and changes are formatted for
 * every tick of every chart, so they skip even the shared cache's key building.
 */
const yearFormats = new Map<string, Intl.NumberFormat>();
const changeFormats = new Map<string, Intl.NumberFormat>();

/**
 * A year as the locale writes numbers, without grouping ("2017", not "2,017"). A year the data
 * gives with a fraction (points within a year, 2000.5) keeps it: rounded, it would be said and
 * tabled as the next year.
 */
export function formatYear(year: number, locale: string): string {
  let format = yearFormats.get(locale);
  if (!format) {
    format = numberFormat(locale, {useGrouping: false, maximumFractionDigits: 20});
    yearFormats.set(locale, format);
  }
  return format.format(year);
}

/**
 * A relative change (`ratio` 0.69 for +69 %), whole per cent unless it is under one per cent
 * (then to its first digit that is not zero).
 * `signed` adds "+" or "−" (the sentence words of some languages carry the direction instead).
 */
export function formatChange(ratio: number, locale: string, signed: boolean): string {
  let digits = Math.abs(ratio) < 0.01 ? 1 : 0;
  // A change is never written "0%" either, which reads as none: "+0.05%".
  while (ratio && digits < 20 && Number((ratio * 100).toFixed(digits)) === 0) digits++;
  // A fall short of all is never written "-100%", which reads as a fall to zero.
  while (ratio > -1 && digits < 20 && Number((ratio * 100).toFixed(digits)) === -100) digits++;
  const key = `${locale} ${digits} ${signed}`;
  let format = changeFormats.get(key);
  if (!format) {
    format = numberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'never',
    });
    changeFormats.set(key, format);
  }
  return format.format(ratio);
}

/**
 * Tick labels with as few fraction digits as say each tick's value exactly ("0", "50 million",
 * "1.5 trillion", "0.0005"): labels that were merely distinct could still round a tick to its
 * neighbour's value ("2 trillion" at 1.5 trillion). Exact means as at ten digits: more than
 * any tick needs, fewer than reach floating-point noise (0.7 % is 0.006999999999999999).
 */
export function formatTicks(values: readonly number[], unit: Unit, locale: string): string[] {
  // One form for the whole axis: in words when every tick but zero is large ("257.9 million",
  // "258 million"), not "257,900,000" beside "258 million".
  const notation = values.every((value) => !value || large(value, unit)) ? 'compact' : 'standard';
  // Dollars as "$" on the axis, where "долл. США" would leave a label no room beside the line.
  const format = (digits: number) =>
    values.map((value) =>
      formatNumber(value, unit, locale, {maximumFractionDigits: digits, symbol: true, notation}),
    );
  const exact = format(10);
  for (let digits = 0; digits < 10; digits += 1) {
    const labels = format(digits);
    if (labels.every((label, index) => label === exact[index])) return labels;
  }
  return exact;
}
