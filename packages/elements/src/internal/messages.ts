import type {Qualifier} from '@mwfa/data';
import type {UiLocale} from './locale.js';

/**
 * The elements' own words in the six UN languages. Numbers never appear here: `{n}` is replaced
 * by what `Intl` formats, `{other}` by another formatted figure.
 * Plural forms are keyed by `Intl.PluralRules` categories of the language.
 */
export interface Messages {
  /** Qualifier templates; `none` is just `{n}`. */
  qualifier: Record<Exclude<Qualifier, 'none'>, string>;
  /** Fractions the report writes in words, by `numerator/denominator` (others: digits). */
  fraction: Record<string, string>;
  /** "3 times": a multiple, by plural category (`other` is required). */
  times: Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};
  /** A comparison with another figure: "as opposed to half". */
  versus: string;
  /** "Source: ", with the language's own colon and the space after it (none in Chinese). */
  source: string;
  noFigure: string;
  noLabel: string;
  /** Joins list items: ", ". */
  separator: string;
}

export const messages: Record<UiLocale, Messages> = {
  en: {
    qualifier: {
      approximately: 'approximately {n}',
      some: 'some {n}',
      nearly: 'nearly {n}',
      over: 'over {n}',
      'more-than': 'more than {n}',
    },
    fraction: {'1/2': 'half', '2/3': 'two-thirds'},
    times: {one: '{n} time', other: '{n} times'},
    versus: 'as opposed to {other}',
    source: 'Source: ',
    noFigure: 'Figure not available',
    noLabel: 'No label given',
    separator: ', ',
  },
  fr: {
    qualifier: {
      approximately: 'environ {n}',
      some: 'quelque {n}',
      nearly: 'près de {n}',
      over: 'plus de {n}',
      'more-than': 'plus de {n}',
    },
    fraction: {'1/2': 'la moitié', '2/3': 'deux tiers'},
    times: {other: '{n} fois'},
    versus: 'contre {other}',
    source: 'Source\u00a0: ',
    noFigure: 'Chiffre non disponible',
    noLabel: 'Aucun libellé fourni',
    separator: ', ',
  },
  es: {
    qualifier: {
      approximately: 'aproximadamente {n}',
      some: 'alrededor de {n}',
      nearly: 'casi {n}',
      over: 'más de {n}',
      'more-than': 'más de {n}',
    },
    fraction: {'1/2': 'la mitad', '2/3': 'dos tercios'},
    times: {one: '{n} vez', other: '{n} veces'},
    versus: 'frente a {other}',
    source: 'Fuente: ',
    noFigure: 'Cifra no disponible',
    noLabel: 'Sin etiqueta',
    separator: ', ',
  },
  ru: {
    // Adverbs that do not govern a case, so the number Intl writes stays grammatical.
    qualifier: {
      approximately: 'примерно {n}',
      some: 'приблизительно {n}',
      nearly: 'почти {n}',
      over: 'свыше {n}',
      'more-than': 'более {n}',
    },
    fraction: {'1/2': 'половина', '2/3': 'две трети'},
    // "в 3 раза", "в 5 раз", "в 21 раз", "в 2,5 раза".
    times: {one: 'в {n} раз', few: 'в {n} раза', many: 'в {n} раз', other: 'в {n} раза'},
    // A colon keeps the compared figure in the nominative ("для сравнения: половина").
    versus: 'для сравнения: {other}',
    source: 'Источник: ',
    noFigure: 'Показатель недоступен',
    noLabel: 'Подпись не указана',
    separator: ', ',
  },
  ar: {
    qualifier: {
      approximately: 'حوالي {n}',
      some: 'نحو {n}',
      nearly: 'قرابة {n}',
      over: 'ما يزيد على {n}',
      'more-than': 'أكثر من {n}',
    },
    fraction: {'1/2': 'النصف', '2/3': 'الثلثان'},
    // "ضعفان" (2), "3 أضعاف" (3–10), "11 ضعفًا" (11–99), "100 ضعف".
    times: {
      zero: '{n} ضعف',
      one: 'ضعف واحد',
      two: 'ضعفان',
      few: '{n} أضعاف',
      many: '{n} ضعفًا',
      other: '{n} ضعف',
    },
    versus: 'مقابل {other}',
    source: 'المصدر: ',
    noFigure: 'الرقم غير متوفر',
    noLabel: 'لا يوجد وصف',
    separator: '، ',
  },
  zh: {
    qualifier: {
      approximately: '约{n}',
      some: '大约{n}',
      nearly: '近{n}',
      over: '超过{n}',
      'more-than': '超过{n}',
    },
    fraction: {'1/2': '一半', '2/3': '三分之二'},
    times: {other: '{n}倍'},
    versus: '相比之下：{other}',
    source: '来源：',
    noFigure: '数据不可用',
    noLabel: '未提供标签',
    separator: '，',
  },
};
