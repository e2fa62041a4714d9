import type {Unit} from '@mwfa/data';
import {describe, expect, it} from 'vitest';
import {
  formatChange,
  pointDecimals,
  formatExact,
  formatPoint,
  formatValue,
  formatYear,
} from './trend-chart.format.js';

const nbsp = '\u00a0';
const nnbsp = '\u202f';

describe('formatPoint', () => {
  it('gives a point the same precision in every language: a tenth of a million or billion', () => {
    // 257,715,425 is 257.7 million: in Chinese 2.577亿, not 2.6亿 (260 million, coarser than
    // the summary's 2.58亿), nor 2.5771亿.
    expect(formatPoint(257_715_425, 'persons', 'en')).toBe('257.7 million');
    expect(formatPoint(257_715_425, 'persons', 'zh')).toBe('2.577亿');
    expect(formatPoint(257_715_425, 'persons', 'fr')).toBe('257,7 millions');
    expect(formatPoint(124_636_567, 'persons', 'zh')).toBe('1.246亿');
    expect(formatPoint(75_100_000, 'persons', 'zh')).toBe('7510万');
    // $595.7 billion: 5957亿, not 5956.9亿 (a tenth of 亿, finer than the other languages).
    expect(formatPoint(595_694_727_000, 'usd', 'en')).toBe('$595.7 billion');
    expect(formatPoint(595_694_727_000, 'usd', 'zh')).toBe('US$5957亿');
    expect(formatPoint(595_694_727_000, 'usd', 'ru')).toBe(`595,7 миллиарда${nbsp}$`);
  });
  it('never writes a zero the figure does not have, where Chinese counts in 万', () => {
    // 75,086,026 is 7508.6万: "7510万" would claim it to the 万.
    expect(formatPoint(75_086_026, 'persons', 'zh')).toBe('7509万');
    expect(formatPoint(75_086_026, 'persons', 'en')).toBe('75.1 million');
  });
  it('rounds a negative value as its positive twin, halves away from zero', () => {
    expect(formatPoint(258_050_000, 'persons', 'en')).toBe('258.1 million');
    expect(formatPoint(-258_050_000, 'persons', 'en')).toBe('-258.1 million');
    expect(formatValue(-2_585_000, 'persons', 'en')).toBe('-2.59 million');
  });
  it('writes exactly one million in words, to a tenth: "1 million", not "1,000,000"', () => {
    expect(formatPoint(1_000_000, 'persons', 'en')).toBe('1 million');
    expect(formatPoint(-1_000_000, 'persons', 'en')).toBe('-1 million');
  });
  it('writes smaller values and percentages as they are', () => {
    expect(formatPoint(6142, 'persons', 'fr')).toBe(`6${nnbsp}142`);
    expect(formatPoint(48.4, 'percent', 'zh')).toBe('48.4%');
  });
});

describe('pointDecimals', () => {
  /** Each point's decimals, as the chart asks for the point it says. */
  const extrasOf = (values: number[], unit: Unit, locale: string) =>
    values.map((_, index) =>
      pointDecimals(
        values.map((value) => ({value})),
        index,
        unit,
        locale,
      ),
    );
  it('gives neighbouring points the decimals that tell them apart, up to two more', () => {
    // Stepping through 258.00, 258.02 … 258.12 million, each point must not read "258 million".
    const close = [0, 1, 2, 3, 4, 5, 6].map((step) => 258_000_000 + step * 20_000);
    const extras = extrasOf(close, 'persons', 'en');
    expect(extras).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(close.map((value, index) => formatPoint(value, 'persons', 'en', extras[index]))).toEqual(
      [
        '258 million',
        '258.02 million',
        '258.04 million',
        '258.06 million',
        '258.08 million',
        '258.1 million',
        '258.12 million',
      ],
    );
    // Chinese counts them in 亿: 2.5802亿, not "2.58亿" for each.
    expect(formatPoint(close[1]!, 'persons', 'zh', 1)).toBe('2.5802亿');
    // Trillions four billion apart: $5.81, $5.814, $5.82 trillion.
    const dollars = [0, 1, 2].map((step) => 5.81e12 + step * 4e9);
    expect(extrasOf(dollars, 'usd', 'en')).toEqual([2, 2, 1]);
    expect(formatPoint(dollars[1]!, 'usd', 'en', 2)).toBe('$5.814 trillion');
  });
  it('gives decimals only to the points that need them, and none that would not help', () => {
    const stock = [152_542_373, 160_700_028, 172_604_257, 257_715_425];
    expect(extrasOf(stock, 'persons', 'en')).toEqual([0, 0, 0, 0]);
    expect(extrasOf([5_000_000, 5_000_000, 6_000_000], 'persons', 'en')).toEqual([0, 0, 0]);
    // One close pair widens the pair alone.
    expect(extrasOf([258_000_000, 258_040_000, 300_000_000], 'persons', 'en')).toEqual([1, 1, 0]);
    // A pair two more decimals cannot part keeps a tenth: "160.7 million" twice, as the axis.
    expect(extrasOf([152_542_373, 160_700_028, 160_700_300, 190_531_600], 'persons', 'en')).toEqual(
      [0, 0, 0, 0],
    );
    expect(extrasOf([258_000_000, 258_000_001], 'persons', 'en')).toEqual([0, 0]);
    expect(extrasOf([48.1, 48.12], 'percent', 'en')).toEqual([0, 0]);
    // In 万, a language rounds finer (1234.9万) and may part what a tenth of a million does not:
    // decided as it writes them, not as English does.
    const wan = [12_349_000, 12_351_000];
    const extras = extrasOf(wan, 'persons', 'zh');
    expect(wan.map((value, index) => formatPoint(value, 'persons', 'zh', extras[index]))).toEqual([
      '1234.9万',
      '1235.1万',
    ]);
  });
});

