import {describe, expect, it} from 'vitest';
import '../locales/all.js';
import {
  formatFigure,
  formatNumber,
  formatPeriod,
  numberWithWord,
  usesDecimalComma,
  type Figure,
} from './format.js';

// Expected strings are written out by hand from what Intl gives in Node (ICU); spaces that are
// not plain spaces are spelled out.
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatNumber', () => {
  it('formatNumber(258000000, "persons", "en") reads "258 million"', () => {
    expect(formatNumber(258_000_000, 'persons', 'en')).toBe('258 million');
  });
  it('writes exactly one million in words, as it does two million: "1 million"', () => {
    // `auto` is compact "from one million up": one million itself is the first value in words.
    expect(formatNumber(1_000_000, 'persons', 'en')).toBe('1 million');
    expect(formatNumber(2_000_000, 'persons', 'en')).toBe('2 million');
  });
  it('keeps thousands as digits: formatNumber(20000, "persons", "en") is "20,000"', () => {
    expect(formatNumber(20_000, 'persons', 'en')).toBe('20,000');
  });
  it('formatNumber(3.4, "percent", "fr") uses the French percent form', () => {
    expect(formatNumber(3.4, 'percent', 'fr')).toBe(`3,4${NBSP}%`);
  });
  it('never rounds silently: auto keeps every digit of 257715425', () => {
    expect(formatNumber(257_715_425, 'persons', 'en')).toBe('257,715,425');
  });
  it('keeps the digits a compact form needs: 258 million in Chinese is 2.58亿', () => {
    expect(formatNumber(258_000_000, 'persons', 'zh')).toBe('2.58亿');
  });
  it('never rounds silently: a number, a percentage or dollars keep every fraction digit', () => {
    expect(formatNumber(1234.56789, 'persons', 'en')).toBe('1,234.56789');
    expect(formatNumber(12.3456, 'percent', 'en')).toBe('12.3456%');
    expect(formatNumber(12.3456, 'percent', 'fr')).toBe(`12,3456${NBSP}%`);
    expect(formatNumber(0.0000001, 'persons', 'en')).toBe('0.0000001');
    expect(formatNumber(2.12345, 'usd', 'en')).toBe('$2.12345');
    expect(formatNumber(3.4, 'percent', 'en')).toBe('3.4%');
  });
  it('shows a percentage with the very digits given, also where dividing by 100 would change them', () => {
    // The share @mwfa/data holds for two-thirds: 66.66666666666666 / 100 is 0.6666666666666665.
    expect(formatNumber(66.66666666666666, 'percent', 'en')).toBe('66.66666666666666%');
    expect(formatNumber(0.000001234, 'percent', 'en')).toBe('0.000001234%');
    expect(formatNumber(-2.5e-7, 'percent', 'en')).toBe('-0.00000025%');
  });
  it('gives a multiple every digit given: 3.178717598908595 times, not 3.179', () => {
    expect(formatFigure({value: 3.178717598908595, unit: 'ratio'}, 'en')).toBe(
      '3.178717598908595 times',
    );
  });
  it('rounds only when asked: maximumFractionDigits 1 in compact notation', () => {
    expect(
      formatNumber(257_715_425, 'persons', 'en', {notation: 'compact', maximumFractionDigits: 1}),
    ).toBe('257.7 million');
  });
  it('writes US dollars in the long compact form Intl ignores for currencies', () => {
    expect(formatNumber(600_000_000_000, 'usd', 'en')).toBe('$600 billion');
  });
  // Intl's "600 milliards $US" and "600 mil millones US$" lack the "de" a noun takes.
  it('writes US dollars as UN French and Spanish texts do: "de" after a noun only', () => {
    const fr = (value: number) => formatNumber(value, 'usd', 'fr', {notation: 'compact'});
    const es = (value: number) => formatNumber(value, 'usd', 'es', {notation: 'compact'});
    expect([fr(600e9), fr(1.5e6), fr(20_000), fr(1000)]).toEqual([
      '600 milliards de dollars',
      '1,5 million de dollars',
      '20 mille dollars',
      'mille dollars',
    ]);
    expect(formatNumber(5000, 'usd', 'fr')).toBe(`5${NNBSP}000 dollars`);
    expect([es(600e9), es(1.5e6), es(2e12), es(20_000), es(1e6), es(1e12)]).toEqual([
      '600 mil millones de dólares',
      '1,5 millones de dólares',
      '2 billones de dólares',
      '20 mil dólares',
      '1 millón de dólares',
      '1 billón de dólares',
    ]);
    expect(formatNumber(5000, 'usd', 'es')).toBe('5000 dólares');
    // One dollar is singular, in French below 2.
    expect([fr(1), fr(1.5), fr(2), es(1), es(1.5)]).toEqual([
      '1 dollar',
      '1,5 dollar',
      '2 dollars',
      '1 dólar',
      '1,5 dólares',
    ]);
  });
  it('writes US dollars in words where the language’s UN texts do ("долл. США" kept whole)', () => {
    // Intl: "600 миллиардов $", "‏600 مليار US$", "US$6000亿".
    expect(formatNumber(600_000_000_000, 'usd', 'ru')).toBe(`600 миллиардов долл.${NBSP}США`);
    expect(formatNumber(600_000_000_000, 'usd', 'ar')).toBe('600 مليار دولار');
    expect(formatNumber(600_000_000_000, 'usd', 'zh')).toBe('6000亿美元');
    expect(formatNumber(-5, 'usd', 'ru')).toBe(`-5 долл.${NBSP}США`);
  });
  // Intl writes "5 مليار" and "3 ترليون", as it does not "3 مليون" ("3 ملايين").
  it('writes Arabic thousand millions and millions of millions from 3 to 10 in the plural', () => {
    const ar = (value: number, lang = 'ar') => formatNumber(value, 'usd', lang);
    expect([ar(3e9), ar(10e9), ar(11e9), ar(2e9), ar(3e12), ar(5e9, 'ar-EG')]).toEqual([
      '3 مليارات دولار',
      '10 مليارات دولار',
      '11 مليار دولار',
      '2 مليار دولار',
      '3 تريليونات دولار',
      '٥ مليارات دولار',
    ]);
    // People too, and a million million spelt as UN texts spell it, not as Intl does ("ترليون").
    expect(formatNumber(3e9, 'persons', 'ar')).toBe('3 مليارات');
    expect(ar(2e12)).toBe('2 تريليون دولار');
  });
  it('writes every digit of US dollars in standard notation, without cents', () => {
    expect(formatNumber(600_000_000_000, 'usd', 'en', {notation: 'standard'})).toBe(
      '$600,000,000,000',
    );
    expect(formatNumber(600_000_000_000, 'usd', 'zh', {notation: 'standard'})).toBe(
      '600,000,000,000美元',
    );
  });
  it('keeps "$" on the right of "US$" in an Arabic chart label (symbol: true)', () => {
    // Intl writes "‏600 US$" (a right-to-left mark first); drawn right to left, "US$" would read
    // "$US" without the left-to-right mark after "$".
    expect(formatNumber(600_000_000_000, 'usd', 'ar', {symbol: true})).toBe(
      `\u200f600 مليار${NBSP}US$\u200e`,
    );
  });
  it('keeps the sign in front of the currency for a negative amount', () => {
    expect(formatNumber(-600_000_000_000, 'usd', 'en')).toBe('-$600 billion');
  });
});

