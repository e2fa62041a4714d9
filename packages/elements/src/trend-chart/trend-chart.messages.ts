import type {UiLocale} from '../internal/locale.js';

/** The change between the first and the last point, as the summary sentence needs it. */
export type Trend = 'up' | 'down' | 'flat';

/** Pieces of the summary sentence, already formatted for the locale. */
export interface SummaryParts {
  label: string;
  /** First and last value, formatted ("153 million"). */
  first: string;
  last: string;
  /** First and last year, formatted. */
  from: string;
  to: string;
  /** Unsigned relative change ("69%"), or '' when it cannot be computed (first value 0, percent units). */
  change: string;
  /** The same change with its sign ("+69%"), or ''. */
  signedChange: string;
}

/** Every word the chart shows or announces, in one UN language. */
export interface TrendChartMessages {
  summary(trend: Trend, parts: SummaryParts): string;
  /** Summary of a series with a single observation. */
  single(parts: Pick<SummaryParts, 'label' | 'first' | 'from'>): string;
  showTable: string;
  hideTable: string;
  downloadCsv: string;
  downloadSvg: string;
  year: string;
  value: string;
  status: string;
  observed: string;
  projection: string;
  derived: string;
  /** Said on the chart when the vertical axis does not start at zero. */
  notFromZero: string;
  /** Said on the chart when the line is drawn from fewer points than the data has. */
  decimated(count: string): string;
  /** The table shows only the first rows of a very long series. */
  tableTruncated(shown: string, count: string): string;
  noData: string;
  unknownSeries(id: string): string;
  /** Joins a label and what it labels: ": " (French "\u00a0: "). */
  colon: string;
  /** Label of the keyboard control that moves from point to point. */
  points(label: string): string;
  /** Change label of a highlighted range: "+49% since 2000". */
  since(signedChange: string, year: string): string;
  /** Unit names where the number alone does not say it. */
  unitName: {persons: string; usd: string; percent: string; ratio: string};
}

const en: TrendChartMessages = {
  summary: (trend, p) =>
    trend === 'flat'
      ? `${p.label} stayed at ${p.first} from ${p.from} to ${p.to}.`
      : `${p.label} ${trend === 'up' ? 'rose' : 'fell'} from ${p.first} in ${p.from} to ${p.last} in ${p.to}${p.signedChange ? `, ${p.signedChange}` : ''}.`,
  single: (p) => `${p.label}: ${p.first} in ${p.from}, the only observation.`,
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadCsv: 'Download CSV',
  downloadSvg: 'Download SVG',
  year: 'Year',
  value: 'Value',
  status: 'Status',
  observed: 'Observed',
  projection: 'Projection',
  derived: 'Calculated',
  notFromZero: 'The vertical axis does not start at zero.',
  decimated: (n) =>
    `Drawn from ${n} points: the line shows the lowest and highest value at each pixel. The keyboard, the table and the CSV cover every point.`,
  tableTruncated: (shown, n) =>
    `The table shows the first ${shown} of ${n} rows; the CSV has them all.`,
  noData: 'No data to draw.',
  unknownSeries: (id) => `No series “${id}” in the data.`,
  colon: ': ',
  points: (label) => `${label}: data points`,
  since: (change, year) => `${change} since ${year}`,
  unitName: {persons: 'persons', usd: 'US dollars', percent: 'per cent', ratio: 'ratio'},
};

