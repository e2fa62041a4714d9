import type {Unit} from '@mwfa/data';
import {intlLocale} from '../internal/locale.js';
import {words, wordsLocale} from '../internal/messages.js';
import type {ChartPoint} from './trend-chart.data.js';
import {digitsApart, formatChange, formatValue, formatYear} from './trend-chart.format.js';
import {en} from './trend-chart.messages.js';

/**
 * A value as the summary says it, on one line on a phone: no-break spaces between its words
 * ("258 million", "596 milliards de dollars") and a word joiner before a Chinese unit ("2.58亿"), which
 * Chinese line breaking would otherwise put on the next line. Both are read as before. (The
 * Chinese words keep 年 with its year the same way.)
 */
function unbroken(value: number, unit: Unit, locale: string, digits: number): string {
  const text = formatValue(value, unit, locale, {}, digits)
    .replace(/ /g, '\u00a0')
    .replace(/(?!^)(?=\p{sc=Han})/gu, '\u2060');
  // Right to left in English words (a Hebrew page), isolated: inside a left-to-right sentence its
  // parts were reordered ("‏570 מיליארד ‏$" drawn "מיליארד 570$").
  return wordsLocale(locale) === 'en' && /[\u0590-\u08ff\u200f]/.test(text)
    ? `\u2068${text}\u2069`
    : text;
}

/**
 * How far a point between the ends must go beyond both of them, as a share of the series'
 * range, for the summary to name it: a peak that a reader sees at a glance (the deaths of 2016,
 * 26% above 2017), not a bump of a tenth of a point.
 */
const STANDS_OUT = 0.2;

/**
 * The first highest and the first lowest point between the ends, each only when it goes beyond
 * both ends by `STANDS_OUT` of the range: what a summary of the ends alone would hide.
 */
function innerExtremes(points: readonly ChartPoint[]): {
  high?: ChartPoint;
  low?: ChartPoint;
} {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return {};
  let high = first;
  let low = first;
  for (const point of points) {
    if (point.value > high.value) high = point;
    if (point.value < low.value) low = point;
  }
  const margin = STANDS_OUT * (high.value - low.value);
  return {
    high: margin > 0 && high.value - Math.max(first.value, last.value) >= margin ? high : undefined,
    low: margin > 0 && Math.min(first.value, last.value) - low.value >= margin ? low : undefined,
  };
}

/**
 * The chart's one-sentence text alternative, in the page's language: "International migrants
 * rose from 153 million in 1990 to 258 million in 2017, +69%." Compares the first and the last
 * point, and names a high or a low between them that stands out ("…, +17%, with a high of 7,763
 * in 2016"); percentages get no relative change (a change of a share in per cent misleads).
 */
export function summarize(
  points: readonly ChartPoint[],
  {label, unit, lang}: {label: string; unit: Unit; lang: string},
): string {
  const ui = words(wordsLocale(lang), en);
  const locale = intlLocale(lang);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return ui.noData;
  const {high, low} = innerExtremes(points);
  // The values named, told apart: not "rose from 258 million in 2000 to 258 million in 2003".
  const named = [first, last, high, low].flatMap((point) => (point ? [point.value] : []));
  const digits = digitsApart(named, unit, locale);
  // A projection is said as one: the sentence must not present it as an observation.
  const said = (point: ChartPoint) =>
    unbroken(point.value, unit, locale, digits) + (point.kind === 'projection' ? ui.projected : '');
  if (points.length === 1) {
    return ui.single({label, first: said(first), from: formatYear(first.year, locale)});
  }
  const extremes = [
    high && ui.high(said(high), formatYear(high.year, locale)),
    low && ui.low(said(low), formatYear(low.year, locale)),
  ].filter((part) => part !== undefined);
  const trend = last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'flat';
  // From 50,000 to -80,000 is no "-260%": a change across zero has no ratio that means anything.
  const ratio =
    first.value > 0 && last.value >= 0 && unit !== 'percent'
      ? last.value / first.value - 1
      : undefined;
  return ui.summary(trend, {
    label,
    first: said(first),
    last: said(last),
    from: formatYear(first.year, locale),
    to: formatYear(last.year, locale),
    change: ratio === undefined ? '' : formatChange(ratio, locale, false),
    signedChange: ratio === undefined ? '' : formatChange(ratio, locale, true),
    extremes: extremes.length > 0 ? ui.extremes(extremes) : '',
  });
}
