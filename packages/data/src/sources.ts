import type {Source} from './types.js';
import {lookup} from './internal/lookup.js';
import type {Written} from './internal/written.js';

export type {Source} from './types.js';

// The records as written: `SourceId` is read off their ids, and `sources` publishes them.
const records = [
  {
    id: 'sg-background-note-1',
    publisher: 'United Nations',
    title:
      'Background Note 1: Making Migration Work for All — an urgent call for international cooperation on migration',
    // The note is undated and has no address of its own: it summarises A/72/643.
    vintage: 'summarizing report A/72/643 of 12 December 2017',
    status: 'confirmed',
  },
  {
    id: 'sg-report-a-72-643',
    publisher: 'United Nations, Secretary-General',
    title: 'Making migration work for all: Report of the Secretary-General',
    vintage: '12 December 2017',
    url: 'https://refugeesmigrants.un.org/SGReport',
    symbol: 'A/72/643',
    // Symbol, title and landing page confirmed; the date only in a copy.
    status: 'confirmed-copy',
  },
  {
    id: 'un-desa-migrant-stock-2017',
    publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
    title: 'Trends in International Migrant Stock: The 2017 Revision',
    vintage: 'Rev.2017',
    url: 'https://www.un.org/en/development/desa/population/migration/data/estimates2/estimates17.asp',
    symbol: 'POP/DB/MIG/Stock/Rev.2017',
    status: 'confirmed-copy',
  },
  {
    id: 'un-desa-imr-2017-highlights',
    publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
    title: 'International Migration Report 2017: Highlights',
    vintage: '2017',
    symbol: 'ST/ESA/SER.A/404',
    status: 'confirmed-copy',
  },
  {
    id: 'world-bank-remittances-2017-10',
    publisher: 'World Bank / KNOMAD',
    title: 'Migration and Remittances Data: migrant remittance inflows (US$ million)',
    vintage: 'October 2017 release',
    status: 'confirmed-copy',
  },
  {
    id: 'world-bank-brief-28',
    publisher: 'World Bank / KNOMAD',
    title: 'Migration and Development Brief 28',
    vintage: 'October 2017',
    status: 'confirmed',
  },
  {
    id: 'world-bank-brief-29',
    publisher: 'World Bank / KNOMAD',
    title: 'Migration and Development Brief 29',
    vintage: 'April 2018',
    url: 'https://blogs.worldbank.org/en/peoplemove/record-high-remittances-low-and-middle-income-countries-2017',
    status: 'confirmed',
  },
  {
    id: 'world-bank-brief-31',
    publisher: 'World Bank / KNOMAD',
    title: 'Migration and Development Brief 31',
    vintage: 'April 2019',
    // No figure comes from it: notes cite its revision of 2017 (US$ 483 and 633 billion).
    status: 'confirmed',
  },
  {
    id: 'oecd-oda-2016-preliminary',
    publisher: 'OECD Development Assistance Committee',
    title: 'Official development assistance 2016, preliminary data',
    vintage: 'April 2017 (preliminary)',
    status: 'confirmed-copy',
  },
  {
    id: 'oecd-oda-2017-preliminary',
    publisher: 'OECD Development Assistance Committee',
    title: 'Official development assistance 2017, preliminary data',
    vintage: '9 April 2018 (preliminary)',
    url: 'https://www.oecd.org/development/launch-of-oda-figures-2017-france-april-2018.htm',
    status: 'confirmed',
  },
  {
    id: 'ifad-sending-money-home-2017',
    publisher: 'International Fund for Agricultural Development (IFAD)',
    title: 'Sending Money Home: Contributing to the SDGs, one family at a time',
    vintage: 'June 2017',
    status: 'confirmed-copy',
  },
  {
    id: 'ilo-migrant-workers-2015',
    publisher: 'International Labour Organization (ILO)',
    title: 'ILO Global Estimates on Migrant Workers',
    vintage: 'December 2015 (reference year 2013)',
    status: 'confirmed-copy',
  },
  {
    id: 'ilo-modern-slavery-2017',
    publisher: 'ILO, Walk Free Foundation and IOM',
    title: 'Global Estimates of Modern Slavery',
    vintage: '2017 (reference year 2016)',
    status: 'confirmed-copy',
  },
  {
    id: 'iom-gmdac-briefing-8',
    publisher:
      'International Organization for Migration (IOM), Global Migration Data Analysis Centre',
    title: 'GMDAC Data Briefing Series No. 8',
    vintage: 'March 2017',
    status: 'confirmed',
  },
  {
    id: 'iom-press-2018-deaths-2017',
    publisher: 'International Organization for Migration (IOM)',
    // As the source folder gives it: the rest of the title is not in it (the address only
    // suggests it), so it is not filled in.
    title: '6,000 migrant deaths recorded in 2017 …',
    vintage: 'Early 2018 (press release)',
    url: 'https://www.iom.int/news/6000-migrant-deaths-recorded-2017-only-fraction-real-number-worldwide-gmdac',
    status: 'confirmed',
  },
  {
    id: 'iom-fatal-journeys-3-2',
    publisher: 'International Organization for Migration (IOM)',
    title: 'Fatal Journeys Volume 3, Part 2 (launch)',
    vintage: '30 November 2017',
    status: 'confirmed-copy',
  },
  {
    id: 'un-global-compact-2018',
    publisher: 'United Nations',
    title:
      'Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration; General Assembly resolution 73/195',
    vintage: 'December 2018',
    symbol: 'A/RES/73/195',
    // The Marrakech conference is confirmed; resolution 73/195 only in a copy.
    status: 'confirmed-copy',
  },
  {
    id: 'un-sdg-target-10-7',
    publisher: 'United Nations',
    title: 'Sustainable Development Goals, target 10.7',
    vintage: 'target text as adopted',
    status: 'confirmed-copy',
  },
] satisfies readonly Written<Source>[];

/** The id of a source: `'sg-background-note-1' | 'sg-report-a-72-643' | …`. */
export type SourceId = (typeof records)[number]['id'];

/** Every source a figure, message or series cites (see shared/source/context-series.md). */
export const sources: readonly Source[] = records;

const byId = lookup('source', sources);

/**
 * The source with this id, or `undefined`. Never throws. Takes any string (a page's citation
 * text, say); TypeScript suggests the known ids.
 */
export function getSource(id: SourceId | (string & {})): Source | undefined {
  return byId.get(id);
}

/**
 * The source with this id; throws an `Error` that lists close matches when there is none.
 * TypeScript accepts known ids only.
 */
export function requireSource(id: SourceId): Source {
  return byId.require(id);
}
