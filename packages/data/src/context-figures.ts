import type {ContextFigure} from './types.js';
import {lookup} from './internal/lookup.js';
import type {Written} from './internal/written.js';

export type {ContextFigure} from './types.js';

const Y2017 = {start: 2017, end: 2017};

// The records as written: `ContextFigureId` is read off their ids, and `contextFigures` publishes them.
const records = [
  {
    id: 'migrant-growth-since-2000-desa',
    label: 'increase in international migrants since 2000, as DESA words it',
    value: 49,
    unit: 'percent',
    period: {start: 2000, end: 2017},
    qualifier: 'none',
    source: 'un-desa-imr-2017-highlights',
    status: 'confirmed-copy',
    quote: 'an increase of 49 per cent since 2000',
    note: 'From 172,604,257 (2000) to 257,715,425 (2017) in the 2017 Revision: +49.3%.',
  },
  {
    id: 'oda-2017',
    label: 'net official development assistance by DAC members',
    value: 146_600_000_000,
    unit: 'usd',
    period: Y2017,
    qualifier: 'none',
    source: 'oecd-oda-2017-preliminary',
    status: 'confirmed',
    note: 'Preliminary data of 9 April 2018; 0.31% of donors’ GNI.',
  },
  {
    id: 'oda-2016',
    label: 'net official development assistance by DAC members',
    value: 142_600_000_000,
    unit: 'usd',
    period: {start: 2016, end: 2016},
    qualifier: 'none',
    source: 'oecd-oda-2016-preliminary',
    status: 'confirmed-copy',
  },
  {
    id: 'remittances-lmic-2017-projection',
    label: 'remittances to low- and middle-income countries, projected',
    value: 450_000_000_000,
    unit: 'usd',
    period: Y2017,
    qualifier: 'none',
    source: 'world-bank-brief-28',
    status: 'confirmed',
    note: 'Projection of October 2017.',
  },
  {
    id: 'remittances-lmic-2017',
    label: 'remittances to low- and middle-income countries',
    value: 466_000_000_000,
    unit: 'usd',
    period: Y2017,
    qualifier: 'none',
    source: 'world-bank-brief-29',
    status: 'confirmed',
    note: 'First estimate, April 2018 (“a new record”, up 8.5% over 2016); revised to US$ 483 billion in Migration and Development Brief 31, April 2019.',
  },
  {
    id: 'remittances-global-2017',
    label: 'remittances worldwide',
    value: 613_000_000_000,
    unit: 'usd',
    period: Y2017,
    qualifier: 'none',
    source: 'world-bank-brief-29',
    status: 'confirmed-copy',
    note: 'First estimate, April 2018; the October 2017 projection was US$ 596 billion.',
  },
  {
    id: 'earnings-kept-in-host-countries',
    label: 'share of migrant workers’ earnings that remains in host countries',
    value: 85,
    unit: 'percent',
    period: {...Y2017, basis: 'report-year'},
    qualifier: 'approximately',
    source: 'ifad-sending-money-home-2017',
    status: 'confirmed-copy',
    quote: 'of which approximately 85 percent remains in the host countries',
    note: 'Of about US$ 3 trillion that migrant workers earn a year. IFAD gives no year; 2017 is the year of its report (June 2017).',
  },
  {
    id: 'migrant-women-labour-force-participation',
    label: 'labour-force participation rate of migrant women',
    value: 67.0,
    unit: 'percent',
    period: {start: 2013, end: 2013},
    qualifier: 'none',
    source: 'ilo-migrant-workers-2015',
    status: 'confirmed-copy',
  },
  {
    id: 'non-migrant-women-labour-force-participation',
    label: 'labour-force participation rate of non-migrant women',
    value: 50.8,
    unit: 'percent',
    period: {start: 2013, end: 2013},
    qualifier: 'none',
    source: 'ilo-migrant-workers-2015',
    status: 'confirmed-copy',
  },
  {
    id: 'forced-labour-total',
    label: 'people in forced labour worldwide',
    value: 24_900_000,
    unit: 'persons',
    period: {start: 2016, end: 2016},
    qualifier: 'none',
    source: 'ilo-modern-slavery-2017',
    status: 'confirmed-copy',
  },
  {
    id: 'migrant-share-of-forced-labour',
    label: 'migrant workers among victims of forced labour',
    value: 25,
    unit: 'percent',
    period: {start: 2016, end: 2016},
    qualifier: 'none',
    expression: {type: 'fraction', numerator: 1, denominator: 4, wording: 'one in four'},
    source: 'ilo-modern-slavery-2017',
    status: 'confirmed-copy',
    quote: 'represent one in four victims of forced labour',
    note: 'Stated by IOM, a co-publisher of the Global Estimates.',
  },
  {
    id: 'migrants-in-forced-labour-derived',
    label: 'migrant workers in forced labour',
    value: 24_900_000 / 4,
    unit: 'persons',
    period: {start: 2016, end: 2016},
    qualifier: 'none',
    source: 'ilo-modern-slavery-2017',
    status: 'derived',
    derivation: 'forced-labour-total × 1/4 (migrant-share-of-forced-labour): 24.9 million ÷ 4.',
  },
  {
    id: 'migrant-deaths-since-2014-iom',
    label: 'deaths and disappearances of migrants recorded since the beginning of 2014',
    value: 22_500,
    unit: 'persons',
    period: {start: 2014, end: 2017},
    qualifier: 'over',
    source: 'iom-fatal-journeys-3-2',
    status: 'confirmed-copy',
    note: 'As of 30 November 2017.',
  },
] satisfies readonly Written<ContextFigure>[];

/** The id of a context figure: `'oda-2017' | 'remittances-lmic-2017' | …`. */
export type ContextFigureId = (typeof records)[number]['id'];

/**
 * Single primary-source figures: those the claim checks rely on, and the neighbouring releases
 * (ODA 2016, the October 2017 remittance projection) that show how the figures moved.
 */
export const contextFigures: readonly ContextFigure[] = records;

const byId = lookup('context figure', contextFigures);

/**
 * The context figure with this id, or `undefined`. Never throws. Takes any string; TypeScript
 * suggests the known ids.
 */
export function getContextFigure(id: ContextFigureId | (string & {})): ContextFigure | undefined {
  return byId.get(id);
}

/**
 * The context figure with this id; throws an `Error` listing close matches when there is none.
 * TypeScript accepts known ids only.
 */
export function requireContextFigure(id: ContextFigureId): ContextFigure {
  return byId.require(id);
}
