// French words of every mwfa element. English is built in; this module adds French:
// `import '@mwfa/elements/locales/fr.js'`, or on a page
// `<script type="module" src=".../dist/cdn/locales/fr.js"></script>`.
import {registerLocale, type Locale} from '../internal/messages.js';

const fr: Locale = {
  // Every element
  qualifier: {
    approximately: 'environ {n}',
    some: 'quelque {n}',
    nearly: 'près de {n}',
    over: 'plus de {n}',
    'more-than': 'plus de {n}',
  },
  fraction: {'1/2': 'la moitié', '2/3': 'deux tiers'},
  times: {other: '{n} fois'},
  source: 'Source\u00a0: ',
  noFigure: 'Chiffre non disponible',
  noLabel: 'Aucun libellé fourni',
  reportYear: '{n} (année du rapport)',
  separator: ', ',
  // As UN French texts write them: "de" after a noun ("600 milliards de dollars"), not after a
  // number or "mille" ("5 000 dollars", "20 mille dollars"). Intl's "600 milliards $US" lacks it.
  // Singular below 2: "1,5 dollar".
  usd: (n) =>
    `${n}${/[a-z]$/.test(n) && !n.endsWith('mille') ? ' de' : ''} dollar${/^-?[01](,\d+)?$/.test(n) ? '' : 's'}`,
  compactWords: null,
  afterQualifier: null,
  // <mwfa-key-message>
  inSection: ['section «\u00a0', '\u00a0»'],
  brackets: [' (', ')'],
  kind: {
    call: 'Appel',
    warning: 'Mise en garde',
    recommendation: 'Recommandation',
    commitment: 'Engagement',
    finding: 'Constat',
  },
  relatedFigures: 'Chiffres associés',
  noMessage: 'Message non disponible',
  // <mwfa-trend-chart>
  summary: (trend, p) =>
    trend !== 'flat'
      ? `${p.label}\u00a0: ${trend === 'up' ? 'en hausse' : 'en baisse'}, de ${p.first} en ${p.from} à ${p.last} en ${p.to}${p.signedChange ? `, soit ${p.signedChange}` : ''}${p.extremes}.`
      : p.extremes
        ? `${p.label}\u00a0: ${p.first} en ${p.from} comme en ${p.to}${p.extremes}.`
        : `${p.label}\u00a0: inchangé, ${p.first} de ${p.from} à ${p.to}.`,
  high: (value, year) => `un maximum de ${value} en ${year}`,
  low: (value, year) => `un minimum de ${value} en ${year}`,
  extremes: (parts) => `, avec ${parts.join(' et ')}`,
  single: (p) => `${p.label}\u00a0: ${p.first} en ${p.from}, seule valeur.`,
  showTable: 'Afficher le tableau',
  hideTable: 'Masquer le tableau',
  downloadCsv: 'Télécharger le CSV',
  downloadSvg: 'Télécharger le SVG',
  year: 'Année',
  valueIn: (unit) => `Valeur (${unit})`,
  status: 'Statut',
  observed: 'Observé',
  projection: 'Projection',
  derived: 'Calculé',
  notFromZero: 'L’axe vertical ne commence pas à zéro.',
  decimated: (n) =>
    `Tracé à partir de ${n} points\u00a0: la courbe montre la valeur la plus basse et la plus haute de chaque pixel. Le clavier et le CSV couvrent tous les points.`,
  derivedUnmarked:
    'Les valeurs calculées sont trop rapprochées pour être marquées\u00a0; le tableau les indique.',
  tableTruncated: (shown, n) =>
    `Le tableau montre les ${shown} premières lignes sur ${n}\u00a0; le CSV les contient toutes.`,
  notDrawn: 'Non représenté',
  noData: 'Aucune donnée à représenter.',
  tableNotDrawn: 'Ce tableau ne peut pas être représenté sous forme de graphique.',
  unknownSeries: (id) => `Aucune série «\u00a0${id}\u00a0» dans les données.`,
  colon: '\u00a0: ',
  comma: ', ',
  projected: ' (projection)',
  points: (label) => `${label}\u00a0: points de données`,
  since: (change, year) => `${change} depuis ${year}`,
  unitName: {
    persons: 'personnes',
    usd: 'dollars des États-Unis',
    percent: 'en pourcentage',
    ratio: 'rapport',
  },
};

registerLocale('fr', fr);
