// Russian words of every mwfa element. English is built in; this module adds Russian:
// `import '@mwfa/elements/locales/ru.js'`, or on a page
// `<script type="module" src=".../dist/cdn/locales/ru.js"></script>`.
import {registerLocale, type Locale} from '../internal/messages.js';

const ru: Locale = {
  // Every element
  // Words that govern no case, so the number Intl writes, in the nominative, stays grammatical.
  // "Свыше" and a bare "более" take the genitive: "свыше 2 миллиона" and "более в 3 раза" are
  // wrong, "более чем 2 миллиона" and "более чем в 3 раза" are right.
  qualifier: {
    approximately: 'примерно {n}',
    some: 'приблизительно {n}',
    nearly: 'почти {n}',
    over: 'более чем {n}',
    'more-than': 'более чем {n}',
  },
  fraction: {'1/2': 'половина', '2/3': 'две трети'},
  // "в 3 раза", "в 5 раз", "в 21 раз", "в 2,5 раза".
  times: {
    one: 'в\u00a0{n}\u00a0раз',
    few: 'в\u00a0{n}\u00a0раза',
    many: 'в\u00a0{n}\u00a0раз',
    other: 'в\u00a0{n}\u00a0раза',
  },
  // A colon keeps the compared figure in the nominative ("для сравнения: половина").
  source: 'Источник: ',
  noFigure: 'Показатель недоступен',
  noLabel: 'Подпись не указана',
  reportYear: '{n} (год доклада)',
  separator: ', ',
  // "600 миллиардов долл. США", as UN Russian texts write it; Intl writes a bare "$". A line
  // may break before "долл." in a card's large figure, not inside the abbreviation.
  usd: '{n} долл.\u00a0США',
  compactWords: null,
  afterQualifier: null,
  // <mwfa-key-message>
  inSection: ['раздел «', '»'],
  brackets: [' (', ')'],
  kind: {
    call: 'Призыв',
    warning: 'Предупреждение',
    recommendation: 'Рекомендация',
    commitment: 'Обязательство',
    finding: 'Вывод',
  },
  relatedFigures: 'Связанные показатели',
  noMessage: 'Сообщение недоступно',
  // <mwfa-trend-chart>
  // No-break spaces keep "в" with its year and the year with "году": Russian typesetting leaves
  // no one-letter preposition at the end of a line. "Рост" or "снижение" also without a change
  // (per cent), as the other languages say it: not "с … до …", which would need the genitive.
  summary: (trend, p) =>
    trend !== 'flat'
      ? `${p.label}: ${p.first} в\u00a0${p.from}\u00a0году и ${p.last} в\u00a0${p.to}\u00a0году, ${trend === 'up' ? 'рост' : 'снижение'}${p.change ? ` на\u00a0${p.change}` : ''}${p.extremes}.`
      : p.extremes
        ? `${p.label}: ${p.first} в\u00a0${p.from}\u00a0году и в\u00a0${p.to}\u00a0году${p.extremes}.`
        : `${p.label}: без изменений, ${p.first} в\u00a0${p.from}–${p.to}\u00a0годах.`,
  // A dash after "максимум" keeps the number in the nominative, as Intl writes it.
  high: (value, year) => `максимум\u00a0— ${value} в\u00a0${year}\u00a0году`,
  low: (value, year) => `минимум\u00a0— ${value} в\u00a0${year}\u00a0году`,
  extremes: (parts) => `, ${parts.join(', ')}`,
  single: (p) => `${p.label}: ${p.first} в\u00a0${p.from}\u00a0году (единственное значение).`,
  showTable: 'Показать таблицу',
  hideTable: 'Скрыть таблицу',
  downloadCsv: 'Скачать CSV',
  downloadSvg: 'Скачать SVG',
  year: 'Год',
  valueIn: (unit) => `Значение (${unit})`,
  status: 'Статус',
  observed: 'Фактические данные',
  projection: 'Прогноз',
  derived: 'Расчётное значение',
  notFromZero: 'Вертикальная ось начинается не с нуля.',
  // No noun after the count: "по 10 001 точке", "по 10 005 точкам" would need its number's case.
  decimated: (n) =>
    `Всего точек: ${n}; линия показывает наименьшее и наибольшее значение в каждом пикселе. Клавиатура и CSV охватывают все точки.`,
  derivedUnmarked:
    'Расчётные значения расположены слишком близко, чтобы их отметить; они указаны в таблице.',
  tableTruncated: (shown, n) => `В таблице показаны первые ${shown} строк из ${n}; в CSV есть все.`,
  notDrawn: 'Не показано на графике',
  noData: 'Нет данных для построения графика.',
  tableNotDrawn: 'Эту таблицу нельзя представить в виде графика.',
  unknownSeries: (id) => `Ряда «${id}» в данных нет.`,
  colon: ': ',
  comma: ', ',
  projected: ' (прогноз)',
  points: (label) => `${label}: точки данных`,
  since: (change, year) => `${change} с\u00a0${year}\u00a0года`,
  unitName: {persons: 'человек', usd: 'долл. США', percent: 'в процентах', ratio: 'отношение'},
};

registerLocale('ru', ru);