const qualifiers = ['none', 'approximately', 'some', 'nearly', 'over', 'more-than'] as const;

/** Per language and qualifier: [20000 standard, 6 million compact, 6 million standard]. */
const expected: Record<string, Record<(typeof qualifiers)[number], [string, string, string]>> = {
  en: {
    none: ['20,000', '6 million', '6,000,000'],
    approximately: ['approximately 20,000', 'approximately 6 million', 'approximately 6,000,000'],
    some: ['some 20,000', 'some 6 million', 'some 6,000,000'],
    nearly: ['nearly 20,000', 'nearly 6 million', 'nearly 6,000,000'],
    over: ['over 20,000', 'over 6 million', 'over 6,000,000'],
    'more-than': ['more than 20,000', 'more than 6 million', 'more than 6,000,000'],
  },
  fr: {
    none: [`20${NNBSP}000`, '6 millions', `6${NNBSP}000${NNBSP}000`],
    approximately: [
      `environ 20${NNBSP}000`,
      'environ 6 millions',
      `environ 6${NNBSP}000${NNBSP}000`,
    ],
    some: [`quelque 20${NNBSP}000`, 'quelque 6 millions', `quelque 6${NNBSP}000${NNBSP}000`],
    nearly: [`près de 20${NNBSP}000`, 'près de 6 millions', `près de 6${NNBSP}000${NNBSP}000`],
    over: [`plus de 20${NNBSP}000`, 'plus de 6 millions', `plus de 6${NNBSP}000${NNBSP}000`],
    'more-than': [`plus de 20${NNBSP}000`, 'plus de 6 millions', `plus de 6${NNBSP}000${NNBSP}000`],
  },
  es: {
    none: ['20.000', '6 millones', '6.000.000'],
    approximately: [
      'aproximadamente 20.000',
      'aproximadamente 6 millones',
      'aproximadamente 6.000.000',
    ],
    some: ['alrededor de 20.000', 'alrededor de 6 millones', 'alrededor de 6.000.000'],
    nearly: ['casi 20.000', 'casi 6 millones', 'casi 6.000.000'],
    over: ['más de 20.000', 'más de 6 millones', 'más de 6.000.000'],
    'more-than': ['más de 20.000', 'más de 6 millones', 'más de 6.000.000'],
  },
  ru: {
    none: [`20${NBSP}000`, '6 миллионов', `6${NBSP}000${NBSP}000`],
    approximately: [
      `примерно 20${NBSP}000`,
      'примерно 6 миллионов',
      `примерно 6${NBSP}000${NBSP}000`,
    ],
    some: [
      `приблизительно 20${NBSP}000`,
      'приблизительно 6 миллионов',
      `приблизительно 6${NBSP}000${NBSP}000`,
    ],
    nearly: [`почти 20${NBSP}000`, 'почти 6 миллионов', `почти 6${NBSP}000${NBSP}000`],
    over: [`более чем 20${NBSP}000`, 'более чем 6 миллионов', `более чем 6${NBSP}000${NBSP}000`],
    'more-than': [
      `более чем 20${NBSP}000`,
      'более чем 6 миллионов',
      `более чем 6${NBSP}000${NBSP}000`,
    ],
  },
  ar: {
    none: ['20,000', '6 ملايين', '6,000,000'],
    approximately: ['حوالي 20,000', 'حوالي 6 ملايين', 'حوالي 6,000,000'],
    some: ['نحو 20,000', 'نحو 6 ملايين', 'نحو 6,000,000'],
    nearly: ['قرابة 20,000', 'قرابة 6 ملايين', 'قرابة 6,000,000'],
    over: ['ما يزيد على 20,000', 'ما يزيد على 6 ملايين', 'ما يزيد على 6,000,000'],
    'more-than': ['أكثر من 20,000', 'أكثر من 6 ملايين', 'أكثر من 6,000,000'],
  },
  zh: {
    none: ['20,000', '600万', '6,000,000'],
    approximately: ['约20,000', '约600万', '约6,000,000'],
    some: ['大约20,000', '大约600万', '大约6,000,000'],
    nearly: ['近20,000', '近600万', '近6,000,000'],
    over: ['超过20,000', '超过600万', '超过6,000,000'],
    'more-than': ['超过20,000', '超过600万', '超过6,000,000'],
  },
};

