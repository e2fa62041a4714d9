// Spanish words of every mwfa element. English is built in; this module adds Spanish:
// `import '@mwfa/elements/locales/es.js'`, or on a page
// `<script type="module" src=".../dist/cdn/locales/es.js"></script>`.
import {registerLocale, type Locale} from '../internal/messages.js';

const es: Locale = {
  // Every element
  qualifier: {
    approximately: 'aproximadamente {n}',
    some: 'alrededor de {n}',
    nearly: 'casi {n}',
    over: 'más de {n}',
    'more-than': 'más de {n}',
    // A percentage takes the article: "alrededor del 85 %", "casi el 50 %".
    'approximately%': 'aproximadamente el {n}',
    'some%': 'alrededor del {n}',
    'nearly%': 'casi el {n}',
    'over%': 'más del {n}',
    'more-than%': 'más del {n}',
  },
  fraction: {'1/2': 'la mitad', '2/3': 'dos tercios'},
  times: {one: '{n} vez', other: '{n} veces'},
  source: 'Fuente: ',
  noFigure: 'Cifra no disponible',
  noLabel: 'Sin etiqueta',
  reportYear: '{n} (año del informe)',
  separator: ', ',
  // As UN Spanish texts write them: "de" after a noun ("600 mil millones de dólares"), not after
  // a number or "mil" ("50.000 dólares", "20 mil dólares"). Intl's "600 mil millones US$" lacks it.
  usd: (n) => `${n}${/(ón|ones)$/.test(n) ? ' de' : ''} ${/^-?1$/.test(n) ? 'dólar' : 'dólares'}`,
  compactWords: null,
  afterQualifier: null,
  // <mwfa-key-message>
  inSection: ['sección «', '»'],
  brackets: [' (', ')'],
  kind: {
    call: 'Llamamiento',
    warning: 'Advertencia',
    recommendation: 'Recomendación',
    commitment: 'Compromiso',
    finding: 'Conclusión',
  },
  relatedFigures: 'Cifras relacionadas',
  noMessage: 'Mensaje no disponible',
  // <mwfa-trend-chart>
  // A percentage (a figure with "%") takes the article: "del 49,2 % en 1990 al 48,4 % en 2017".
  summary: (trend, p) => {
    const [the, of, to] = p.first.includes('%') ? ['el ', 'del ', 'al '] : ['', 'de ', 'a '];
    return trend !== 'flat'
      ? `${p.label}: ${trend === 'up' ? 'aumento' : 'descenso'} ${of}${p.first} en ${p.from} ${to}${p.last} en ${p.to}${p.change ? `, un ${p.change} ${trend === 'up' ? 'más' : 'menos'}` : ''}${p.extremes}.`
      : p.extremes
        ? `${p.label}: ${the}${p.first} en ${p.from} y también en ${p.to}${p.extremes}.`
        : `${p.label}: sin cambios, ${the}${p.first} de ${p.from} a ${p.to}.`;
  },
  high: (value, year) => `un máximo ${value.includes('%') ? 'del' : 'de'} ${value} en ${year}`,
  low: (value, year) => `un mínimo ${value.includes('%') ? 'del' : 'de'} ${value} en ${year}`,
  extremes: (parts) => `, con ${parts.join(' y ')}`,
  single: (p) =>
    `${p.label}: ${p.first.includes('%') ? 'el ' : ''}${p.first} en ${p.from}, único valor.`,
  showTable: 'Mostrar la tabla',
  hideTable: 'Ocultar la tabla',
  downloadCsv: 'Descargar CSV',
  downloadSvg: 'Descargar SVG',
  year: 'Año',
  valueIn: (unit) => `Valor (${unit})`,
  status: 'Estado',
  observed: 'Observado',
  projection: 'Proyección',
  derived: 'Calculado',
  notFromZero: 'El eje vertical no empieza en cero.',
  decimated: (n) =>
    `Trazado a partir de ${n} puntos: la línea muestra el valor mínimo y el máximo de cada píxel. El teclado y el CSV abarcan todos los puntos.`,
  derivedUnmarked:
    'Los valores calculados están demasiado próximos para marcarlos; la tabla los indica.',
  tableTruncated: (shown, n) =>
    `La tabla muestra las primeras ${shown} de ${n} filas; el CSV las contiene todas.`,
  notDrawn: 'No representado',
  noData: 'No hay datos que representar.',
  tableNotDrawn: 'Esta tabla no se puede representar en un gráfico.',
  unknownSeries: (id) => `No hay ninguna serie «${id}» en los datos.`,
  colon: ': ',
  comma: ', ',
  projected: ' (proyección)',
  points: (label) => `${label}: puntos de datos`,
  since: (change, year) => `${change} desde ${year}`,
  unitName: {
    persons: 'personas',
    usd: 'dólares de los EE. UU.',
    percent: 'en porcentaje',
    ratio: 'razón',
  },
};

registerLocale('es', es);