describe('formatValue', () => {
  it('keeps three significant digits, or the whole 万 or 亿 in Chinese: no zero the figure lacks', () => {
    expect(formatValue(126_700_000_000, 'usd', 'en')).toBe('$127 billion');
    // 1267亿 ("1270亿" read as exact to the 亿, and was 3亿 off).
    expect(formatValue(126_700_000_000, 'usd', 'zh')).toBe('US$1267亿');
    expect(formatValue(75_086_026, 'persons', 'en')).toBe('75.1 million');
    expect(formatValue(75_086_026, 'persons', 'zh')).toBe('7509万');
    expect(formatValue(152_542_373, 'persons', 'zh')).toBe('1.53亿');
    expect(formatValue(152_542_373, 'persons', 'ru')).toBe('153 миллиона');
    // Spanish writes "1534 M" short but "1,534 mil millones" long, the form the chart writes.
    expect(formatValue(1_534_000_000, 'persons', 'es')).toBe('1,53 mil millones');
    expect(formatPoint(1_534_000_000, 'persons', 'es')).toBe('1,5 mil millones');
  });
});

describe('formatExact', () => {
  it('gives the table every digit of a value, fraction digits too', () => {
    expect(formatExact(257_715_425, 'persons', 'en')).toBe('257,715,425');
    expect(formatExact(0.12345, 'percent', 'en')).toBe('0.12345%');
    expect(formatExact(1234.5678, 'persons', 'fr')).toBe(`1${nnbsp}234,5678`);
  });
  // The World Bank gives 2000-2016 in billions to one decimal: the zeros after them are no one's.
  it('writes a value the source rounded with the digits it has, in words, zeros included', () => {
    expect(formatExact(126_700_000_000, 'usd', 'en', 100_000_000)).toBe('$126.7 billion');
    expect(formatExact(326_000_000_000, 'usd', 'en', 100_000_000)).toBe('$326.0 billion');
    expect(formatExact(326_000_000_000, 'usd', 'fr', 100_000_000)).toBe(
      `326,0 milliards${nbsp}$US`,
    );
    // Chinese counts in 亿 (10⁸): a tenth of a billion is a whole 亿.
    expect(formatExact(126_700_000_000, 'usd', 'zh', 100_000_000)).toBe('US$1267亿');
    // Not carried into the next unit ("1 billion") before its digits are counted.
    expect(formatExact(999_900_000, 'persons', 'en', 100_000)).toBe('999.9 million');
    // A multiple that is not a power of ten keeps the digits it has.
    expect(formatExact(126_500_000_000, 'usd', 'en', 500_000_000)).toBe('$126.5 billion');
    // Below a million, digits as given.
    expect(formatExact(5000, 'persons', 'en', 1000)).toBe('5,000');
  });
  // The World Bank's 2017 value is exact to the thousand, among values in billions.
  it('writes every digit of a value in words where the other rows are in words', () => {
    expect(formatExact(595_694_727_000, 'usd', 'en', undefined, true)).toBe('$595.694727 billion');
    expect(formatExact(595_694_727_000, 'usd', 'zh', undefined, true)).toBe('US$5956.94727亿');
    expect(formatExact(595_694_727_000, 'usd', 'en')).toBe('$595,694,727,000');
    expect(formatExact(5000, 'persons', 'en', undefined, true)).toBe('5,000');
  });
});

describe('formatYear', () => {
  it('writes a year without grouping, and a year given with a fraction with its fraction', () => {
    expect(formatYear(2017, 'en')).toBe('2017');
    expect(formatYear(2017, 'fr')).toBe('2017');
    // Rounded, 2000.5 would read as 2001, beside the data's own 2001.
    expect(formatYear(2000.5, 'en')).toBe('2000.5');
    expect(formatYear(1900.001, 'fr')).toBe('1900,001');
  });
});

describe('formatChange', () => {
  it('gives whole per cent from one per cent up, and a tenth below: "+0.4%", not "+0%"', () => {
    expect(formatChange(0.69, 'en', true)).toBe('+69%');
    expect(formatChange(0.004, 'en', true)).toBe('+0.4%');
    expect(formatChange(-0.004, 'en', false)).toBe('0.4%');
    expect(formatChange(0.004, 'fr', true)).toBe(`+0,4${nbsp}%`);
  });
  // "fell from $150 million to $12,000, -100%" read as a fall to nothing.
  it('writes a fall short of all with the digits that keep it off -100%', () => {
    expect(formatChange(12_000 / 150_000_000 - 1, 'en', true)).toBe('-99.99%');
    expect(formatChange(-0.996, 'en', true)).toBe('-99.6%');
    expect(formatChange(-0.994, 'en', true)).toBe('-99%');
    expect(formatChange(-1, 'en', true)).toBe('-100%');
  });

  it('gives no change no sign: "0%", not "+0%"', () => {
    expect(formatChange(0, 'en', true)).toBe('0%');
    // A change, however small, is not written as none.
    expect(formatChange(258_120_000 / 258_000_000 - 1, 'en', true)).toBe('+0.05%');
    expect(formatChange(-0.0000003, 'en', false)).toBe('0.00003%');
    expect(formatChange(-0.21, 'en', true)).toBe('-21%');
  });
});
