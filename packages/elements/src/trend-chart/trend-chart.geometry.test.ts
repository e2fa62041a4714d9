import {describe, expect, it} from 'vitest';
import type {Unit} from '@mwfa/data';
import {
  isAmbiguousNumber,
  preparePoints,
  toCsv,
  parseCellNumber,
  parseYears,
  readTable,
  type ChartPoint,
  type TablePart,
} from './trend-chart.data.js';
import {
  chartHeight,
  decimate,
  labelWidth,
  layoutChart,
  nearestIndex,
  type LayoutOptions,
  valueDomain,
  wrapLines,
  yearTicks,
} from './trend-chart.geometry.js';
import '../locales/all.js';
import type {UiLocale} from '../internal/locale.js';
import {words} from '../internal/messages.js';
import {en} from './trend-chart.messages.js';
import {summarize} from './trend-chart.summary.js';

/** UN DESA Rev.2017, world total (the figures of @mwfa/data's international-migrant-stock). */
const migrants: ChartPoint[] = [
  {year: 1990, value: 152_542_373, kind: 'observed'},
  {year: 1995, value: 160_700_028, kind: 'observed'},
  {year: 2000, value: 172_604_257, kind: 'observed'},
  {year: 2005, value: 190_531_600, kind: 'observed'},
  {year: 2010, value: 220_019_266, kind: 'observed'},
  {year: 2015, value: 247_585_744, kind: 'observed'},
  {year: 2017, value: 257_715_425, kind: 'observed'},
];

const points = (pairs: [number, number][], kind: ChartPoint['kind'] = 'observed') =>
  pairs.map(([year, value]) => ({year, value, kind}));

/** UN DESA Rev.2017, female migrants, world total (@mwfa/data's female-migrant-stock). */
const women = points([
  [1990, 75_086_026],
  [1995, 79_305_317],
  [2000, 85_076_784],
  [2005, 93_254_862],
  [2010, 106_435_428],
  [2015, 119_988_148],
  [2017, 124_636_567],
]);

/** IOM recorded deaths (the figures of @mwfa/data's recorded-migrant-deaths): 2016 is a peak. */
const deaths = points([
  [2014, 5267],
  [2015, 6107],
  [2016, 7763],
  [2017, 6142],
]);

