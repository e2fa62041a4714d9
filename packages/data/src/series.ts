import type {Series} from './types.js';
import {lookup} from './internal/lookup.js';
import type {Written} from './internal/written.js';

export type {Observation, Series} from './types.js';

// The records as written: `SeriesId` is read off their ids, and `series` publishes them.
const records = [
  {
    id: 'international-migrant-stock',
    label: 'International migrants',
    unit: 'persons',
    description:
      'International migrant stock at mid-year, world total (UN DESA, 2017 Revision, origin/destination workbook, “Total” row).',
    source: 'un-desa-migrant-stock-2017',
    status: 'confirmed-copy',
    observations: [
      {year: 1990, value: 152_542_373},
      {year: 1995, value: 160_700_028},
      {year: 2000, value: 172_604_257},
      {year: 2005, value: 190_531_600},
      {year: 2010, value: 220_019_266},
      {year: 2015, value: 247_585_744},
      {year: 2017, value: 257_715_425},
    ],
  },
  {
    id: 'migrant-share-of-world-population',
    label: 'Migrants as a share of the world population',
    unit: 'percent',
    description:
      'International migrants as a percentage of the total world population, one decimal as published (UN DESA, 2017 Revision, “percentage of total population” table of the total workbook).',
    source: 'un-desa-migrant-stock-2017',
    status: 'confirmed-copy',
    observations: [
      {year: 1990, value: 2.9},
      {year: 1995, value: 2.8},
      {year: 2000, value: 2.8},
      {year: 2005, value: 2.9},
      {year: 2010, value: 3.2},
      {year: 2015, value: 3.4},
      {year: 2017, value: 3.4},
    ],
  },
  {
    id: 'female-migrant-stock',
    label: 'Female international migrants',
    unit: 'persons',
    description:
      'Female international migrant stock at mid-year, world total (UN DESA, 2017 Revision, origin/destination workbook, Female sheet).',
    source: 'un-desa-migrant-stock-2017',
    status: 'confirmed-copy',
    observations: [
      {year: 1990, value: 75_086_026},
      {year: 1995, value: 79_305_317},
      {year: 2000, value: 85_076_784},
      {year: 2005, value: 93_254_862},
      {year: 2010, value: 106_435_428},
      {year: 2015, value: 119_988_148},
      {year: 2017, value: 124_636_567},
    ],
  },
  {
    id: 'female-share-of-migrants',
    label: 'Women as a share of international migrants',
    unit: 'percent',
    description:
      'Derived: female migrant stock divided by total migrant stock (both UN DESA 2017 Revision, origin/destination workbook), as a percentage to one decimal. Not a figure DESA publishes in this form.',
    source: 'un-desa-migrant-stock-2017',
    status: 'derived',
    derivation:
      'female-migrant-stock ÷ international-migrant-stock × 100 for the same year, rounded to one decimal.',
    observations: [
      {year: 1990, value: 49.2},
      {year: 1995, value: 49.3},
      {
        year: 2000,
        value: 49.3,
        note: 'DESA’s published text gives 49.1% for 2000: its total workbook differs slightly from the origin/destination workbook for 1990–2005.',
      },
      {year: 2005, value: 48.9},
      {year: 2010, value: 48.4},
      {year: 2015, value: 48.5},
      {
        year: 2017,
        value: 48.4,
        note: 'Matches the 48.4% in DESA’s published text.',
      },
    ],
  },
  {
    id: 'global-remittance-inflows',
    label: 'Global remittance inflows',
    unit: 'usd',
    description:
      'Migrant remittance inflows to all receiving countries, world total, current US dollars (World Bank “Migration and Remittances Data”, October 2017 release — the vintage in force when the report was written). 2000–2016 as US$ billions to one decimal; 2017 as given in the table.',
    source: 'world-bank-remittances-2017-10',
    status: 'confirmed-copy',
    observations: [
      {year: 2000, value: 126_700_000_000, roundedTo: 100_000_000},
      {year: 2001, value: 140_300_000_000, roundedTo: 100_000_000},
      {year: 2002, value: 163_500_000_000, roundedTo: 100_000_000},
      {year: 2003, value: 197_200_000_000, roundedTo: 100_000_000},
      {year: 2004, value: 226_400_000_000, roundedTo: 100_000_000},
      {year: 2005, value: 280_100_000_000, roundedTo: 100_000_000},
      {year: 2006, value: 326_000_000_000, roundedTo: 100_000_000},
      {year: 2007, value: 393_100_000_000, roundedTo: 100_000_000},
      {year: 2008, value: 454_300_000_000, roundedTo: 100_000_000},
      {year: 2009, value: 426_000_000_000, roundedTo: 100_000_000},
      {year: 2010, value: 462_100_000_000, roundedTo: 100_000_000},
      {year: 2011, value: 524_400_000_000, roundedTo: 100_000_000},
      {year: 2012, value: 544_900_000_000, roundedTo: 100_000_000},
      {year: 2013, value: 574_000_000_000, roundedTo: 100_000_000},
      {year: 2014, value: 597_700_000_000, roundedTo: 100_000_000},
      {year: 2015, value: 581_900_000_000, roundedTo: 100_000_000},
      {year: 2016, value: 573_600_000_000, roundedTo: 100_000_000},
      {
        year: 2017,
        value: 595_694_727_000,
        projection: true,
        note: 'Projection made in October 2017 (US$ 595,694.727 million; Brief 28: “projected to grow by 3.9% to USD 596 billion”). Later releases put 2017 at US$ 613 billion (Brief 29, April 2018) and US$ 633 billion (Brief 31, April 2019).',
      },
    ],
  },
  {
    id: 'recorded-migrant-deaths',
    label: 'Recorded deaths and disappearances of migrants',
    unit: 'persons',
    description:
      'Deaths and disappearances of migrants recorded worldwide by IOM’s Missing Migrants Project, per year. Counts are revised upward after first release; each year cites its release, and later releases are never mixed in.',
    source: 'iom-gmdac-briefing-8',
    status: 'confirmed',
    observations: [
      {year: 2014, value: 5_267},
      {year: 2015, value: 6_107},
      {
        year: 2016,
        value: 7_763,
        // context-series.md gives a later release's count without its title or address: not published.
        note: 'As in the March 2017 release; later releases of the Missing Migrants Project give a higher count.',
      },
      {
        year: 2017,
        value: 6_142,
        source: 'iom-press-2018-deaths-2017',
        note: 'From IOM’s early-2018 press release, not from the March 2017 briefing.',
      },
    ],
  },
] satisfies readonly Written<Series>[];

/** The id of a context series: `'international-migrant-stock' | …`. */
export type SeriesId = (typeof records)[number]['id'];

/**
 * Context series from the primary sources the report relies on, each in one vintage. Only
 * figures marked confirmed or derived in shared/source/context-series.md are published.
 */
export const series: readonly Series[] = records;

const byId = lookup('series', series);

/**
 * The series with this id, or `undefined`. Never throws. Takes any string; TypeScript suggests
 * the known ids.
 */
export function getSeries(id: SeriesId | (string & {})): Series | undefined {
  return byId.get(id);
}

/**
 * The series with this id; throws an `Error` that lists close matches when there is none.
 * TypeScript accepts known ids only.
 */
export function requireSeries(id: SeriesId): Series {
  return byId.require(id);
}