describe('formatFigure: every qualifier in the six languages', () => {
  for (const [lang, byQualifier] of Object.entries(expected)) {
    for (const qualifier of qualifiers) {
      const [standard, compact, longhand] = byQualifier[qualifier];
      it(`${lang} ${qualifier}: "${standard}", "${compact}", "${longhand}"`, () => {
        const persons = (value: number): Figure => ({value, unit: 'persons', qualifier});
        expect(formatFigure(persons(20_000), lang)).toBe(standard);
        expect(formatFigure(persons(6_000_000), lang, {notation: 'compact'})).toBe(compact);
        expect(formatFigure(persons(6_000_000), lang)).toBe(compact);
        expect(formatFigure(persons(6_000_000), lang, {notation: 'standard'})).toBe(longhand);
      });
    }
  }
});

describe('formatFigure: a qualified percentage in Spanish takes the article', () => {
  it('"alrededor del 85 %", "casi el 50 %", "más del 20 %", "aproximadamente el 3,4 %"', () => {
    const percent = (value: number, qualifier: Figure['qualifier']): Figure => ({
      value,
      unit: 'percent',
      qualifier,
    });
    expect(formatFigure(percent(85, 'some'), 'es')).toBe(`alrededor del 85${NBSP}%`);
    expect(formatFigure(percent(50, 'nearly'), 'es')).toBe(`casi el 50${NBSP}%`);
    expect(formatFigure(percent(20, 'over'), 'es')).toBe(`más del 20${NBSP}%`);
    expect(formatFigure(percent(3.4, 'approximately'), 'es')).toBe(
      `aproximadamente el 3,4${NBSP}%`,
    );
    // Other languages and units keep their one template.
    expect(formatFigure(percent(85, 'some'), 'fr')).toBe(`quelque 85${NBSP}%`);
    expect(formatFigure({value: 20_000, unit: 'persons', qualifier: 'over'}, 'es')).toBe(
      'más de 20.000',
    );
  });
});