const fr: TrendChartMessages = {
  summary: (trend, p) =>
    trend === 'flat'
      ? `${p.label}\u00a0: inchangé, ${p.first} de ${p.from} à ${p.to}.`
      : `${p.label}\u00a0: ${trend === 'up' ? 'en hausse' : 'en baisse'}, de ${p.first} en ${p.from} à ${p.last} en ${p.to}${p.signedChange ? `, soit ${p.signedChange}` : ''}.`,
  single: (p) => `${p.label}\u00a0: ${p.first} en ${p.from}, seule observation.`,
  showTable: 'Afficher le tableau',
  hideTable: 'Masquer le tableau',
  downloadCsv: 'Télécharger le CSV',
  downloadSvg: 'Télécharger le SVG',
  year: 'Année',
  value: 'Valeur',
  status: 'Statut',
  observed: 'Observé',
  projection: 'Projection',
  derived: 'Calculé',
  notFromZero: 'L’axe vertical ne commence pas à zéro.',
  decimated: (n) =>
    `Tracé à partir de ${n} points\u00a0: la courbe montre la valeur la plus basse et la plus haute de chaque pixel. Le clavier, le tableau et le CSV couvrent tous les points.`,
  tableTruncated: (shown, n) =>
    `Le tableau montre les ${shown} premières lignes sur ${n}\u00a0; le CSV les contient toutes.`,
  noData: 'Aucune donnée à représenter.',
  unknownSeries: (id) => `Aucune série «\u00a0${id}\u00a0» dans les données.`,
  colon: '\u00a0: ',
  points: (label) => `${label}\u00a0: points de données`,
  since: (change, year) => `${change} depuis ${year}`,
  unitName: {
    persons: 'personnes',
    usd: 'dollars des États-Unis',
    percent: 'pour cent',
    ratio: 'rapport',
  },
};

const es: TrendChartMessages = {
  summary: (trend, p) =>
    trend === 'flat'
      ? `${p.label}: sin cambios, ${p.first} de ${p.from} a ${p.to}.`
      : `${p.label}: ${trend === 'up' ? 'aumento' : 'descenso'} de ${p.first} en ${p.from} a ${p.last} en ${p.to}${p.change ? `, un ${p.change} ${trend === 'up' ? 'más' : 'menos'}` : ''}.`,
  single: (p) => `${p.label}: ${p.first} en ${p.from}, única observación.`,
  showTable: 'Mostrar la tabla',
  hideTable: 'Ocultar la tabla',
  downloadCsv: 'Descargar CSV',
  downloadSvg: 'Descargar SVG',
  year: 'Año',
  value: 'Valor',
  status: 'Estado',
  observed: 'Observado',
  projection: 'Proyección',
  derived: 'Calculado',
  notFromZero: 'El eje vertical no empieza en cero.',
  decimated: (n) =>
    `Trazado a partir de ${n} puntos: la línea muestra el valor mínimo y el máximo de cada píxel. El teclado, la tabla y el CSV abarcan todos los puntos.`,
  tableTruncated: (shown, n) =>
    `La tabla muestra las primeras ${shown} de ${n} filas; el CSV las contiene todas.`,
  noData: 'No hay datos que representar.',
  unknownSeries: (id) => `No hay ninguna serie «${id}» en los datos.`,
  colon: ': ',
  points: (label) => `${label}: puntos de datos`,
  since: (change, year) => `${change} desde ${year}`,
  unitName: {
    persons: 'personas',
    usd: 'dólares de los EE. UU.',
    percent: 'por ciento',
    ratio: 'razón',
  },
};

const ru: TrendChartMessages = {
  summary: (trend, p) =>
    trend === 'flat'
      ? `${p.label}: без изменений, ${p.first} в ${p.from}–${p.to} годах.`
      : `${p.label}: ${p.first} в ${p.from} году и ${p.last} в ${p.to} году${p.change ? `, ${trend === 'up' ? 'рост' : 'снижение'} на ${p.change}` : ''}.`,
  single: (p) => `${p.label}: ${p.first} в ${p.from} году (единственное наблюдение).`,
  showTable: 'Показать таблицу',
  hideTable: 'Скрыть таблицу',
  downloadCsv: 'Скачать CSV',
  downloadSvg: 'Скачать SVG',
  year: 'Год',
  value: 'Значение',
  status: 'Статус',
  observed: 'Фактические данные',
  projection: 'Прогноз',
  derived: 'Расчётное значение',
  notFromZero: 'Вертикальная ось начинается не с нуля.',
  decimated: (n) =>
    `Построено по ${n} точкам: линия показывает наименьшее и наибольшее значение в каждом пикселе. Клавиатура, таблица и CSV охватывают все точки.`,
  tableTruncated: (shown, n) => `В таблице показаны первые ${shown} строк из ${n}; в CSV есть все.`,
  noData: 'Нет данных для построения графика.',
  unknownSeries: (id) => `Ряда «${id}» в данных нет.`,
  colon: ': ',
  points: (label) => `${label}: точки данных`,
  since: (change, year) => `${change} с ${year} года`,
  unitName: {persons: 'человек', usd: 'долл. США', percent: 'процентов', ratio: 'отношение'},
};

