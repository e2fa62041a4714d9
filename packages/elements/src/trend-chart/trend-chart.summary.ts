import type {Unit} from '@mwfa/data';
import {intlLocale} from '../internal/locale.js';
import {words, wordsLocale} from '../internal/messages.js';
import type {ChartPoint} from './trend-chart.data.js';
import {formatChange, formatValue, formatYear} from './trend-chart.format.js';
import {en} from './trend-chart.messages.js';

/**
 * A value as the summary says it, on one line on a phone: no-break spaces between its words
 * ("258 million", "596 milliards $US") and a word joiner before a Chinese unit ("2.58亿"), which
 * Chinese line breaking would otherwise put on the next line. Both are read as before. (The
 * Chinese words keep 年 with its year the same way.)
 */
function unbroken(value: number, unit: Unit, locale: string): string {
  return formatValue(value, unit, locale)
    .replace(/ /g, '\u00a0')
    .replace(/(?!^)(?=\p{sc=Han})/gu, '\u2060');
}

/**
 * The chart's one-sentence text alternative, in the page's language: "International migrants
 * rose from 153 million in 1990 to 258 million in 2017, +69%." Compares the first and the last
 * point; percentages get no relative change (a change of a share in per cent misleads).
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
  if (points.length === 1) {
    return ui.single({
      label,
      first: unbroken(first.value, unit, locale),
      from: formatYear(first.year, locale),
    });
  }
  const trend = last.value > first.value ? 'up' : last.value < first.value ? 'down' : 'flat';
  const ratio = first.value > 0 && unit !== 'percent' ? last.value / first.value - 1 : undefined;
  return ui.summary(trend, {
    label,
    first: unbroken(first.value, unit, locale),
    // A projection is said as one: the sentence must not present it as an observation.
    last: unbroken(last.value, unit, locale) + (last.kind === 'projection' ? ui.projected : ''),
    from: formatYear(first.year, locale),
    to: formatYear(last.year, locale),
    change: ratio === undefined ? '' : formatChange(ratio, locale, false),
    signedChange: ratio === undefined ? '' : formatChange(ratio, locale, true),
  });
}