describe('formatFigure: the report phrases', () => {
  const remittances: Figure = {value: 600_000_000_000, unit: 'usd', qualifier: 'approximately'};
  const twoThirds: Figure = {
    value: 66.7,
    unit: 'percent',
    qualifier: 'none',
    expression: {type: 'fraction', numerator: 2, denominator: 3, wording: 'two-thirds'},
  };
  const half: Figure = {
    value: 50,
    unit: 'percent',
    expression: {type: 'fraction', numerator: 1, denominator: 2, wording: 'half'},
  };
  const threeTimes: Figure = {
    value: 3,
    unit: 'ratio',
    expression: {type: 'multiple', factor: 3, wording: '3 times'},
  };
  const cases: [string, string, string, string, string][] = [
    ['en', 'approximately $600 billion', 'two-thirds', 'half', '3 times'],
    ['fr', 'environ 600 milliards de dollars', 'deux tiers', 'la moitié', '3 fois'],
    ['es', 'aproximadamente 600 mil millones de dólares', 'dos tercios', 'la mitad', '3 veces'],
    [
      'ru',
      `примерно 600 миллиардов долл.${NBSP}США`,
      'две трети',
      'половина',
      `в${NBSP}3${NBSP}раза`,
    ],
    ['ar', 'حوالي 600 مليار دولار', 'الثلثان', 'النصف', '3 أضعاف'],
    ['zh', '约6000亿美元', '三分之二', '一半', '3倍'],
  ];
  for (const [lang, money, thirds, halfWord, times] of cases) {
    it(`${lang}: "${money}", "${thirds}", "${halfWord}", "${times}"`, () => {
      expect(formatFigure(remittances, lang)).toBe(money);
      expect(formatFigure(twoThirds, lang)).toBe(thirds);
      expect(formatFigure(half, lang)).toBe(halfWord);
      expect(formatFigure(threeTimes, lang)).toBe(times);
    });
  }
  it('compact and standard notation do not change words: "two-thirds" stays', () => {
    expect(formatFigure(twoThirds, 'en', {notation: 'standard'})).toBe('two-thirds');
    expect(formatFigure(twoThirds, 'en', {notation: 'compact'})).toBe('two-thirds');
  });
  it('a fraction without words of its own is written with digits', () => {
    const fifths: Figure = {
      value: 40,
      unit: 'percent',
      expression: {type: 'fraction', numerator: 2, denominator: 5, wording: 'two-fifths'},
    };
    expect(formatFigure(fifths, 'fr')).toBe('2/5');
  });
  it('a ratio without an expression reads as a multiple', () => {
    expect(formatFigure({value: 3, unit: 'ratio'}, 'en')).toBe('3 times');
  });
  it('uses Russian plural forms: в 2 раза, в 5 раз, в 21 раз, в 2,5 раза', () => {
    // No-break spaces: "в" never ends a line, "раз" never starts one.
    const times = (value: number) => formatFigure({value, unit: 'ratio'}, 'ru');
    expect([times(2), times(5), times(21), times(22), times(25), times(2.5)]).toEqual([
      `в${NBSP}2${NBSP}раза`,
      `в${NBSP}5${NBSP}раз`,
      `в${NBSP}21${NBSP}раз`,
      `в${NBSP}22${NBSP}раза`,
      `в${NBSP}25${NBSP}раз`,
      `в${NBSP}2,5${NBSP}раза`,
    ]);
  });
  // "Свыше" and "более" take the genitive: "свыше 2 миллиона" and "более в 3 раза" were wrong.
  it('qualifies a Russian figure with words that keep its case: более чем 2 миллиона, более чем в 3 раза', () => {
    const over = (value: number, unit: Figure['unit']) =>
      formatFigure({value, unit, qualifier: 'over'}, 'ru');
    expect([over(2_000_000, 'persons'), over(21_000_000, 'persons'), over(3, 'ratio')]).toEqual([
      'более чем 2 миллиона',
      'более чем 21 миллион',
      `более чем в${NBSP}3${NBSP}раза`,
    ]);
  });
  it('uses Arabic plural forms: ضعفان، 3 أضعاف، 11 ضعفًا، 100 ضعف', () => {
    const times = (value: number) => formatFigure({value, unit: 'ratio'}, 'ar');
    expect([times(2), times(3), times(11), times(100)]).toEqual([
      'ضعفان',
      '3 أضعاف',
      '11 ضعفًا',
      '100 ضعف',
    ]);
  });
  // Translator's review: after a qualifier the dual is genitive, "ضعفين" and "الثلثين".
  it('puts an Arabic dual in the genitive after a qualifier: ما يزيد على ضعفين، قرابة الثلثين', () => {
    const twoThirds = {
      type: 'fraction',
      numerator: 2,
      denominator: 3,
      wording: 'two-thirds',
    } as const;
    expect([
      formatFigure({value: 2, unit: 'ratio', qualifier: 'over'}, 'ar'),
      formatFigure(
        {value: 2 / 3, unit: 'percent', qualifier: 'nearly', expression: twoThirds},
        'ar',
      ),
      formatFigure({value: 2 / 3, unit: 'percent', expression: twoThirds}, 'ar'),
      formatFigure({value: 3, unit: 'ratio', qualifier: 'over'}, 'ar'),
    ]).toEqual(['ما يزيد على ضعفين', 'قرابة الثلثين', 'الثلثان', 'ما يزيد على 3 أضعاف']);
  });
  it('falls back to English words for other languages, with their number format', () => {
    expect(formatFigure({value: 20_000, unit: 'persons', qualifier: 'over'}, 'de')).toBe(
      'over 20.000',
    );
  });
  it('keeps one script on a page in Traditional Chinese: not "约6000億美元" nor "约600B美元"', () => {
    expect(formatFigure(remittances, 'zh-Hant')).toBe('约6000亿美元');
    expect(formatFigure(remittances, 'zh-TW')).toBe('约6000亿美元');
    expect(formatFigure(remittances, 'zh-HK')).toBe('约6000亿美元');
  });
  it('keeps region subtags for numbers (fr-CH)', () => {
    expect(formatFigure({value: 20_000, unit: 'persons'}, 'fr-CH')).toBe(`20${NNBSP}000`);
  });
});

