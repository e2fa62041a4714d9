import type {Unit} from '@mwfa/data';
// The shared formatter creates each `Intl.NumberFormat` once per locale and options: redraws
// and the charts of a page reuse them.
import {formatNumber, numberFormat} from '../internal/format.js';

export {formatNumber};

/** Rounds to three significant digits: prose says "153 million", the table keeps every digit. */
function threeSignificant(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  return Math.round(value / magnitude) * magnitude;
}

/** From a million up, values other than percentages are written in words ("153 million"). */
const large = (value: number, unit: Unit) => unit !== 'percent' && Math.abs(value) >= 1_000_000;

/**
 * A value as a sentence or a label says it. Large values (shown in words: "153 million",
 * "1.53亿") keep three significant digits whatever the locale's grouping; smaller ones are
 * shown as the shared formatter gives them ("5,267", "48.4%").
 */
export function formatValue(value: number, unit: Unit, locale: string): string {
  return large(value, unit)
    ? formatNumber(threeSignificant(value), unit, locale, {maximumFractionDigits: 2})
    : formatNumber(value, unit, locale);
}

/**
 * A point's value in the tooltip and the spoken value: one decimal of the long compact form
 * from a million up ("257.7 million", "$595.7 billion"); the table has every digit.
 */
export function formatPoint(value: number, unit: Unit, locale: string): string {
  const compact = large(value, unit);
  return formatNumber(value, unit, locale, {
    notation: compact ? 'compact' : 'standard',
    maximumFractionDigits: compact ? 1 : 3,
  });
}

/** A value exactly, for the table: every digit, grouped for the locale. */
export function formatExact(value: number, unit: Unit, locale: string): string {
  return formatNumber(value, unit, locale, {notation: 'standard'});
}

/**
 * The chart's own formatters by locale (and kind): year labels and changes are formatted for
 * every tick of every chart, so they skip even the shared cache's key building.
 */
const yearFormats = new Map<string, Intl.NumberFormat>();
const changeFormats = new Map<string, Intl.NumberFormat>();

/** A year as the locale writes numbers, without grouping ("2017", not "2,017"). */
export function formatYear(year: number, locale: string): string {
  let format = yearFormats.get(locale);
  if (!format) {
    format = numberFormat(locale, {useGrouping: false, maximumFractionDigits: 0});
    yearFormats.set(locale, format);
  }
  return format.format(year);
}

/**
 * A relative change (`ratio` 0.69 for +69 %), whole per cent unless it is under one per cent.
 * `signed` adds "+" or "−" (the sentence words of some languages carry the direction instead).
 */
export function formatChange(ratio: number, locale: string, signed: boolean): string {
  const digits = Math.abs(ratio) < 0.01 ? 1 : 0;
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
  const format = (digits: number) =>
    values.map((value) => formatNumber(value, unit, locale, {maximumFractionDigits: digits}));
  const exact = format(10);
  for (let digits = 0; digits < 10; digits += 1) {
    const labels = format(digits);
    if (labels.every((label, index) => label === exact[index])) return labels;
  }
  return exact;
}