const zh: TrendChartMessages = {
  summary: (trend, p) =>
    trend === 'flat'
      ? `${p.label}在${p.from}年至${p.to}年间保持在${p.first}。`
      : `${p.label}从${p.from}年的${p.first}${trend === 'up' ? '增至' : '降至'}${p.to}年的${p.last}${p.change ? `，${trend === 'up' ? '增长' : '下降'}${p.change}` : ''}。`,
  single: (p) => `${p.label}：${p.from}年为${p.first}（唯一观测值）。`,
  showTable: '显示表格',
  hideTable: '隐藏表格',
  downloadCsv: '下载 CSV',
  downloadSvg: '下载 SVG',
  year: '年份',
  value: '数值',
  status: '状态',
  observed: '观测值',
  projection: '预测值',
  derived: '计算值',
  notFromZero: '纵轴不从零开始。',
  decimated: (n) =>
    `根据${n}个数据点绘制：线条显示每个像素内的最低值和最高值。键盘、表格和 CSV 涵盖全部数据点。`,
  tableTruncated: (shown, n) => `表格仅显示${n}行中的前${shown}行；CSV 包含全部数据。`,
  noData: '没有可绘制的数据。',
  unknownSeries: (id) => `数据中没有“${id}”系列。`,
  colon: ': ',
  points: (label) => `${label}：数据点`,
  since: (change, year) => `自${year}年以来${change}`,
  unitName: {persons: '人', usd: '美元', percent: '百分比', ratio: '比率'},
};

const ar: TrendChartMessages = {
  summary: (trend, p) =>
    trend === 'flat'
      ? `${p.label}: دون تغيير، ${p.first} من عام ${p.from} إلى عام ${p.to}.`
      : `${p.label}: ${trend === 'up' ? 'ارتفاع' : 'انخفاض'} من ${p.first} في عام ${p.from} إلى ${p.last} في عام ${p.to}${p.change ? `، ${trend === 'up' ? 'بزيادة' : 'بانخفاض'} قدرها ${p.change}` : ''}.`,
  single: (p) => `${p.label}: ${p.first} في عام ${p.from}، وهي الملاحظة الوحيدة.`,
  showTable: 'عرض الجدول',
  hideTable: 'إخفاء الجدول',
  downloadCsv: 'تنزيل ملف CSV',
  downloadSvg: 'تنزيل ملف SVG',
  year: 'السنة',
  value: 'القيمة',
  status: 'الحالة',
  observed: 'قيمة مرصودة',
  projection: 'إسقاط',
  derived: 'قيمة محسوبة',
  notFromZero: 'المحور الرأسي لا يبدأ من الصفر.',
  decimated: (n) =>
    `رُسم الخط من ${n} نقطة: يُظهر أدنى قيمة وأعلى قيمة في كل بكسل. وتشمل لوحة المفاتيح والجدول وملف CSV جميع النقاط.`,
  tableTruncated: (shown, n) =>
    `يعرض الجدول أول ${shown} صف من أصل ${n}؛ ويتضمن ملف CSV جميع الصفوف.`,
  noData: 'لا توجد بيانات لرسمها.',
  unknownSeries: (id) => `لا توجد سلسلة «${id}» في البيانات.`,
  colon: ': ',
  points: (label) => `${label}: نقاط البيانات`,
  since: (change, year) => `${change} منذ عام ${year}`,
  unitName: {
    persons: 'أشخاص',
    usd: 'دولارات الولايات المتحدة',
    percent: 'في المائة',
    ratio: 'نسبة',
  },
};

export const messages: Record<UiLocale, TrendChartMessages> = {en, fr, es, ru, zh, ar};