describe('formatPeriod', () => {
  // Intl's default calendar for Persian is the Solar Hijri one, for Thai the Buddhist era: the
  // report's 2017 read 1396 and 2560, with no word of the calendar.
  it('gives the years of the sources, not those of another calendar', () => {
    const report = {start: 2017, end: 2017, basis: 'report-year'} as const;
    expect(formatPeriod(report, 'fa')).toBe('۲۰۱۷ (year of the report)');
    expect(formatPeriod(report, 'th')).toBe('2017 (year of the report)');
    expect(formatPeriod({start: 2014, end: 2017}, 'ja-JP-u-ca-japanese')).toBe('2014年～2017年');
  });

  it('a single year: "2017", "2017年"', () => {
    expect(formatPeriod({start: 2017, end: 2017}, 'en')).toBe('2017');
    expect(formatPeriod({start: 2017, end: 2017}, 'zh')).toBe('2017年');
  });
  it('a range of years, as Intl writes it but with an unspaced dash in English (UN style)', () => {
    expect(formatPeriod({start: 2014, end: 2017}, 'en')).toBe('2014–2017');
    expect(formatPeriod({start: 2014, end: 2017}, 'en-GB')).toBe('2014–2017');
    expect(formatPeriod({start: 2014, end: 2017}, 'fr')).toBe('2014–2017');
    expect(formatPeriod({start: 2014, end: 2017}, 'zh')).toBe('2014–2017年');
  });
  it('a year the source does not give says it is the year of the report', () => {
    const undated = {start: 2017, end: 2017, basis: 'report-year'} as const;
    expect(formatPeriod(undated, 'en')).toBe('2017 (year of the report)');
    expect(formatPeriod(undated, 'fr')).toBe('2017 (année du rapport)');
    expect(formatPeriod(undated, 'es')).toBe('2017 (año del informe)');
    expect(formatPeriod(undated, 'ru')).toBe('2017 (год доклада)');
    expect(formatPeriod(undated, 'ar')).toBe('2017 (سنة التقرير)');
    expect(formatPeriod(undated, 'ar-EG')).toBe('٢٠١٧ (سنة التقرير)');
    expect(formatPeriod(undated, 'zh')).toBe('2017年（报告年份）');
    // Only the end of "48% more than in 2000" is the report's: said alone, not of the range.
    expect(formatPeriod({start: 2000, end: 2017, basis: 'report-year'}, 'fr')).toBe(
      '2017 (année du rapport)',
    );
  });
});