/** Numbers of an SVG path, rounded to one decimal (d3's assertPathEqual habit). */
function pathNumbers(path: string): number[] {
  return (path.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map((n) => Math.round(Number(n) * 10) / 10);
}

/**
 * A stand-in for a <table> of plain text cells: what readTable reads of its caption and rows,
 * one per [year, value], in a <tbody> unless a third item names the row group.
 */
function tableOf(rows: readonly (readonly string[])[], caption?: string): TablePart {
  return {
    querySelector: () => (caption === undefined ? null : {nodeType: 3, textContent: caption}),
    querySelectorAll: () =>
      rows.map(([year, value, group = 'tbody']) => ({
        parentElement: {localName: group},
        getAttribute: () => null,
        querySelector: () => null,
        querySelectorAll: () =>
          [year, value].map((textContent) => ({
            localName: 'td',
            textContent,
            getAttribute: () => null,
            querySelector: () => null,
          })),
      })),
  } as unknown as TablePart;
}

describe('preparePoints', () => {
  // Quoting them in the warning threw "Cannot convert object to primitive value": a blank chart.
  it('warns about records without a prototype, or whose toString throws, without throwing', () => {
    const bare = Object.create(null) as object;
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    const {points, problem} = preparePoints([bare, {year: hostile}, {year: 2000, value: 1}]);
    expect(points.map((point) => point.year)).toEqual([2000]);
    expect(problem?.hint).toContain('have 2 years or values that are not a number');
    expect(preparePoints(bare as never).problem?.hint).toContain('nothing to draw');
  });

  it('reads a projection from `projection: true` or `status: "projection"`, as a table row gives it', () => {
    const {points} = preparePoints([
      {year: 2000, value: 1},
      {year: 2010, value: 2, projection: true},
      {year: 2020, value: 3, status: 'projection'},
      {year: 2030, value: 4, status: 'derived'},
    ]);
    expect(points.map((point) => point.kind)).toEqual([
      'observed',
      'projection',
      'projection',
      'derived',
    ]);
  });

  it('keeps a positive, finite roundedTo, and only that', () => {
    const {points} = preparePoints([
      {year: 2000, value: 126_700_000_000, roundedTo: 100_000_000},
      {year: 2001, value: 1, roundedTo: Infinity},
      {year: 2002, value: 1, roundedTo: 0},
      {year: 2003, value: 1, roundedTo: '100'},
    ]);
    expect(points.map((point) => point.roundedTo)).toEqual([
      100_000_000,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps sorted, unique, numeric observations as they are, with no problem', () => {
    const result = preparePoints([
      {year: 2000, value: 1},
      {year: 2001, value: 2},
    ]);
    expect(result.points.map((p) => [p.year, p.value])).toEqual([
      [2000, 1],
      [2001, 2],
    ]);
    expect(result.problem).toBeUndefined();
  });

  it('sorts unsorted years and says so', () => {
    const result = preparePoints([
      {year: 2017, value: 3},
      {year: 1990, value: 1},
      {year: 2000, value: 2},
    ]);
    expect(result.points.map((p) => p.year)).toEqual([1990, 2000, 2017]);
    expect(result.problem?.hint).toContain('not in year order');
  });

  it('leaves out values too large to write every digit of, which the axis cannot span either', () => {
    const result = preparePoints([
      {year: 2000, value: Number.MAX_VALUE},
      {year: 2001, value: 2},
      {year: 2002, value: -1e300},
      {year: 2003, value: Number.MAX_SAFE_INTEGER},
    ]);
    expect(result.points.map((p) => p.year)).toEqual([2001, 2003]);
    expect(result.problem?.hint).toBe(
      'have 2 values beyond ±9007199254740991 (Number.MAX_SAFE_INTEGER; first at year 2000); left out',
    );
  });

  it('leaves out years beyond four digits, such as a value typed in the year, keeping fractions', () => {
    const result = preparePoints([
      {year: 2000, value: 1},
      {year: 1e20, value: 2},
      {year: 2000.5, value: 3},
      {year: -10_000, value: 4},
      {year: 9999, value: 5},
    ]);
    expect(result.points.map((p) => p.year)).toEqual([2000, 2000.5, 9999]);
    expect(result.problem?.hint).toBe(
      'have 2 years beyond ±9999 (first 100000000000000000000); left out',
    );
  });

  it('draws -0 as 0, so that no label or table cell says "-0"', () => {
    const [point] = preparePoints([{year: 2000, value: -0}]).points;
    expect(Object.is(point!.value, 0)).toBe(true);
    const [year] = preparePoints([{year: -0, value: 1}]).points;
    expect(Object.is(year!.year, 0)).toBe(true);
  });

  // Page data is not trusted to be plain: an exception here blanked the chart.
  it('never throws on a getter or a Proxy that throws', () => {
    const throwing = {
      get year(): number {
        throw new Error('year');
      },
      value: 1,
    };
    const noteThrows = {
      year: 2001,
      value: 2,
      get note(): string {
        throw new Error('note');
      },
    };
    const result = preparePoints([throwing, noteThrows]);
    expect(result.points).toEqual([{year: 2001, value: 2, kind: 'observed'}]);
    expect(result.problem?.hint).toContain('have 1 year or value that is not a number');
    const lengthThrows = new Proxy([], {
      get(target, key) {
        if (key === 'length') throw new Error('length');
        return Reflect.get(target, key);
      },
    });
    expect(preparePoints(lengthThrows).points).toEqual([]);
  });

  it('does not loop over a sparse array of 2³² − 1 entries: nothing is drawn, with one warning', () => {
    const sparse = [{year: 2000, value: 1}];
    sparse.length = 2 ** 32 - 1;
    const started = performance.now();
    const result = preparePoints(sparse);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.points).toEqual([]);
    expect(result.problem?.value).toBe('4294967295 observations');
    expect(result.problem?.hint).toContain('are more than 2000000');
  });

  it('keeps the first value of a repeated year and names the year', () => {
    const result = preparePoints([
      {year: 2000, value: 1},
      {year: 2000, value: 9},
      {year: 2001, value: 2},
    ]);
    expect(result.points.map((p) => p.value)).toEqual([1, 2]);
    expect(result.problem?.hint).toContain('repeat 1 year (first 2000)');
  });

  it('leaves out NaN, strings and missing values, naming the first year', () => {
    const result = preparePoints([
      {year: 2000, value: 1},
      {year: 2001, value: Number.NaN},
      {year: 2002, value: '3'},
      {year: 2003},
      {year: 2004, value: 4},
    ]);
    expect(result.points.map((p) => p.year)).toEqual([2000, 2004]);
    expect(result.problem?.hint).toContain(
      '3 years or values that are not a number (first at year 2001)',
    );
  });

  it('keeps a negative count but reports it', () => {
    const result = preparePoints([
      {year: 2000, value: -5},
      {year: 2001, value: 2},
    ]);
    expect(result.points).toHaveLength(2);
    expect(result.problem?.hint).toContain('1 negative value');
  });

  it('reports a negative value under one, such as -0.5, as negative', () => {
    const result = preparePoints([
      {year: 2000, value: -0.5},
      {year: 2001, value: 2},
    ]);
    expect(result.points.map((p) => p.value)).toEqual([-0.5, 2]);
    expect(result.problem?.hint).toBe('have 1 negative value; drawn as given');
  });

  it('reports an empty list, and a list where nothing can be drawn', () => {
    expect(preparePoints([]).problem?.hint).toContain('empty');
    expect(preparePoints([{year: 2000, value: Number.NaN}]).problem?.hint).toContain(
      'no value to draw',
    );
    expect(preparePoints(undefined).points).toEqual([]);
  });

  it('reports several problems in one sentence (one warning)', () => {
    const result = preparePoints([
      {year: 2001, value: 1},
      {year: 2000, value: Number.NaN},
      {year: 1999, value: 2},
    ]);
    expect(result.problem?.hint).toBe(
      'are not in year order; drawn sorted by year; they also have 1 year or value that is not a number (first at year 2000); left out',
    );
  });

  it('marks projections and derived points', () => {
    const result = preparePoints(
      [
        {year: 2016, value: 1},
        {year: 2017, value: 2, projection: true},
      ],
      {seriesStatus: 'derived'},
    );
    expect(result.points.map((p) => p.kind)).toEqual(['derived', 'projection']);
  });
});

describe('parsing page input', () => {
  it('parseCellNumber reads grouped numbers and refuses words', () => {
    expect(parseCellNumber('152,542,373')).toBe(152542373);
    expect(parseCellNumber('152 542 373')).toBe(152542373);
    expect(parseCellNumber('3.4')).toBe(3.4);
    expect(parseCellNumber('n/a')).toBeNaN();
    expect(parseCellNumber('')).toBeNaN();
  });

  it('parseCellNumber reads the typographic minus sign of French and Russian tables', () => {
    expect(parseCellNumber('\u22122\u00a0000')).toBe(-2000);
    expect(parseCellNumber('\u22120.5')).toBe(-0.5);
    expect(isAmbiguousNumber('\u22120,5')).toBe(true);
  });

  it('isAmbiguousNumber("3,4") is true: a decimal comma or a thousands separator', () => {
    expect(isAmbiguousNumber('3,4')).toBe(true);
    expect(isAmbiguousNumber(' 12,50 ')).toBe(true);
    expect(isAmbiguousNumber('-0,5')).toBe(true);
    expect(isAmbiguousNumber('5,267')).toBe(false);
    expect(isAmbiguousNumber('152,542,373')).toBe(false);
    expect(isAmbiguousNumber('3.4')).toBe(false);
  });

  it('isAmbiguousNumber is true for a decimal comma after grouped thousands ("4 500,5", "1.234,5")', () => {
    // French, Russian and Spanish pages group with spaces or dots and write decimals with a comma:
    // read as thousands separators, these were 45005 and 1.2345.
    expect(isAmbiguousNumber('4 500,5')).toBe(true);
    expect(isAmbiguousNumber('1\u202f234\u202f567,891')).toBe(true);
    expect(isAmbiguousNumber('1.234,5')).toBe(true);
    expect(isAmbiguousNumber('4 500')).toBe(false);
    expect(isAmbiguousNumber('1,234.5')).toBe(false);
  });

  it('isAmbiguousNumber is true for a comma that cannot group thousands ("0,125", "12,3456")', () => {
    // Read as thousands separators, these were 125 and 123456.
    expect(isAmbiguousNumber('0,125')).toBe(true);
    expect(isAmbiguousNumber('12,3456')).toBe(true);
    expect(isAmbiguousNumber('1,23,456')).toBe(true);
    expect(isAmbiguousNumber('n/a, see note')).toBe(false);
  });

  it('isAmbiguousNumber on a page with a decimal comma is true for any comma or dot', () => {
    // "1,234" is 1.234 on a French page; "2.345" is 2345 on a Spanish one.
    expect(isAmbiguousNumber('1,234', true)).toBe(true);
    expect(isAmbiguousNumber('2.345', true)).toBe(true);
    expect(isAmbiguousNumber('3,4', true)).toBe(true);
    expect(isAmbiguousNumber('257 715 425', true)).toBe(false);
    expect(isAmbiguousNumber('2017', true)).toBe(false);
  });

  // A French spreadsheet writes 0,5 as ",5": it was read as 5.
  it('parseCellNumber reads digits grouped in threes only: a mark or a second number after a space is no number', () => {
    // "258 2" was 2582, "'17" the year 17 and "1 234 5" 12345.
    for (const text of ['258 2', "'17", '1 234 5', '12 34', '1,00,000', '2017 2018']) {
      expect(parseCellNumber(text), text).toBeNaN();
    }
    expect(parseCellNumber("1'234'567")).toBe(1_234_567);
    // Spaces around the number, as a template or a pretty-printed page leaves them, are no group.
    expect(parseCellNumber('\n  173000\n')).toBe(173_000);
    expect(parseCellNumber('2000\u00a0')).toBe(2000);
    expect(parseCellNumber('1\u202f234.5')).toBe(1234.5);
    expect(parseCellNumber('\u22121 000')).toBe(-1000);
    expect(parseCellNumber('- 1,000')).toBe(-1000);
  });

  it('parseCellNumber reads a comma that has no digit beside it as no number', () => {
    for (const text of [',5', '-,25', '5,', '1,,000']) expect(parseCellNumber(text)).toBeNaN();
    expect(parseCellNumber('1,234,567')).toBe(1_234_567);
  });

  it('parseYears("2000 2017") gives the years and the words that are not years', () => {
    expect(parseYears('2017 2000')).toEqual({years: [2000, 2017], invalid: []});
    expect(parseYears('2000 soon')).toEqual({years: [2000], invalid: ['soon']});
  });

  it('parseYears returns a range ("2014–2015") as not a year, not as its first year', () => {
    expect(parseYears('2014–2015')).toEqual({years: [], invalid: ['2014–2015']});
    expect(parseYears('2000 2017a')).toEqual({years: [2000], invalid: ['2017a']});
  });

  it('readTable skips a header row first, and names a later row whose year is no number', () => {
    // A stand-in for a <table> without caption: what readTable reads of rows and cells.
    const cell = (localName: 'td' | 'th', textContent: string) => ({
      nodeType: 1,
      localName,
      textContent,
      childNodes: [{nodeType: 3, textContent}],
      getAttribute: () => null,
      querySelector: () => null,
    });
    const row = (...cells: ReturnType<typeof cell>[]) => ({
      parentElement: {localName: 'tbody'},
      getAttribute: () => null,
      querySelectorAll: () => cells,
      querySelector: (tag: string) => cells.find((c) => c.localName === tag) ?? null,
    });
    const table = {
      querySelector: () => null,
      querySelectorAll: () => [
        row(cell('th', 'Year'), cell('th', 'Arrivals')),
        row(cell('th', '2013'), cell('td', '1000')),
        row(cell('th', '2014–15'), cell('td', '1500')),
        row(cell('th', 'Year'), cell('th', 'Departures')),
      ],
    } as unknown as TablePart;
    const {rows, leftOut, problem} = readTable(table, false);
    expect(rows.map((r) => [r.year, r.value])).toEqual([[2013, 1000]]);
    // Named under the chart as the reader sees them; only the first header row is no data.
    expect(leftOut).toEqual(['2014–15 (1500)', 'Year (Departures)']);
    expect(problem).toEqual([
      '2014–15',
      'is not a number: 2 rows left out, and named under the chart',
    ]);
  });

  it('readTable reads no row of <thead> or <tfoot> (a total) as data', () => {
    const table = tableOf([
      ['Year', 'Arrivals', 'thead'],
      ['2016', '1000'],
      ['Total', '1000', 'tfoot'],
    ]);
    expect(readTable(table, false)).toEqual({
      label: '',
      rows: [{year: 2016, value: 1000, projection: false, status: undefined}],
      unit: undefined,
      leftOut: [],
      refused: false,
      problem: undefined,
    });
  });

  it('readTable names a row whose number is too large to draw, or whose year is too far', () => {
    const table = tableOf([
      ['2015', '1e309'],
      ['2016', '1e20'],
      ['12000', '2'],
      ['2017', '2'],
    ]);
    const {rows, leftOut, problem} = readTable(table, false);
    expect(rows.map((row) => row.year)).toEqual([2017]);
    expect(leftOut).toEqual(['2015 (1e309)', '2016 (1e20)', '12000 (2)']);
    expect(problem).toEqual([
      '1e309',
      'is out of range: 3 rows left out, and named under the chart',
    ]);
  });
});

describe('readTable: tables of more than two columns', () => {
  /** A stand-in for a <table> of plain text cells in a <tbody>, as many to a row as given. */
  const tableOfCells = (...rows: string[][]) =>
    ({
      querySelector: () => null,
      querySelectorAll: () =>
        rows.map((cells) => ({
          parentElement: {localName: 'tbody'},
          getAttribute: () => null,
          querySelector: () => null,
          querySelectorAll: () =>
            cells.map((textContent) => ({
              nodeType: 1,
              localName: 'td',
              textContent,
              childNodes: [{nodeType: 3, textContent}],
              getAttribute: () => null,
              querySelector: () => null,
            })),
        })),
    }) as unknown as TablePart;

  it('draws nothing of a table whose years follow row numbers, and says where its years are', () => {
    // Read as years and values, it was drawn as "rose from 2,015 in 1 to 2,017 in 3".
    const read = readTable(
      tableOfCells(
        ['#', 'Year', 'Migrants'],
        ['1', '2015', '1000'],
        ['2', '2016', '1200'],
        ['3', '2017', '1300'],
      ),
      false,
    );
    expect(read.rows).toEqual([]);
    expect(read.refused).toBe(true);
    expect(read.problem).toEqual([
      '3 columns',
      'has its years in the second column, not the first: nothing is drawn',
    ]);
  });

  it('draws the first two columns of a table with a third of numbers, and says the third is not drawn', () => {
    const read = readTable(tableOfCells(['2000', '173', '14'], ['2017', '258', '25.9']), false);
    expect(read.rows.map((row) => [row.year, row.value])).toEqual([
      [2000, 173],
      [2017, 258],
    ]);
    expect(read.problem).toEqual([
      '3 columns',
      'is more than one series: only its first two columns are drawn (years, then values)',
    ]);
  });

  it('says nothing of a third column of words, and draws years with four-digit values first', () => {
    const read = readTable(tableOfCells(['2000', '1730', 'estimate'], ['2017', '1580', '']), false);
    expect(read.rows.map((row) => [row.year, row.value])).toEqual([
      [2000, 1730],
      [2017, 1580],
    ]);
    expect(read.problem).toBe(undefined);
  });

  it('draws nothing of a table whose values come before the years', () => {
    // Read as years and values, it was drawn as "rose from 2,000 in 173 to 2,017 in 258"; a
    // value of four digits among them (1220) does not make them years.
    const read = readTable(tableOfCells(['173', '2000'], ['1220', '2010'], ['258', '2017']), false);
    expect(read.refused).toBe(true);
    expect(read.problem).toEqual([
      '2 columns',
      'has its years in the second column, not the first: nothing is drawn',
    ]);
  });

  it('draws nothing of a table where some values have a unit sign and others not', () => {
    // "173" then "3.4%" was drawn as "fell from 173% in 2000 to 3.4% in 2017", and "2.8%" then
    // "258" as "rose from 2.8% to 258%".
    const read = readTable(tableOfCells(['2000', '173'], ['2017', '3.4%']), false);
    expect(read.rows).toEqual([]);
    expect(read.problem).toEqual([
      '3.4%',
      'has a unit sign that other values do not: nothing is drawn',
    ]);
    const later = readTable(
      tableOfCells(['2000', '2.8%'], ['2010', '3.2%'], ['2017', '258']),
      false,
    );
    expect(later.rows).toEqual([]);
    expect(later.problem?.[1]).toBe('has a unit sign that other values do not: nothing is drawn');
    // As accounts write money, the sign on the first value only: every value is in dollars.
    const accounts = readTable(tableOfCells(['2000', '$127'], ['2001', '131']), false);
    expect(accounts.rows.map((row) => row.value)).toEqual([127, 131]);
    expect(accounts.unit).toBe('usd');
    expect(accounts.problem).toBe(undefined);
  });

  it('leaves out the rows under a heading inside the table, and names them', () => {
    // Drawn as observations, "rose from 173 in 2000 to 405 in 2050".
    const read = readTable(
      tableOfCells(
        ['Observed'],
        ['2000', '173'],
        ['2017', '258'],
        ['Projections'],
        ['2050', '405'],
        ['Source: UN DESA'],
      ),
      false,
    );
    expect(read.rows.map((row) => row.year)).toEqual([2000, 2017]);
    expect(read.leftOut).toEqual(['2050 (405)']);
    expect(read.problem).toEqual([
      'Projections',
      'is a heading inside the table; the rows under it may be of another kind: left out, and named under the chart',
    ]);
    // A row of one cell that groups years, in any language, or a spacer, heads no kind: passed
    // over, also between rows of data.
    for (const group of ['2010s', 'The 2010s', 'Années 2010', '2010-е годы', '2010年代']) {
      const grouped = readTable(
        tableOfCells(['2000s'], ['2000', '173'], [group], ['2010', '220'], ['–'], ['2017', '258']),
        false,
      );
      expect(grouped.rows.map((row) => row.year)).toEqual([2000, 2010, 2017]);
      expect(grouped.problem).toBe(undefined);
    }
    // A note after the last row heads none: nothing said.
    const noted = readTable(
      tableOfCells(['2000', '173'], ['2017', '258'], ['Source: UN DESA']),
      false,
    );
    expect(noted.leftOut).toEqual([]);
    expect(noted.problem).toBe(undefined);
  });

  it('leaves out a year of fewer than four digits, and names it', () => {
    // Drawn as the years 0 and 17.
    const short = readTable(tableOfCells(['1990', '153'], ['00', '173'], ['17', '258']), false);
    expect(short.rows.map((row) => row.year)).toEqual([1990]);
    expect(short.leftOut).toEqual(['00 (173)', '17 (258)']);
    expect(short.problem).toEqual([
      '00',
      'is not a year of four digits: 2 rows left out, and named under the chart',
    ]);
    // Row numbers in a table of two columns were drawn as the years 1 and 2.
    const numbered = readTable(tableOfCells(['1', '173'], ['2', '258']), false);
    expect(numbered.rows).toEqual([]);
    expect(numbered.refused).toBe(true);
  });

  it('says nothing of a third column with a number on some rows only (footnote numbers)', () => {
    const read = readTable(
      tableOfCells(['2000', '173', '1'], ['2010', '220', ''], ['2017', '258', '2']),
      false,
    );
    expect(read.rows).toHaveLength(3);
    expect(read.problem).toBe(undefined);
  });

  it('names a year whose row has no value (its value merged into the row above)', () => {
    const read = readTable(tableOfCells(['2000', '173'], ['2005'], ['2010', '220']), false);
    expect(read.rows.map((row) => row.year)).toEqual([2000, 2010]);
    expect(read.leftOut).toEqual(['2005']);
    expect(read.problem).toEqual([
      '2005',
      'has no value in its row (a merged cell?): left out, and named under the chart',
    ]);
  });

  it('reads a blank row under a note of one cell as no data, and says nothing', () => {
    const read = readTable(
      tableOfCells(['2000', '173'], ['2017', '258'], ['Source: UN DESA'], ['', ' ']),
      false,
    );
    expect(read.rows).toHaveLength(2);
    expect(read.leftOut).toEqual([]);
    expect(read.problem).toBe(undefined);
  });

  it('names only the readings of an unclear number that are numbers', () => {
    // On a page with a decimal comma, "1,234,567" has no comma reading: it said "may be NaN or
    // 1234567".
    const read = readTable(tableOfCells(['2000', '1,234,567'], ['2017', '2']), true);
    expect(read.problem?.[1]).toBe(
      'may be 1234567: left out, and named under the chart; give its number in data-value',
    );
  });

  it('says both when a row is left out of a table with a third column of numbers', () => {
    const read = readTable(
      tableOfCells(['2000', '173', '14'], ['2010', 'n/a', '16'], ['2017', '258', '25.9']),
      false,
    );
    expect(read.leftOut).toEqual(['2010 (n/a)']);
    expect(read.problem).toEqual([
      'n/a',
      'is not a number: left out, and named under the chart; the table is more than one series: only its first two columns are drawn (years, then values)',
    ]);
  });
});

describe('readTable: values written with their unit sign', () => {
  const read = (...rows: [string, string][]) => {
    const {rows: read, unit, leftOut} = readTable(tableOf(rows), false);
    return {values: read.map((row) => row.value), unit, leftOut};
  };

  it('reads "49.3%" and "3.4 %" as percent, and "$1,200", "US$ 1.5" and "7 $" as US dollars', () => {
    expect(read(['2000', '2.8%'], ['2017', '3.4 %'])).toEqual({
      values: [2.8, 3.4],
      unit: 'percent',
      leftOut: [],
    });
    expect(read(['2015', '$1,200'], ['2016', 'US$ 1.5'], ['2017', '7 $'])).toEqual({
      values: [1200, 1.5, 7],
      unit: 'usd',
      leftOut: [],
    });
  });

  it('gives no unit to values without a sign', () => {
    expect(read(['2014', '5,267'], ['2015', '6107'])).toEqual({
      values: [5267, 6107],
      unit: undefined,
      leftOut: [],
    });
  });

  it('leaves out a value with another sign than the first', () => {
    expect(read(['2000', '2.8%'], ['2001', '$3'], ['2002', '3%'])).toEqual({
      values: [2.8, 3],
      unit: 'percent',
      leftOut: ['2001 ($3)'],
    });
  });

  // A total row drew every count of migrants as a percentage: "rose from 152,542,373% in 1990".
  it('takes the unit from rows that are drawn only: not a total, a header or a value left out', () => {
    expect(read(['1990', '152,542,373'], ['2017', '257,715,425'], ['Change', '+69%'])).toEqual({
      values: [152_542_373, 257_715_425],
      unit: undefined,
      leftOut: ['Change (+69%)'],
    });
    expect(read(['Year', 'Migrants, US$'], ['2016', '5'])).toEqual({
      values: [5],
      unit: undefined,
      leftOut: ['Year (Migrants, US$)'],
    });
    expect(read(['2015', 'US$1.5bn'], ['2016', '1200'])).toEqual({
      values: [1200],
      unit: undefined,
      leftOut: ['2015 (US$1.5bn)'],
    });
  });
});

describe('readTable: a footnote mark in a cell', () => {
  // "190 531 600<sup>1</sup>": the cell's text is "190 531 6001".
  const table = {
    querySelector: () => null,
    querySelectorAll: () =>
      [
        ['1990', '152 542 373', false],
        ['2005', '190 531 6001', true],
        ['2010', '220 019 266', false],
      ].map(([year, value, marked]) => ({
        parentElement: {localName: 'tbody'},
        getAttribute: () => null,
        querySelector: () => null,
        querySelectorAll: () =>
          [year, value].map((textContent, i) => ({
            localName: 'td',
            textContent,
            getAttribute: () => null,
            querySelector: (selector: string) =>
              marked && i === 1 && selector.includes('sup') ? {} : null,
          })),
      })),
  } as unknown as TablePart;

  it('leaves the row out with one warning, rather than read 1,905,316,001', () => {
    const {rows, problem} = readTable(table, false);
    expect(rows.map((row) => [row.year, row.value])).toEqual([
      [1990, 152_542_373],
      [2010, 220_019_266],
    ]);
    expect(problem).toEqual([
      '190 531 6001',
      'has a footnote mark or a second number: left out, and named under the chart; give its number in data-value',
    ]);
  });

  it('names the row with its mark apart: "190 531 600[1]"', () => {
    const marked = {
      querySelector: () => null,
      querySelectorAll: () => [
        {
          parentElement: {localName: 'tbody'},
          getAttribute: () => null,
          querySelector: () => null,
          querySelectorAll: () => [
            {
              localName: 'td',
              textContent: '2005',
              getAttribute: () => null,
              querySelector: () => null,
            },
            {
              localName: 'td',
              textContent: '190 531 6001',
              getAttribute: () => null,
              querySelector: () => ({textContent: '1'}),
            },
          ],
        },
      ],
    } as unknown as TablePart;
    const {leftOut, problem} = readTable(marked, false);
    expect(leftOut).toEqual(['2005 (190 531 600[1])']);
    // The warning names the cell as the note does, not as "190 531 6001".
    expect(problem?.[0]).toBe('190 531 600[1]');
  });

  it('gives one warning for rows left out for different reasons, naming the first cell of each', () => {
    const rows = [
      ['2014', '3,4'],
      ['2015', 'n/a'],
      ['2016', '7'],
      ['2017', '3,5'],
    ];
    const {problem} = readTable(tableOf(rows, 'Arrivals'), false);
    expect(problem).toEqual([
      '3,4',
      'in “Arrivals” may be 3.4 or 34; “n/a” is not a number: 3 rows left out, and named under the chart; give its number in data-value',
    ]);
  });
});

describe('toCsv', () => {
  it('writes a byte-order mark, then one row per drawn point: raw value, status, note, source', () => {
    const csv = toCsv(
      [
        {year: 2016, value: 573_600_000_000, kind: 'observed', source: 'release-2017'},
        {year: 2017, value: 595_700_000_000, kind: 'projection', note: 'World Bank, "Oct" 2017'},
      ],
      'Remittances (usd)',
      (point) => (point.source ? 'World Bank, April 2017' : 'World Bank, October 2017'),
    );
    expect(csv).toBe(
      '\ufeffyear,Remittances (usd),status,note,source\r\n' +
        '2016,573600000000,observed,,"World Bank, April 2017"\r\n' +
        '2017,595700000000,projection,"World Bank, ""Oct"" 2017","World Bank, October 2017"\r\n',
    );
  });

  it('quotes a cell with a quotation mark and no comma, so that a reader keeps the mark', () => {
    const csv = toCsv(
      [{year: 2017, value: 5, kind: 'observed', note: '"Provisional" estimate'}],
      'Migrants (persons)',
      () => 'UN',
    );
    expect(csv.split('\r\n')[1]).toBe('2017,5,observed,"""Provisional"" estimate",UN');
  });

  // A spreadsheet ran them: a page's label, note or source written as a formula.
  it('writes text that starts as a formula as text, with an apostrophe before it', () => {
    const csv = toCsv(
      [{year: 2017, value: -5, kind: 'observed', note: '@SUM(1+1)'}],
      '=HYPERLINK("http://evil.example","x") (persons)',
      () => "+cmd|' /C calc'!A0",
    );
    expect(csv.split('\r\n')).toEqual([
      '\ufeffyear,"\'=HYPERLINK(""http://evil.example"",""x"") (persons)",status,note,source',
      "2017,-5,observed,'@SUM(1+1),'+cmd|' /C calc'!A0",
      '',
    ]);
  });

  // Excel in French, Spanish or Russian splits a line at ";", and a quote inside a cell is text
  // there: "UN;@SUM(1+1)" and a note's second line were cells of their own, run as formulas.
  it('writes text as text also after a ";" or a line break, where such a spreadsheet starts a cell', () => {
    const csv = toCsv(
      [{year: 2000, value: 10, kind: 'observed', note: "line1\r\n=cmd|' /C calc'!A0"}],
      'Migrants (persons)',
      () => 'UN;@SUM(1+1)',
    );
    expect(csv).toContain(`"line1\r\n'=cmd|' /C calc'!A0",UN;'@SUM(1+1)\r\n`);
  });
});

describe('valueDomain', () => {
  it('starts at zero by default, at the data otherwise', () => {
    expect(valueDomain([150, 250], true)).toEqual([0, 250]);
    expect(valueDomain([150, 250], false)).toEqual([150, 250]);
  });
  it('includes negative values below zero', () => {
    expect(valueDomain([-5, 10], true)).toEqual([-5, 10]);
  });
  it('is never empty (one value, or none)', () => {
    expect(valueDomain([5], true)).toEqual([0, 5]);
    expect(valueDomain([0], true)).toEqual([0, 1]);
    expect(valueDomain([5], false)).toEqual([4.5, 5.5]);
    expect(valueDomain([], true)).toEqual([0, 1]);
  });
});

describe('layoutChart', () => {
  it('gives larger labels room in proportion: margins, tick spacing, label widths', () => {
    const options = {width: 800, height: 420, unit: 'persons', locale: 'en'} as const;
    const small = layoutChart(migrants, options);
    const large = layoutChart(migrants, {...options, fontSize: 24});
    expect(small.fontSize).toBe(12);
    expect(large.fontSize).toBe(24);
    // Top: 22px above the plot for 12px labels, twice that for 24px; below it 26px and 52px.
    expect([small.plot.top, small.plot.bottom]).toEqual([22, 394]);
    expect([large.plot.top, large.plot.bottom]).toEqual([44, 368]);
    // A tick every 56px of plot at most for 12px labels, every 112px for 24px ones.
    expect(large.yTicks.length).toBeLessThan(small.yTicks.length);
    // The line of the data reaches none of the larger labels: each sits above its grid line.
    for (const tick of large.yTicks) expect(tick.labelY).toBe(tick.at - 4);
    expect(labelWidth('2017', 24)).toBe(2 * labelWidth('2017'));
  });

  it('draws a line from the bottom left to the top right of the plot for a rising series', () => {
    const layout = layoutChart(
      points([
        [2000, 0],
        [2010, 50],
        [2020, 100],
      ]),
      {width: 400, height: 300, unit: 'persons', locale: 'en'},
    );
    // "2020" is 4 × 7.44 px wide: the plot keeps half of it (15 px) + 4 px on each side.
    expect(layout.plot).toEqual({left: 19, right: 381, top: 22, bottom: 274});
    expect(pathNumbers(layout.linePath)).toEqual([19, 274, 200, 148, 381, 22]);
    expect(layout.projectionPath).toBe('');
    expect(layout.marks.map((m) => [Math.round(m.x), Math.round(m.y)])).toEqual([
      [19, 274],
      [200, 148],
      [381, 22],
    ]);
  });

  it('fills the area of a series that goes below zero to the zero line, not to the bottom', () => {
    // 400×300: plot from x 19 to 381 and y 274 to 22; the axis from -100 to 100 puts 0 at y 148.
    const layout = layoutChart(
      points([
        [2000, -100],
        [2010, 100],
        [2020, 50],
      ]),
      {width: 400, height: 300, unit: 'persons', locale: 'en', area: true},
    );
    // Along the line (y 274, 22, 85), then back along the zero line.
    expect(pathNumbers(layout.areaPath)).toEqual([
      ...[19, 274, 200, 22, 381, 85],
      ...[381, 148, 200, 148, 19, 148],
    ]);
  });

  it('draws the marks as one path of circles per kind while no two touch', () => {
    const layout = layoutChart(
      [
        {year: 2000, value: 0, kind: 'observed'},
        {year: 2010, value: 50, kind: 'derived'},
        {year: 2020, value: 100, kind: 'projection'},
        {year: 2030, value: 100, kind: 'observed'},
      ],
      {width: 400, height: 300, unit: 'persons', locale: 'en'},
    );
    // Plot from x 19 to 381 and y 274 to 22: points at x 19, 139.7, 260.3, 381.
    expect(layout.markPaths.map((path) => path.kind)).toEqual([
      'observed',
      'derived',
      'projection',
    ]);
    const [observed, derived, projection] = layout.markPaths.map((path) => path.d);
    // A circle of radius 4: from its rightmost point 8 px left and back again, closed.
    expect(pathNumbers(observed!)).toEqual([
      ...[23, 274, 4, 4, 0, 1, 1, -8, 0, 4, 4, 0, 1, 1, 8, 0],
      ...[385, 22, 4, 4, 0, 1, 1, -8, 0, 4, 4, 0, 1, 1, 8, 0],
    ]);
    expect(observed!.match(/Z/g)).toHaveLength(2);
    expect(pathNumbers(derived!).slice(0, 2)).toEqual([143.7, 148]);
    expect(pathNumbers(projection!).slice(0, 2)).toEqual([264.3, 22]);
  });

  it('leaves the marks to be drawn one by one when they touch', () => {
    // 60 points 4.7 px apart: marks are drawn, but a ring of one would cover its neighbour.
    const data = points(Array.from({length: 60}, (_, i): [number, number] => [1960 + i, i]));
    const layout = layoutChart(data, {width: 320, height: 220, unit: 'persons', locale: 'en'});
    expect(layout.marks).toHaveLength(60);
    expect(layout.markPaths).toEqual([]);
  });

  it('keeps the hollow marks of calculated values among observed ones too close for a mark each', () => {
    // 81 years on a phone, under 4 px apart: 2000–2005 calculated, from 2021 projected.
    const data = Array.from({length: 81}, (_, i): ChartPoint => {
      const year = 1950 + i;
      const kind =
        year >= 2021 ? 'projection' : year >= 2000 && year <= 2005 ? 'derived' : 'observed';
      return {year, value: 2000 + i * 40, kind};
    });
    const layout = layoutChart(data, {width: 320, height: 220, unit: 'persons', locale: 'en'});
    expect(layout.marks.map((mark) => mark.kind)).toEqual(Array(6).fill('derived'));
    // 2000 is 50 of the 80 years across the plot.
    const {left, right} = layout.plot;
    expect(layout.marks[0]!.x).toBeCloseTo(left + ((right - left) * 50) / 80);
    // Ten in a row (a review: a rule by their number dropped them), and a third of them, keep
    // theirs; in 200 years, 1.3 px apart, the rings would run together: none.
    const run = (length: number, from: number, count: number) =>
      Array.from({length}, (_, i): ChartPoint => ({
        year: 1900 + i,
        value: 1000 + i,
        kind: i >= from && i < from + count ? 'derived' : 'observed',
      }));
    const options = {width: 320, height: 220, unit: 'persons', locale: 'en'} as const;
    expect(layoutChart(run(81, 35, 10), options).marks).toHaveLength(10);
    const thirds = run(81, 0, 0).map((point, i): ChartPoint => ({
      ...point,
      kind: i % 3 ? 'observed' : 'derived',
    }));
    expect(layoutChart(thirds, options).marks).toHaveLength(27);
    const dense = layoutChart(run(200, 100, 8), options);
    expect(dense.marks).toEqual([]);
    // Then nothing in the drawing tells them from observations: the chart says so.
    expect(dense.derivedUnmarked).toBe(true);
    expect(layout.derivedUnmarked).toBe(false);
    expect(layoutChart(run(200, 0, 0), options).derivedUnmarked).toBe(false);
    // Every value calculated: the key says so of the whole line, not too close (a review: 300
    // years at 1000px, rings 3.2px apart, were said to be).
    const allDerived = run(300, 0, 300);
    const wide = {...options, width: 1000};
    expect(layoutChart(allDerived, wide).marks).toEqual([]);
    expect(layoutChart(allDerived, wide).derivedUnmarked).toBe(false);
    expect(layoutChart(run(200, 0, 200), options).derivedUnmarked).toBe(false);
    // Observed and projected alone: no marks, as before.
    const without = data.filter((point) => point.kind !== 'derived');
    expect(
      layoutChart(without, {width: 320, height: 220, unit: 'persons', locale: 'en'}).marks,
    ).toEqual([]);
  });

  it('gives nice value ticks from zero, labelled by the shared formatter', () => {
    const layout = layoutChart(migrants, {width: 640, height: 360, unit: 'persons', locale: 'en'});
    expect(layout.yTicks.map((t) => t.label)).toEqual([
      '0',
      '50 million',
      '100 million',
      '150 million',
      '200 million',
      '250 million',
      '300 million',
    ]);
    const fr = layoutChart(migrants, {width: 640, height: 360, unit: 'persons', locale: 'fr'});
    expect(fr.yTicks.map((t) => t.label)[3]).toBe('150 millions');
  });

  it('never puts a fraction on an axis of persons: a count goes 0, 1, 2, not 0.2', () => {
    const labels = (pairs: [number, number][]) =>
      layoutChart(points(pairs), {
        width: 640,
        height: 360,
        unit: 'persons',
        locale: 'en',
      }).yTicks.map((t) => t.label);
    // A page's table of zeros (no deaths recorded on a route) and one of a few persons.
    expect(
      labels([
        [2015, 0],
        [2016, 0],
        [2017, 0],
      ]),
    ).toEqual(['0', '1']);
    expect(
      labels([
        [2015, 1],
        [2016, 3],
        [2017, 2],
      ]),
    ).toEqual(['0', '1', '2', '3']);
    // Shares keep their fractions.
    const share = layoutChart(
      points([
        [2015, 0],
        [2016, 0.4],
      ]),
      {
        width: 640,
        height: 360,
        unit: 'percent',
        locale: 'en',
      },
    );
    expect(share.yTicks.map((t) => t.label)).toContain('0.2%');
  });

  it('labels every tick of an axis in one form: in words when all but zero are millions', () => {
    // Fitted to close values, "258 million" (three digits) was in words among "257,900,000"s.
    const close = points([
      [2000, 257_700_000],
      [2001, 257_750_000],
      [2002, 258_100_000],
      [2003, 257_900_000],
    ]);
    const layout = layoutChart(close, {
      width: 600,
      height: 300,
      unit: 'persons',
      locale: 'en',
      fromZero: false,
    });
    expect(layout.yTicks.map((t) => t.label)).toEqual([
      '257.7 million',
      '257.8 million',
      '257.9 million',
      '258 million',
      '258.1 million',
    ]);
    // Below a million the axis keeps its digits: "500,000" beside "1,000,000", not "1 million".
    const half = points([
      [2000, 100_000],
      [2001, 1_400_000],
    ]);
    const small = layoutChart(half, {width: 600, height: 300, unit: 'persons', locale: 'en'});
    expect(small.yTicks.map((t) => t.label)).toContain('1,000,000');
  });

  it('moves a value label the line of the data runs through to the right end, above its grid line', () => {
    // 1990's 152.5 million starts the line just above the 150 million grid line, where its label
    // would be written over the line and the first mark (at 320px the ticks are 100 million apart).
    // Below the grid line it would read as the label of the line under it.
    for (const width of [640, 1024]) {
      const layout = layoutChart(migrants, {
        width,
        height: chartHeight(width),
        unit: 'persons',
        locale: 'en',
      });
      const tick = layout.yTicks.find((t) => t.label === '150 million')!;
      expect([tick.labelX, tick.labelY, tick.anchor], `width ${width}`).toEqual([
        layout.plot.right,
        tick.at - 4,
        'end',
      ]);
      // Labels the line does not reach stay at the left, above their lines.
      for (const other of layout.yTicks.filter((t) => t.value >= 200e6)) {
        expect([other.labelX, other.labelY], `${other.label} at width ${width}`).toEqual([
          layout.plot.left,
          other.at - 4,
        ]);
      }
    }
  });

  it('keeps every value label of the recorded deaths above its grid line', () => {
    // The line starts at 5,267, just above the 5,000 grid line; below that line "5,000" sat just
    // above "4,000", as if it labelled the band between them.
    for (let width = 320; width <= 1024; width += 8) {
      const layout = layoutChart(deaths, {
        width,
        height: chartHeight(width),
        unit: 'persons',
        locale: 'en',
      });
      for (const tick of layout.yTicks) {
        expect(tick.labelY, `${tick.label} at width ${width}`).toBeLessThan(tick.at);
      }
    }
  });

  it('moves a value label to the right end of its grid line when the line runs through it on both sides at the left', () => {
    // 400×300: the plot runs from x 19 to 381 (half "2010" plus 4 on each side) and from y 22 to
    // 274; five ticks, 0 to 200 by 50, so "100" is at y 148. The line starts on that grid line:
    // at the left its first mark reaches from y 142.5 to 153.5, over both the label above
    // (y 132–145) and the one below (152–165). At the right end the line is up at 200 (y 22).
    const rising = points([
      [2000, 100],
      [2010, 200],
    ]);
    for (const textDir of ['ltr', 'rtl'] as const) {
      const layout = layoutChart(rising, {
        width: 400,
        height: 300,
        unit: 'persons',
        locale: 'en',
        textDir,
      });
      const hundred = layout.yTicks.find((t) => t.label === '100')!;
      expect(hundred.at).toBe(148);
      // Above its grid line, its end at the plot's right edge (in RTL text: its start).
      expect([hundred.labelX, hundred.labelY, hundred.anchor]).toEqual([
        381,
        144,
        textDir === 'ltr' ? 'end' : 'start',
      ]);
      // "150" at the left (y 85, the line at y 148–127 there) stays where it was.
      const other = layout.yTicks.find((t) => t.label === '150')!;
      expect([other.labelX, other.labelY, other.anchor]).toEqual([
        19,
        85 - 4,
        textDir === 'ltr' ? 'start' : 'end',
      ]);
    }
  });

  it('raises a value label above the marks of a flat line that runs along its grid line', () => {
    // Every value 5: the line lies on the "5" grid line from end to end, so above it, below it
    // and at its right end all meet a mark (reaching 5.5 px from the line). The label goes at
    // the left, its baseline 7.5 px above the grid line: its box (to 1 px under the baseline)
    // ends 1 px above the marks. It touched the first mark.
    const flat = points([
      [2000, 5],
      [2005, 5],
      [2010, 5],
    ]);
    for (const fromZero of [false, true]) {
      const layout = layoutChart(flat, {
        width: 400,
        height: 300,
        unit: 'persons',
        locale: 'en',
        fromZero,
      });
      const five = layout.yTicks.find((t) => t.label === '5')!;
      expect([five.labelX, five.labelY], `from zero: ${fromZero}`).toEqual([
        layout.plot.left,
        five.at - 7.5,
      ]);
    }
  });

  it('keeps the lowest value label above the axis even where the line runs through it', () => {
    const layout = layoutChart(
      points([
        [2000, 0],
        [2010, 100],
      ]),
      {width: 640, height: 360, unit: 'persons', locale: 'en'},
    );
    const zero = layout.yTicks.find((t) => t.value === 0)!;
    expect(zero.labelY).toBeLessThan(zero.at);
  });

  it('labels dollar ticks as "$400 billion"', () => {
    const layout = layoutChart(
      points([
        [2000, 126_700_000_000],
        [2017, 595_700_000_000],
      ]),
      {width: 640, height: 360, unit: 'usd', locale: 'en'},
    );
    expect(layout.yTicks.map((t) => t.label)).toContain('$400 billion');
  });

  it('labels every tick with its own value: "1.5 trillion", "0.0005", never rounded to a neighbour', () => {
    // At a phone's 340px the ticks are 0, 0.5, 1 and 1.5 trillion: whole numbers keep the four
    // labels distinct, but say "2 trillion" at 1.5 trillion.
    const trillions = layoutChart(
      points([
        [2000, 1e12],
        [2001, 1.2e12],
        [2002, 1.5e12],
      ]),
      {width: 340, height: chartHeight(340), unit: 'persons', locale: 'en'},
    );
    expect(trillions.yTicks.map((t) => t.label)).toEqual([
      '0',
      '500 billion',
      '1 trillion',
      '1.5 trillion',
    ]);
    const thousandths = layoutChart(
      points([
        [2000, 0.001],
        [2001, 0.002],
        [2002, 0.0015],
      ]),
      {width: 640, height: chartHeight(640), unit: 'ratio', locale: 'en'},
    );
    expect(thousandths.yTicks.map((t) => t.label)).toEqual([
      '0',
      '0.0005',
      '0.001',
      '0.0015',
      '0.002',
    ]);
  });

  it('fits the axis to the data when fromZero is false', () => {
    const layout = layoutChart(migrants, {
      width: 640,
      height: 360,
      unit: 'persons',
      locale: 'en',
      fromZero: false,
    });
    expect(layout.yTicks[0]!.value).toBeGreaterThan(0);
    expect(layout.yTicks[0]!.value).toBeLessThanOrEqual(152_542_373);
  });

  it('dashes the segment that leads to a projection', () => {
    const layout = layoutChart(
      [
        {year: 2015, value: 100, kind: 'observed'},
        {year: 2016, value: 90, kind: 'observed'},
        {year: 2017, value: 95, kind: 'projection'},
      ],
      {width: 400, height: 300, unit: 'persons', locale: 'en'},
    );
    // Solid 2015→2016, dashed 2016→2017: the 2016 point is in both.
    expect(pathNumbers(layout.linePath)).toHaveLength(4);
    expect(pathNumbers(layout.projectionPath)).toHaveLength(4);
    expect(pathNumbers(layout.linePath).slice(2)).toEqual(
      pathNumbers(layout.projectionPath).slice(0, 2),
    );
  });

  it('draws one point as a single mark in the middle, with its year', () => {
    const layout = layoutChart(points([[2017, 6142]]), {
      width: 300,
      height: 220,
      unit: 'persons',
      locale: 'en',
    });
    expect(layout.linePath).toBe('');
    expect(layout.marks).toHaveLength(1);
    expect(layout.marks[0]!.x).toBeCloseTo((layout.plot.left + layout.plot.right) / 2);
    expect(layout.xTicks.map((t) => t.label)).toEqual(['2017']);
  });

  it('draws time right to left when reversed', () => {
    const layout = layoutChart(migrants, {
      width: 400,
      height: 300,
      unit: 'persons',
      locale: 'en',
      reverse: true,
    });
    // The plot runs from x 19 to 381 (half "2017", 4 × 7.44 px, plus 4 px on each side): 1990 at
    // the right, 2017 at the left, 2000 10/27 of the way from the right.
    expect(layout.pointAt(0).x).toBe(381);
    expect(layout.pointAt(6).x).toBe(19);
    expect(layout.pointAt(2).x).toBeCloseTo(381 - (362 * 10) / 27, 6);
  });

  it('labels two highlighted years with their values and the change between them', () => {
    const layout = layoutChart(migrants, {
      width: 640,
      height: 360,
      unit: 'persons',
      locale: 'en',
      highlight: [2000, 2017],
    });
    expect(layout.highlights.map((h) => h.lines)).toEqual([
      ['2000: 173 million'],
      // 257,715,425 ÷ 172,604,257 = 1.493: +49 % (the report rounds it to "48% more").
      ['2017: 258 million', '+49% since 2000'],
    ]);
    expect(layout.band).toBeDefined();
    // The 2017 label would cross the right edge: it is anchored at its end.
    expect(layout.highlights[1]!.anchor).toBe('end');
  });

  it('labels two highlighted years that round alike with the digits that tell them apart', () => {
    const layout = layoutChart(
      points([
        [2010, 258_000_000],
        [2015, 258_060_000],
        [2020, 258_120_000],
      ]),
      {width: 640, height: 360, unit: 'persons', locale: 'en', highlight: [2010, 2020]},
    );
    expect(layout.highlights.map((h) => h.lines)).toEqual([
      ['2010: 258 million'],
      ['2020: 258.1 million', '+0.05% since 2010'],
    ]);
  });

  it('labels a highlighted year across zero without a change since the first', () => {
    const layout = layoutChart(
      points([
        [2000, 50_000],
        [2010, -5_000],
        [2020, -80_000],
      ]),
      {width: 640, height: 360, unit: 'persons', locale: 'en', highlight: [2000, 2020]},
    );
    expect(layout.highlights.map((h) => h.lines)).toEqual([['2000: 50,000'], ['2020: -80,000']]);
  });

  it('labels two highlighted years of a percentage without a change between them', () => {
    // As in the summary: 49.2% to 48.4% is 0.8 points, which "-2% since 1990" would misstate.
    const layout = layoutChart(
      points([
        [1990, 49.2],
        [2000, 49.3],
        [2017, 48.4],
      ]),
      {width: 640, height: 360, unit: 'percent', locale: 'en', highlight: [1990, 2017]},
    );
    expect(layout.highlights.map((h) => h.lines)).toEqual([['1990: 49.2%'], ['2017: 48.4%']]);
  });

  it('puts a highlighted year’s label below its point when the line falls into it from above', () => {
    for (const width of [320, 640, 1024]) {
      const layout = layoutChart(deaths, {
        width,
        height: chartHeight(width),
        unit: 'persons',
        locale: 'en',
        highlight: [2017],
      });
      const label = layout.highlights[0]!;
      // Above 2017's point the line from 2016 would cross "2017: 6,142"; below it is free.
      expect(label.lines).toEqual(['2017: 6,142']);
      expect(label.labelY - 12, `width ${width}`).toBeGreaterThan(label.y);
    }
  });

  it('keeps a peak’s label above its point', () => {
    const layout = layoutChart(deaths, {
      width: 640,
      height: chartHeight(640),
      unit: 'persons',
      locale: 'en',
      highlight: [2016],
    });
    expect(layout.highlights[0]!.labelY).toBeLessThan(layout.highlights[0]!.y);
  });

  it('puts a highlighted year’s label on a rising line above and to the left of its point', () => {
    // 400×300 with a highlight: the plot runs from x 19 to 381 and from y 46 to 274; 2010 is at
    // x 200, y 160, and the line rises 114 px over 181 px on either side. "2010: 100" is 9 × 7.44
    // = 66.96 px wide: centred above (y 138–152) the rise to the right crosses it, centred below
    // (y 160–174) the line from the left does; above, ending at the point, the line is below it.
    const layout = layoutChart(
      points([
        [2000, 0],
        [2010, 100],
        [2020, 200],
      ]),
      {width: 400, height: 300, unit: 'persons', locale: 'en', highlight: [2010]},
    );
    const label = layout.highlights[0]!;
    expect([label.x, label.y]).toEqual([200, 160]);
    expect([label.lines, label.anchor, label.labelY]).toEqual([['2010: 100'], 'end', 150]);
  });

  it('keeps that label to the left of its point in right-to-left text, anchored at its start', () => {
    // The same place as above, ending at the point: right-to-left text runs leftwards from its
    // start, so the label is anchored there at its start.
    const layout = layoutChart(
      points([
        [2000, 0],
        [2010, 100],
        [2020, 200],
      ]),
      {width: 400, height: 300, unit: 'persons', locale: 'en', highlight: [2010], textDir: 'rtl'},
    );
    const label = layout.highlights[0]!;
    expect([label.x, label.labelY, label.anchor]).toEqual([200, 150, 'start']);
  });

  /** World Bank remittance inflows, as @mwfa/data publishes them (2017 a projection). */
  const remittances = points([
    [2000, 126.7e9],
    [2001, 140.3e9],
    [2002, 163.5e9],
    [2003, 197.2e9],
    [2004, 226.4e9],
    [2005, 280.1e9],
    [2006, 326e9],
    [2007, 393.1e9],
    [2008, 454.3e9],
    [2009, 426e9],
    [2010, 462.1e9],
    [2011, 524.4e9],
    [2012, 544.9e9],
    [2013, 574e9],
    [2014, 597.7e9],
    [2015, 581.9e9],
    [2016, 573.6e9],
    [2017, 595_694_727_000],
  ]);

  /**
   * Width of a character of 12px text: 0.62 em, the estimate labelWidth documents, written out so
   * that the boxes below do not shrink with it. No wider: the layout places labels by that very
   * estimate, and at 0.65 em French remittance labels already meet at 348–360px.
   */
  const CHAR = 7.44;

  /**
   * A label's box [left, right, top, bottom]: 12px lines of text, 15px apart, reaching `depth`
   * below the last baseline (1px for digits and unit words, 2px for "$" and "%"), each character
   * `char` wide.
   */
  const box = (
    x: number,
    anchor: 'start' | 'middle' | 'end',
    labelY: number,
    lines: readonly string[],
    depth: number,
    char = CHAR,
  ) => {
    const width = Math.max(...lines.map((line) => line.length * char));
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    return [left, left + width, labelY - 12, labelY + 15 * (lines.length - 1) + depth] as const;
  };

  /**
   * `layoutChart` at `width`, as high as the chart draws it, with the words of `locale` around
   * highlighted figures ("+49 % depuis 2000", "2017 : ").
   */
  const layoutIn = (
    data: readonly ChartPoint[],
    locale: UiLocale,
    width: number,
    options: Omit<LayoutOptions, 'width' | 'height' | 'locale'>,
  ) => {
    const {since, colon} = words(locale, en);
    return layoutChart(data, {width, height: chartHeight(width), locale, since, colon, ...options});
  };

  /** The side a text anchor names on the screen: right-to-left text swaps start and end. */
  const onScreen = (anchor: 'start' | 'middle' | 'end', rtl: boolean) =>
    rtl && anchor !== 'middle' ? (anchor === 'start' ? 'end' : 'start') : anchor;

  it('keeps every label off the line and off each other at phone widths, in English and French', () => {
    const series = {migrants, remittances};
    // Every collision found, so one failure lists them all (an expect per sample is slow).
    const collisions: string[] = [];
    for (const [name, data] of Object.entries(series)) {
      for (const locale of ['en', 'fr']) {
        for (let width = 300; width <= 520; width += 4) {
          const layout = layoutChart(data, {
            width,
            height: chartHeight(width),
            unit: name === 'migrants' ? 'persons' : 'usd',
            locale,
            highlight: [2000, 2017],
            colon: locale === 'fr' ? '\u00a0: ' : ': ',
          });
          const boxes = [
            ...layout.highlights.map((h) => box(h.labelX, h.anchor, h.labelY, h.lines, 2)),
            ...layout.yTicks.map((t) => box(t.labelX, t.anchor, t.labelY, [t.label], 1)),
          ];
          // The drawn line between its points; 5.5 px for its marks and their ring.
          const at = data.map((_, index) => layout.pointAt(index));
          const where = `${name} ${locale} ${width}px`;
          for (const [left, right, top, bottom] of boxes) {
            for (let index = 1; index < at.length; index += 1) {
              const [a, b] = [at[index - 1]!, at[index]!];
              for (let step = 0; step <= 20; step += 1) {
                const x = a.x + ((b.x - a.x) * step) / 20;
                const y = a.y + ((b.y - a.y) * step) / 20;
                if (x >= left && x <= right && y >= top - 5.5 && y <= bottom + 5.5) {
                  collisions.push(`${where}: box ${[left, right, top, bottom]} on (${x}, ${y})`);
                }
              }
            }
          }
          boxes.forEach(([l1, r1, t1, b1], i) =>
            boxes.slice(i + 1).forEach(([l2, r2, t2, b2]) => {
              if (l1 <= r2 && r1 >= l2 && t1 <= b2 && b1 >= t2) {
                collisions.push(`${where}: two labels meet`);
              }
            }),
          );
        }
      }
    }
    expect(collisions).toEqual([]);
  });

  it('keeps the labels of neighbouring highlighted years off each other on phones', () => {
    // "2014: $598 billion" and "2017: $596 billion" found no clear place at 320px and were both
    // centred above their points, one over the other ("2014: $5▒2017: $596 billion").
    const problems: string[] = [];
    const cases = [
      [remittances, 'usd', [2009, 2014, 2017]],
      [migrants, 'persons', [2010, 2015, 2017]],
    ] as const;
    for (const [data, unit, highlight] of cases) {
      for (const locale of ['en', 'fr', 'ru'] as const) {
        for (let width = 240; width <= 600; width += 8) {
          const layout = layoutIn(data, locale, width, {unit, highlight: [...highlight]});
          const boxes = layout.highlights.map((h) => box(h.labelX, h.anchor, h.labelY, h.lines, 2));
          boxes.forEach(([l1, r1, t1, b1], i) => {
            if (!(l1 >= 0 && r1 <= width && t1 >= 0)) {
              problems.push(`${unit} ${locale} ${width}px: label ${i} out of drawing`);
            }
            boxes.slice(i + 1).forEach(([l2, r2, t2, b2], j) => {
              if (l1 <= r2 && r1 >= l2 && t1 <= b2 && b1 >= t2) {
                problems.push(`${unit} ${locale} ${width}px: labels ${i} and ${i + 1 + j} meet`);
              }
            });
          });
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps labels off each other and inside the drawing with a reader’s text spacing', () => {
    // WCAG 1.4.12: letter-spacing 0.12em and word-spacing 0.16em add 0.14 em to a character of
    // these labels (the chart measures it). Estimated without it, "300 миллионов" was drawn under
    // "2017: 258 миллионов" at 288px; estimated with it and placed as before, labels that found
    // no clear place were put on each other, or half out of the drawing.
    const spacing = 0.14;
    const wide = CHAR + spacing * 12;
    const problems: string[] = [];
    for (const [name, data] of Object.entries({migrants, remittances})) {
      for (const locale of ['ru', 'fr', 'es', 'en'] as const) {
        for (let width = 280; width <= 420; width += 4) {
          const layout = layoutIn(data, locale, width, {
            unit: name === 'migrants' ? 'persons' : 'usd',
            highlight: name === 'migrants' ? [2000, 2017] : [2010, 2017],
            spacing,
          });
          const boxes = [
            ...layout.highlights.map((h) => box(h.labelX, h.anchor, h.labelY, h.lines, 2, wide)),
            // Reaching 3px below a value's baseline: its glyphs' box, '$' included.
            ...layout.yTicks.map((t) => box(t.labelX, t.anchor, t.labelY, [t.label], 3, wide)),
          ];
          const where = `${name} ${locale} ${width}px`;
          boxes.forEach(([l1, r1, t1, b1], i) => {
            // Written so that a label without a place (NaN) is out too.
            if (!(l1 >= 0 && r1 <= width && t1 >= 0)) {
              problems.push(`${where}: label ${i} out of drawing`);
            }
            boxes.slice(i + 1).forEach(([l2, r2, t2, b2], j) => {
              if (l1 <= r2 && r1 >= l2 && t1 <= b2 && b1 >= t2) {
                problems.push(`${where}: labels ${i} and ${i + 1 + j} meet`);
              }
            });
          });
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps a highlighted label in the drawing of a narrow chart with a reader’s text spacing', () => {
    // Moved along inside the plot, "2015 : 582 milliards $US" (219px with the spacing) started
    // at the plot's left edge and ran out of a 220px drawing, where "2015 :" over "582 milliards
    // $US" fits (French to 240px, Spanish to 260px).
    const spacing = 0.14;
    const wide = CHAR + spacing * 12;
    const out: string[] = [];
    for (const locale of ['fr', 'es', 'ru'] as const) {
      for (const highlight of [
        [2015, 2017],
        [2010, 2017],
      ]) {
        for (let width = 216; width <= 280; width += 4) {
          const layout = layoutIn(remittances, locale, width, {
            unit: 'usd',
            highlight,
            spacing,
          });
          for (const {labelX, anchor, lines, year} of layout.highlights) {
            const [left, right] = box(labelX, anchor, 0, lines, 0, wide);
            if (!(left >= 0 && right <= width)) out.push(`${locale} ${width}px: ${year}`);
          }
        }
      }
    }
    expect(out).toEqual([]);
  });

  it('breaks a highlighted label after its year where it fits on neither side of its point', () => {
    const layout = layoutChart(migrants, {
      width: 288,
      height: chartHeight(288),
      unit: 'persons',
      locale: 'ru',
      highlight: [2000, 2017],
      ...words('ru', en),
      spacing: 0.14,
    });
    const last = layout.highlights[1]!;
    // Intl's no-break spaces written as spaces.
    expect(last.lines.map((line) => line.replace(/\s/g, ' '))).toEqual([
      '2017:',
      '258 миллионов',
      '+49 % с 2000 года',
    ]);
    expect([last.labelX, last.anchor]).toEqual([last.x, 'end']);
  });

  it('keeps a French phone’s remittance labels on one line and off each other without text spacing', () => {
    // World Bank remittances to low- and middle-income countries (the report's figures). Before
    // the text-spacing layout, "2015 : 582 milliards $US" was one line at 200px and "400
    // milliards $US" above its grid line at 288px; without a reader's spacing they stay so. At
    // 200px neither figure finds a place beside its point: they were centred on their points,
    // over each other and the axis labels, and are now moved along, one above the other.
    const remittances = points([
      [2000, 126e9],
      [2005, 249e9],
      [2010, 462e9],
      [2015, 582e9],
      [2017, 613e9],
    ]);
    const options = {
      unit: 'usd',
      locale: 'fr',
      colon: '\u00a0: ',
      highlight: [2015, 2017],
    } as const;
    const phone = layoutChart(remittances, {...options, width: 200, height: chartHeight(200)});
    expect(phone.highlights.map((label) => label.lines.length)).toEqual([1, 2]);
    const [first, second] = phone.highlights.map((h) =>
      box(h.labelX, h.anchor, h.labelY, h.lines, 2),
    );
    expect(first![3] < second![2] || second![3] < first![2]).toBe(true);
    const wider = layoutChart(remittances, {...options, width: 288, height: chartHeight(288)});
    const tick = wider.yTicks.find((tick) => tick.value === 400e9)!;
    expect(tick.labelY).toBe(tick.at - 4);
  });

  it('anchors a label that ends at its point at the point itself, not a hair beside it', () => {
    const options = {unit: 'persons', locale: 'ru', highlight: [2010]} as const;
    const {highlights} = layoutChart(migrants, {...options, width: 640, height: chartHeight(640)});
    expect(highlights[0]!.anchor).toBe('end');
    expect(highlights[0]!.labelX).toBe(highlights[0]!.x);
  });

  it('keeps a value label out from under a highlighted figure: "50%" on women’s share of migrants', () => {
    // DESA's female share of migrants (derived, one decimal). Highlighted 1990 and 2017, the
    // "50%" label was left above its grid line at the left, under "1990: 49.2%" (22 × 14 px
    // in Chromium at 752px), whose halo hid it: the top grid line had no label.
    const share = points(
      [
        [1990, 49.2],
        [1995, 49.4],
        [2000, 49.4],
        [2005, 49.0],
        [2010, 48.4],
        [2015, 48.5],
        [2017, 48.4],
      ],
      'derived',
    );
    const met: string[] = [];
    for (const locale of ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const) {
      for (const width of [640, 752, 1024, 1264]) {
        const layout = layoutIn(share, locale, width, {
          unit: 'percent',
          highlight: [1990, 2017],
          textDir: locale === 'ar' ? 'rtl' : 'ltr',
        });
        const rtl = locale === 'ar';
        const figures = layout.highlights.map((h) =>
          box(h.labelX, onScreen(h.anchor, rtl), h.labelY, h.lines, 2),
        );
        for (const tick of layout.yTicks) {
          const anchor = onScreen(tick.anchor, rtl);
          const [l1, r1, t1, b1] = box(tick.labelX, anchor, tick.labelY, [tick.label], 1);
          for (const [l2, r2, t2, b2] of figures) {
            if (l1 < r2 && r1 > l2 && t1 < b2 && b1 > t2)
              met.push(`${locale} ${width}px ${tick.label}`);
          }
        }
      }
    }
    expect(met).toEqual([]);
  });

  it('keeps a highlighted figure off the marks of other years where it can: remittances 2016', () => {
    // "2016: 574 миллиарда $" at 752px was put across the line below its point, over the marks
    // of 2014 and 2015, though above the point the line crosses it between marks only.
    const hidden: string[] = [];
    for (const locale of ['ru', 'ar'] as const) {
      for (const highlight of [[2016], [2000, 2016], [2016, 2017]]) {
        const width = 752;
        const layout = layoutIn(remittances, locale, width, {
          unit: 'usd',
          highlight,
          textDir: locale === 'ar' ? 'rtl' : 'ltr',
        });
        for (const label of layout.highlights) {
          const anchor = onScreen(label.anchor, locale === 'ar');
          const [left, right, top, bottom] = box(
            label.labelX,
            anchor,
            label.labelY,
            label.lines,
            2,
          );
          remittances.forEach((point, index) => {
            if (highlight.includes(point.year)) return;
            const {x, y} = layout.pointAt(index);
            // The mark's centre under the text, 4px in from its edges.
            if (x > left + 4 && x < right - 4 && y > top + 4 && y < bottom - 4) {
              hidden.push(`${locale} ${highlight.join(' ')}: ${point.year} under ${label.year}`);
            }
          });
        }
      }
    }
    expect(hidden).toEqual([]);
  });

  it('moves no highlighted figure onto more marks to free a value label', () => {
    // DESA's female migrant stock, highlighted 1990 and 2000 on a phone: "100 million" lies under
    // "2000: 85.1 million" where the figure has no other place but over the marks of 1995 and
    // 2005. A figure that already reached one mark was let move onto a second one for it.
    /** The marks of other years whose centres lie under a highlighted figure. */
    const covered = (locale: 'en' | 'fr' | 'es' | 'ru', width: number) => {
      const highlight = [1990, 2000];
      const layout = layoutIn(women, locale, width, {unit: 'persons', highlight});
      let count = 0;
      for (const label of layout.highlights) {
        const [left, right, top, bottom] = box(
          label.labelX,
          label.anchor,
          label.labelY,
          label.lines,
          2,
        );
        women.forEach((point, index) => {
          const {x, y} = layout.pointAt(index);
          if (
            !highlight.includes(point.year) &&
            x > left + 2 &&
            x < right - 2 &&
            y > top + 2 &&
            y < bottom - 2
          ) {
            count += 1;
          }
        });
      }
      return count;
    };
    const moved: string[] = [];
    for (const locale of ['en', 'fr', 'es', 'ru'] as const) {
      for (let width = 272; width <= 336; width += 8) {
        if (covered(locale, width) > 0) moved.push(`${locale} ${width}px`);
      }
    }
    expect(moved).toEqual([]);
  });

  it('raises a highlighted figure above a value label it would hide: Russian women at 320px', () => {
    // DESA's female migrant stock, highlighted 1990 and 2000 on a 320px Russian phone. The plot
    // runs 19–301 × 46–194 and its axis 0–150 million, so "100 миллионов" (13 × 7.44 = 96.7px)
    // sits above its grid line (y 95.3) at the left: 19–115.7 × 79.3–92.3. The figure of 2000
    // (x 123.4, y 110.1), 19 characters wide (141.4px), centred on its point is 52.7–194.2; right
    // above its point (first baseline 85.1) it covered the value label, whose halo hid it: with
    // the label kept free, its other places crossed the marks of 2005 and 2010 (x 176 and 228,
    // y 102 and 89), so it was left there.
    // It rises 2px at a time from there until its box (down to 2px below its last baseline,
    // 15px under the first) keeps 2px from the value label's: first baseline 57.1 (box 45.1–74.1,
    // 76.1 with its margin, above 79.3 − 2). There it is clear of "150 миллионов" (31–43) too.
    const {since, colon} = words('ru', en);
    const layout = layoutChart(women, {
      width: 320,
      height: chartHeight(320),
      unit: 'persons',
      locale: 'ru',
      highlight: [1990, 2000],
      since,
      colon,
    });
    expect(layout.plot).toEqual({left: 19, right: 301, top: 46, bottom: 194});
    const tick = layout.yTicks.find((candidate) => candidate.value === 100e6)!;
    expect([tick.label, tick.labelX, tick.anchor]).toEqual(['100 миллионов', 19, 'start']);
    expect(tick.labelY).toBeCloseTo(91.33, 2);
    const figure = layout.highlights[1]!;
    expect(figure.lines).toEqual(['2000: 85,1 миллиона', '+13\u00a0% с\u00a01990\u00a0года']);
    expect([figure.anchor, figure.labelX]).toEqual(['middle', figure.x]);
    expect(figure.x).toBeCloseTo(123.44, 2);
    // Clear of the value labels, 2px apart, and of the marks of 2005 and 2010 (reach 5.5px).
    expect(figure.labelY).toBeCloseTo(57.06, 2);
    const [left, right, top, bottom] = box(
      figure.labelX,
      figure.anchor,
      figure.labelY,
      figure.lines,
      2,
    );
    expect(bottom).toBeLessThan(tick.labelY - 12);
    expect(top).toBeGreaterThan(42 + 1);
    const under = layout.marks.filter((mark) => mark.x + 5.5 > left && mark.x - 5.5 < right);
    expect(under.map((mark) => Math.round(mark.x))).toEqual([71, 123, 176]);
    for (const mark of under) expect(mark.y - 5.5).toBeGreaterThan(bottom);
  });

  it('draws no highlighted figure over another to free a value label', () => {
    // Highlighted 2015 and 2017 on a 240-272px chart, "2015: 248 million" was moved for a value
    // label to the only place left, centred above its point, across "2017: 258 million" (73 × 9
    // px in Chromium at 240px, 96 × 9 in Russian at 272px): neither could be read.
    const met: string[] = [];
    for (const locale of ['en', 'fr', 'ru'] as const) {
      for (let width = 240; width <= 336; width += 8) {
        const layout = layoutIn(migrants, locale, width, {
          unit: 'persons',
          highlight: [2015, 2017],
        });
        const [first, second] = layout.highlights.map((label) =>
          box(label.labelX, label.anchor, label.labelY, label.lines, 2),
        );
        const [l1, r1, t1, b1] = first!;
        const [l2, r2, t2, b2] = second!;
        if (l1 < r2 && r1 > l2 && t1 < b2 && b1 > t2) met.push(`${locale} ${width}px`);
      }
    }
    expect(met).toEqual([]);
  });

  it('lays out as before without a reader’s text spacing', () => {
    const options = {width: 320, height: 200, unit: 'persons', locale: 'ru'} as const;
    const layout = layoutChart(migrants, {...options, highlight: [2000, 2017]});
    const spaced = layoutChart(migrants, {...options, highlight: [2000, 2017], spacing: 0});
    expect(JSON.stringify(spaced)).toBe(JSON.stringify(layout));
  });

  it('finds the point nearest to a horizontal position', () => {
    const layout = layoutChart(migrants, {width: 400, height: 300, unit: 'persons', locale: 'en'});
    expect(layout.indexAt(layout.plot.left)).toBe(0);
    expect(layout.indexAt(layout.plot.right + 50)).toBe(6);
    expect(layout.indexAt(layout.pointAt(4).x + 2)).toBe(4);
  });
});

describe('year ticks', () => {
  const yearly = Array.from({length: 28}, (_, i) => 1990 + i);
  for (const width of [120, 200, 280, 320, 480, 640, 1024, 1600]) {
    it(`never overlaps and keeps the first and last year at ${width} px`, () => {
      for (const years of [yearly, migrants.map((p) => p.year)]) {
        const layout = layoutChart(points(years.map((year) => [year, year])), {
          width,
          height: 300,
          unit: 'persons',
          locale: 'en',
        });
        const ticks = layout.xTicks;
        for (let i = 1; i < ticks.length; i += 1) {
          // Centred year labels clear of each other at 8.4 px (0.7 em) a digit: more than the
          // digits of common fonts take (Arial's 0.56 em), and not labelWidth's own estimate.
          const gap = ticks[i]!.at - ticks[i - 1]!.at;
          expect(gap).toBeGreaterThanOrEqual(ticks[i]!.label.length * 8.4);
        }
        expect(ticks[ticks.length - 1]!.value).toBe(years[years.length - 1]);
        if (width >= 200) expect(ticks[0]!.value).toBe(years[0]);
      }
    });
  }

  it('uses round years for long series: 1990, 1992, … at 20 px a year', () => {
    const x = (year: number) => (year - 1990) * 20;
    expect(yearTicks(1990, 2017, undefined, x, 'en', 12).map((t) => t.value)).toEqual([
      1990, 1992, 1994, 1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2017,
    ]);
  });
});

describe('decimate', () => {
  it('keeps every point while there are fewer than two per pixel', () => {
    const data = points(Array.from({length: 50}, (_, i): [number, number] => [i, i]));
    expect(decimate(data, (year) => year * 10, 500)).toHaveLength(50);
  });

  it('keeps the lowest and highest value of each pixel column, in order', () => {
    // A spike and a dip, each in the middle of its column.
    const value = (i: number) => (i === 54_321 ? 1e9 : i === 12_345 ? -1e9 : i % 7);
    const data = points(Array.from({length: 100_000}, (_, i): [number, number] => [i, value(i)]));
    const kept = decimate(data, (year) => year / 200, 500);
    expect(kept.length).toBeLessThanOrEqual(4 * 501);
    expect(kept).toContain(54_321);
    expect(kept).toContain(12_345);
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe(99_999);
  });

  it('bounds the drawn path of 100,000 points and says it is decimated', () => {
    const data = points(Array.from({length: 100_000}, (_, i): [number, number] => [i, i % 100]));
    const layout = layoutChart(data, {width: 640, height: 360, unit: 'persons', locale: 'en'});
    expect(layout.decimated).toBe(true);
    expect(layout.drawnCount).toBeLessThanOrEqual(4 * 640);
    expect(layout.marks).toEqual([]);
  });
});

describe('nearestIndex', () => {
  it('finds the nearest year by binary search', () => {
    expect(nearestIndex(migrants, 1993)).toBe(1);
    expect(nearestIndex(migrants, 2016.5)).toBe(6);
    expect(nearestIndex(migrants, 1800)).toBe(0);
    expect(nearestIndex([], 2000)).toBe(-1);
  });
});

describe('labelWidth', () => {
  it('adds a reader’s text spacing, in em, to every character', () => {
    expect(labelWidth('2000', 12, 0.14)).toBeCloseTo(4 * 0.62 * 12 + 4 * 0.14 * 12);
  });

  it('gives a digit or letter 0.62 em, a Chinese character or full-width sign 1 em', () => {
    expect(labelWidth('2000')).toBeCloseTo(4 * 0.62 * 12);
    expect(labelWidth('亿')).toBeCloseTo(12, 0);
    expect(labelWidth('：')).toBeCloseTo(12, 0);
    expect(labelWidth('2000：1.73亿')).toBeCloseTo(8 * 0.62 * 12 + 2 * 12, 0);
  });
});

describe('wrapLines', () => {
  // One unit of width per character.
  const measure = (text: string) => text.length;

  it('breaks after spaces, keeping each line within the width', () => {
    expect(wrapLines('rose from 153 million in 1990', 14, measure)).toEqual([
      'rose from 153',
      'million in',
      '1990',
    ]);
  });

  it('breaks between Chinese characters, never inside "2.58\u2060亿"', () => {
    expect(wrapLines('人数增至2.58\u2060亿', 6, measure)).toEqual(['人数增', '至2.58\u2060亿']);
  });
});

describe('chartHeight', () => {
  it('keeps a readable height on phones and caps it on wide screens', () => {
    expect(chartHeight(280)).toBe(220);
    expect(chartHeight(640)).toBe(358);
    expect(chartHeight(1600)).toBe(420);
  });
});

describe('summarize', () => {
  const first = migrants[0]!;
  const last = migrants[6]!;
  const pair = [first, last];
  // French, Spanish, Russian and German put a no-break space before "%"; the summary joins the
  // words of each value with one ("153 million"), so no line breaks inside it.
  const nbsp = '\u00a0';

  it('says in English how the series changed, with the relative change', () => {
    expect(
      summarize(migrants, {label: 'International migrants', unit: 'persons', lang: 'en'}),
    ).toBe(
      `International migrants rose from 153${nbsp}million in 1990 to 258${nbsp}million in 2017, +69%.`,
    );
  });

  it('gives close values the digits that tell them apart: not "from 258 million to 258 million"', () => {
    const close: ChartPoint[] = [
      {year: 2000, value: 257_700_000, kind: 'observed'},
      {year: 2001, value: 257_750_000, kind: 'observed'},
      {year: 2002, value: 258_100_000, kind: 'observed'},
      {year: 2003, value: 257_900_000, kind: 'observed'},
    ];
    expect(summarize(close, {label: 'Migrants', unit: 'persons', lang: 'en'})).toBe(
      `Migrants rose from 257.7${nbsp}million in 2000 to 257.9${nbsp}million in 2003, +0.1%, with a high of 258.1${nbsp}million in 2002.`,
    );
  });

  it('never calls a small rise "0%", and gives no percentage across zero', () => {
    const rise: ChartPoint[] = [
      {year: 2010, value: 258_000_000, kind: 'observed'},
      {year: 2020, value: 258_120_000, kind: 'observed'},
    ];
    // 258.12 ÷ 258 = 1.000465: a rise of 0.05 %, not of "0%".
    expect(summarize(rise, {label: 'Population', unit: 'persons', lang: 'en'})).toBe(
      `Population rose from 258${nbsp}million in 2010 to 258.1${nbsp}million in 2020, +0.05%.`,
    );
    // Net migration from 50,000 to -80,000: "-260%" means nothing to a reader.
    const net: ChartPoint[] = [
      {year: 2000, value: 50_000, kind: 'observed'},
      {year: 2020, value: -80_000, kind: 'observed'},
    ];
    const said = summarize(net, {label: 'Net migration', unit: 'persons', lang: 'en'});
    expect(said).toMatch(/^Net migration fell from 50,000 in 2000 to -80,000 in 2020/);
    expect(said).not.toContain('%');
    // Down to zero is a fall of all of it.
    const toZero = [net[0]!, {...net[1]!, value: 0}];
    expect(summarize(toZero, {label: 'Net migration', unit: 'persons', lang: 'en'})).toContain(
      '-100%',
    );
  });

  it('says that the last value is a projection when it is one', () => {
    // World Bank remittance inflows: 2017 is the October 2017 release's projection.
    const remittances: ChartPoint[] = [
      {year: 2000, value: 126_700_000_000, kind: 'observed'},
      {year: 2017, value: 595_694_727_000, kind: 'projection'},
    ];
    expect(summarize(remittances, {label: 'Remittances', unit: 'usd', lang: 'en'})).toBe(
      `Remittances rose from $127${nbsp}billion in 2000 to $596${nbsp}billion (projection) in 2017, +370%.`,
    );
    expect(summarize(remittances, {label: '汇款', unit: 'usd', lang: 'zh'})).toContain(
      '（预测值）',
    );
  });

  it('says it in French', () => {
    expect(summarize(pair, {label: 'Migrants internationaux', unit: 'persons', lang: 'fr'})).toBe(
      `Migrants internationaux${nbsp}: en hausse, de 153${nbsp}millions en 1990 à 258${nbsp}millions en 2017, soit +69${nbsp}%.`,
    );
  });

  it('puts a no-break space, never a plain one, before French colons and semicolons', () => {
    const fr = words('fr', en);
    const parts = {
      label: 'Migrants',
      first: '1',
      last: '2',
      from: '2000',
      to: '2017',
      change: '',
      signedChange: '',
      extremes: '',
    };
    expect(fr.points('Migrants')).toBe(`Migrants${nbsp}: points de données`);
    expect(fr.unknownSeries('x')).toBe(`Aucune série «${nbsp}x${nbsp}» dans les données.`);
    for (const text of [
      fr.summary('up', parts),
      fr.summary('flat', parts),
      fr.summary('flat', {...parts, extremes: fr.extremes([fr.high('3', '2010')])}),
      fr.single(parts),
      fr.decimated('9'),
      fr.tableTruncated('1', '2'),
      fr.colon,
    ]) {
      expect(text).not.toMatch(/ [:;!?»]|« /);
      expect(text).toMatch(/\u00a0[:;]/);
    }
  });

  it('says it in Spanish', () => {
    expect(
      summarize(pair, {label: 'Migrantes internacionales', unit: 'persons', lang: 'es-ES'}),
    ).toBe(
      `Migrantes internacionales: aumento de 153${nbsp}millones en 1990 a 258${nbsp}millones en 2017, un 69${nbsp}% más.`,
    );
  });

  it('names percentages in the table heading as each language does', () => {
    const heading = (lang: 'ru' | 'fr' | 'es') => {
      const ui = words(lang, en);
      return ui.valueIn(ui.unitName.percent);
    };
    // Not "Значение (процентов)" (a genitive with nothing to govern it), "Valeur (pour cent)".
    expect(heading('ru')).toBe('Значение (в процентах)');
    expect(heading('fr')).toBe('Valeur (en pourcentage)');
    expect(heading('es')).toBe('Valor (en porcentaje)');
  });

  it('says how many points a decimated line has without a noun that agrees with the count', () => {
    // Russian "по 10 001 точке" but "по 10 005 точкам"; Arabic "10,003 نقاط" but "10,011 نقطةً".
    expect(words('ru', en).decimated('10 001')).toMatch(/^Всего точек: 10 001; /);
    expect(words('ar', en).decimated('10,003')).toMatch(/^عدد النقاط: 10,003؛ /);
  });

  it('puts the article Spanish needs before percentages ("del 49,2 % … al 48,4 %")', () => {
    const shares = points([
      [1990, 49.2],
      [2017, 48.4],
    ]);
    expect(summarize(shares, {label: 'Mujeres migrantes', unit: 'percent', lang: 'es'})).toBe(
      `Mujeres migrantes: descenso del 49,2${nbsp}% en 1990 al 48,4${nbsp}% en 2017.`,
    );
    expect(summarize(shares.slice(1), {label: 'Mujeres', unit: 'percent', lang: 'es'})).toBe(
      `Mujeres: el 48,4${nbsp}% en 2017, único valor.`,
    );
    expect(summarize([shares[1]!, shares[1]!], {label: 'M', unit: 'percent', lang: 'es'})).toBe(
      `M: sin cambios, el 48,4${nbsp}% de 2017 a 2017.`,
    );
  });

  it('says it in Russian, never ending a line with "в" nor starting one with "году"', () => {
    expect(summarize(pair, {label: 'Международные мигранты', unit: 'persons', lang: 'ru'})).toBe(
      `Международные мигранты: 153${nbsp}миллиона в${nbsp}1990${nbsp}году и 258${nbsp}миллионов в${nbsp}2017${nbsp}году, рост на${nbsp}69${nbsp}%.`,
    );
  });

  it('says it in Chinese', () => {
    // A word joiner keeps "亿" on the line of its number, and "年" on the line of its year.
    expect(summarize(pair, {label: '国际移民', unit: 'persons', lang: 'zh'})).toBe(
      '国际移民从1990\u2060年的1.53\u2060亿增至2017\u2060年的2.58\u2060亿，增长69%。',
    );
  });

  it('says it in Arabic', () => {
    // Latin digits asked for: Arabic or Latin ones by default depend on the ICU build.
    const text = summarize(pair, {
      label: 'المهاجرون الدوليون',
      unit: 'persons',
      lang: 'ar-u-nu-latn',
    });
    // DESA: 152.5 million in 1990, 257.7 million in 2017 (+68.9%).
    expect(text).toBe(
      'المهاجرون الدوليون: ارتفاع من 153\u00a0مليون في عام 1990 إلى 258\u00a0مليون في عام 2017، بزيادة قدرها 69\u200e%\u200e.',
    );
  });

  it('says "fell" for a decrease, and gives no relative change for percentages', () => {
    expect(
      summarize(
        points([
          [2016, 7763],
          [2017, 6142],
        ]),
        {label: 'Recorded deaths', unit: 'persons', lang: 'en'},
      ),
    ).toBe('Recorded deaths fell from 7,763 in 2016 to 6,142 in 2017, -21%.');
    expect(
      summarize(
        points([
          [1990, 49.2],
          [2017, 48.4],
        ]),
        {label: 'Female share', unit: 'percent', lang: 'en'},
      ),
    ).toBe('Female share fell from 49.2% in 1990 to 48.4% in 2017.');
  });

  describe('a high or a low between the ends', () => {
    // As the note's context series has them: 2016 is the highest year.
    const nnbsp = '\u202f';
    const english = (series: ChartPoint[], unit: Unit = 'persons') =>
      summarize(series, {label: 'Deaths', unit, lang: 'en'});

    it('names a high that the first and last point alone would hide', () => {
      expect(english(deaths)).toBe(
        'Deaths rose from 5,267 in 2014 to 6,142 in 2017, +17%, with a high of 7,763 in 2016.',
      );
    });

    it('names a low, or both, and the first year of a value reached twice', () => {
      expect(
        english(
          points([
            [2000, 100],
            [2001, 40],
            [2002, 40],
            [2003, 110],
          ]),
        ),
      ).toBe('Deaths rose from 100 in 2000 to 110 in 2003, +10%, with a low of 40 in 2001.');
      expect(
        english(
          points([
            [2000, 10],
            [2001, 20],
            [2002, 0],
            [2003, 12],
          ]),
        ),
      ).toBe(
        'Deaths rose from 10 in 2000 to 12 in 2003, +20%, with a high of 20 in 2001 and a low of 0 in 2002.',
      );
    });

    it('does not say "stayed at" of a series that moved and came back', () => {
      const share = (middle: number) =>
        points([
          [1990, 3.4],
          [2000, middle],
          [2017, 3.4],
        ]);
      expect(english(share(5), 'percent')).toBe(
        'Deaths: 3.4% in 1990 and in 2017, with a high of 5% in 2000.',
      );
      expect(english(share(3.4), 'percent')).toBe('Deaths stayed at 3.4% from 1990 to 2017.');
    });

    it('leaves out a bump of less than a fifth of the range, and an extreme at an end', () => {
      // UN DESA female share: 49.3% in 1995 is 0.1 points above 1990, of a 0.9-point range.
      const femaleShare = points([
        [1990, 49.2],
        [1995, 49.3],
        [2000, 49.3],
        [2005, 48.9],
        [2010, 48.4],
        [2015, 48.5],
        [2017, 48.4],
      ]);
      expect(english(femaleShare, 'percent')).toBe(
        'Deaths fell from 49.2% in 1990 to 48.4% in 2017.',
      );
      // World Bank remittances: 2014 ($597.7 billion) is a hair above the 2017 projection.
      const remittances = points([
        [2000, 126_700_000_000],
        [2014, 597_700_000_000],
        [2016, 573_600_000_000],
        [2017, 595_694_727_000],
      ]);
      expect(english(remittances, 'usd')).toBe(
        `Deaths rose from $127${nbsp}billion in 2000 to $596${nbsp}billion in 2017, +370%.`,
      );
      expect(english(migrants)).not.toContain('with');
    });

    it('names a high a fifth of the range or more beyond both ends: exactly a fifth, a quarter', () => {
      // Range 100 to 200, a fifth of it 20: the high of 200 is 20 above a last value of 180, 25
      // above 175, and only 15 above 185.
      const high = (last: number) =>
        points([
          [2000, 100],
          [2001, 200],
          [2002, last],
        ]);
      expect(english(high(180))).toBe(
        'Deaths rose from 100 in 2000 to 180 in 2002, +80%, with a high of 200 in 2001.',
      );
      expect(english(high(175))).toBe(
        'Deaths rose from 100 in 2000 to 175 in 2002, +75%, with a high of 200 in 2001.',
      );
      expect(english(high(185))).toBe('Deaths rose from 100 in 2000 to 185 in 2002, +85%.');
    });

    it('says that a high is a projection when it is one', () => {
      const projected = [...deaths.slice(0, 2), {...deaths[2]!, kind: 'projection' as const}];
      expect(english([...projected, deaths[3]!])).toContain(
        'with a high of 7,763 (projection) in 2016',
      );
    });

    it('says it in every language with locale words', () => {
      const say = (lang: string, label: string) =>
        summarize(deaths, {label, unit: 'persons', lang});
      expect(say('fr', 'Décès')).toBe(
        `Décès${nbsp}: en hausse, de 5${nnbsp}267 en 2014 à 6${nnbsp}142 en 2017, soit +17${nbsp}%, avec un maximum de 7${nnbsp}763 en 2016.`,
      );
      expect(say('es', 'Muertes')).toBe(
        'Muertes: aumento de 5267 en 2014 a 6142 en 2017, un 17\u00a0% más, con un máximo de 7763 en 2016.',
      );
      expect(say('ru', 'Гибель')).toBe(
        `Гибель: 5${nbsp}267 в${nbsp}2014${nbsp}году и 6${nbsp}142 в${nbsp}2017${nbsp}году, рост на${nbsp}17${nbsp}%, максимум${nbsp}— 7${nbsp}763 в${nbsp}2016${nbsp}году.`,
      );
      expect(say('zh', '死亡')).toBe(
        '死亡从2014\u2060年的5,267增至2017\u2060年的6,142，增长17%，2016\u2060年最高，为7,763。',
      );
      expect(say('ar', 'الوفيات')).toMatch(
        /^الوفيات: ارتفاع من .+ في عام .+ إلى .+ في عام .+، بزيادة قدرها .+، وبلغت أعلى قيمة .+ في عام .+\.$/,
      );
      // Spanish puts "del" before a percentage, as it does in the rest of the sentence.
      const share = points([
        [1990, 3.4],
        [2000, 5],
        [2017, 3.4],
      ]);
      expect(summarize(share, {label: 'Cuota', unit: 'percent', lang: 'es'})).toBe(
        `Cuota: el 3,4${nbsp}% en 1990 y también en 2017, con un máximo del 5${nbsp}% en 2000.`,
      );
    });
  });

  it('gives no relative change for a series that starts at zero, not "+∞%"', () => {
    expect(
      summarize(
        points([
          [2000, 0],
          [2017, 50],
        ]),
        {label: 'Deaths', unit: 'persons', lang: 'en'},
      ),
    ).toBe('Deaths rose from 0 in 2000 to 50 in 2017.');
  });

  it('names a year given with a fraction as given, not as the year it rounds to', () => {
    expect(
      summarize(
        points([
          [2000.5, 1],
          [2001, 3],
        ]),
        {label: 'Deaths', unit: 'persons', lang: 'en'},
      ),
    ).toBe('Deaths rose from 1 in 2000.5 to 3 in 2001, +200%.');
  });

  it('describes a single observation and an empty series honestly', () => {
    expect(summarize(points([[2017, 6142]]), {label: 'Deaths', unit: 'persons', lang: 'en'})).toBe(
      'Deaths: 6,142 in 2017, the only value.',
    );
    expect(summarize([], {label: 'Deaths', unit: 'persons', lang: 'en'})).toBe('No data to draw.');
  });

  it('says a single point that is a projection is one', () => {
    expect(
      summarize(points([[2017, 6142]], 'projection'), {
        label: 'Deaths',
        unit: 'persons',
        lang: 'en',
      }),
    ).toBe('Deaths: 6,142 (projection) in 2017, the only value.');
  });

  it('falls back to English words for other languages, keeping their number format', () => {
    expect(summarize(pair, {label: 'Migranten', unit: 'persons', lang: 'de'})).toBe(
      `Migranten rose from 153${nbsp}Millionen in 1990 to 258${nbsp}Millionen in 2017, +69${nbsp}%.`,
    );
  });
});