describe('usesDecimalComma', () => {
  it('is true for French, Spanish and Russian, false for English, Chinese, Arabic', () => {
    expect(['fr', 'es', 'ru'].map(usesDecimalComma)).toEqual([true, true, true]);
    expect(['en', 'zh', 'ar'].map(usesDecimalComma)).toEqual([false, false, false]);
  });
});

describe('numberWithWord', () => {
  it('cuts a figure around its number and the word after it', () => {
    expect(numberWithWord('près de 6 millions')).toEqual(['près de ', '6 millions', '']);
    expect(numberWithWord('aproximadamente 600 mil millones de dólares')).toEqual([
      'aproximadamente ',
      '600 mil',
      ' millones de dólares',
    ]);
    expect(numberWithWord('примерно 600 миллиардов долл.\u00a0США')).toEqual([
      'примерно ',
      '600 миллиардов',
      ' долл.\u00a0США',
    ]);
    expect(numberWithWord('حوالي ٦٠٠ مليار دولار')).toEqual(['حوالي ', '٦٠٠ مليار', ' دولار']);
    // A number with its groups written with no-break spaces is one number.
    expect(numberWithWord('plus de 20\u202f000')).toEqual(['plus de ', '20\u202f000', '']);
    expect(numberWithWord('approximately $600 billion')).toEqual([
      'approximately ',
      '$600 billion',
      '',
    ]);
    expect(numberWithWord('约6000亿美元')).toEqual(['', '约6000亿美元', '']);
    expect(numberWithWord('two-thirds')).toEqual(['two-thirds', '', '']);
  });
});
