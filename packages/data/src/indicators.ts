import type {Comparison, Indicator} from './types.js';
import {lookup} from './internal/lookup.js';
import type {Written} from './internal/written.js';

export type {Indicator} from './types.js';

const NOTE = 'sg-background-note-1';
const WHY_NOW = 'Why is migration important for the United Nations today?';

/**
 * As `Written`, and a comparison may name any indicator: `IndicatorId` is read off these records,
 * so it cannot type them; exporting them as `readonly Indicator[]` checks the name.
 */
type WrittenIndicator = Written<Omit<Indicator, 'comparison'>> & {
  comparison?:
    | Exclude<Comparison, {type: 'versus'}>
    | (Omit<Extract<Comparison, {type: 'versus'}>, 'indicator'> & {indicator: Lowercase<string>});
};

// The records as written: `IndicatorId` is read off their ids, and `indicators` publishes them.
const records = [
  {
    id: 'international-migrants',
    label: 'international migrants worldwide',
    value: 258_000_000,
    unit: 'persons',
    qualifier: 'none',
    period: {start: 2017, end: 2017, basis: 'report-year'},
    series: 'international-migrant-stock',
    note: 'The note gives no year; 2017 is the year of the report and of the UN DESA estimate the figure matches (see its claim check).',
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote: 'There are 258 million international migrants worldwide',
    },
  },
  {
    id: 'migrant-growth-since-2000',
    label: 'more international migrants than in 2000',
    value: 48,
    unit: 'percent',
    qualifier: 'none',
    period: {start: 2000, end: 2017, basis: 'report-year'},
    comparison: {type: 'change-since', baseYear: 2000, wording: 'more than in 2000'},
    series: 'international-migrant-stock',
    note: 'The note names 2000 as the base year; the end year, 2017, is the year of the report.',
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote: '258 million international migrants worldwide – 48% more than in 2000',
    },
  },
  {
    id: 'migrant-share-of-world-population',
    label: 'of the global population are migrants',
    value: 3.4,
    unit: 'percent',
    qualifier: 'none',
    period: {start: 2017, end: 2017, basis: 'report-year'},
    series: 'migrant-share-of-world-population',
    note: 'The note gives no year; 2017 is the year of the report and of the UN DESA estimate the figure matches (see its claim check).',
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote: 'Migrants are 3.4 % of the global population.',
    },
  },
  {
    id: 'earnings-spent-in-host-countries',
    label: 'of migrants’ earnings go to their host countries, on average',
    value: 85,
    unit: 'percent',
    qualifier: 'some',
    period: {start: 2017, end: 2017, basis: 'report-year'},
    note: 'The note gives no year; the period is the year of the report, which speaks in the present tense.',
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote: 'They contribute, on average, some 85% of their earnings to their host countries',
    },
  },
  {
    id: 'remittances',
    label: 'sent home by migrants in remittances',
    value: 600_000_000_000,
    unit: 'usd',
    qualifier: 'approximately',
    period: {start: 2017, end: 2017},
    series: 'global-remittance-inflows',
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote: 'Approximately $600 billion was sent in remittances in 2017',
    },
  },
  {
    id: 'remittances-to-oda-ratio',
    label: 'all official development assistance, in remittances sent home',
    value: 3,
    unit: 'ratio',
    qualifier: 'none',
    period: {start: 2017, end: 2017},
    expression: {type: 'multiple', factor: 3, wording: '3 times'},
    comparison: {type: 'relative-to', wording: 'all official development assistance'},
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote:
        'Approximately $600 billion was sent in remittances in 2017 – 3 times all official development assistance.',
    },
  },
  {
    id: 'women-share-of-migrants',
    label: 'of migrants are women',
    value: 48,
    unit: 'percent',
    qualifier: 'none',
    period: {start: 2017, end: 2017, basis: 'report-year'},
    series: 'female-share-of-migrants',
    note: 'The note gives no year; 2017 is the year of the report and of the UN DESA estimate the figure matches (see its claim check).',
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote: '48% of migrants are women',
    },
  },
  {
    id: 'migrant-women-in-work',
    label: 'of migrant women are in work',
    // The note says "two-thirds": the value is that fraction as a percentage, not a rounded
    // figure; show `expression.wording` rather than the number.
    value: (2 / 3) * 100,
    unit: 'percent',
    qualifier: 'none',
    period: {start: 2017, end: 2017, basis: 'report-year'},
    expression: {type: 'fraction', numerator: 2, denominator: 3, wording: 'two-thirds'},
    comparison: {
      type: 'versus',
      indicator: 'women-in-work-worldwide',
      wording: 'as opposed to half of women worldwide',
    },
    note: 'The note gives no year; the period is the year of the report, which speaks in the present tense.',
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote:
        '48% of migrants are women, and two-thirds are in work (as opposed to half of women worldwide).',
    },
  },
  {
    id: 'women-in-work-worldwide',
    label: 'of women worldwide are in work',
    value: 50,
    unit: 'percent',
    qualifier: 'none',
    period: {start: 2017, end: 2017, basis: 'report-year'},
    expression: {type: 'fraction', numerator: 1, denominator: 2, wording: 'half'},
    note: 'The note gives no year; the period is the year of the report, which speaks in the present tense.',
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote: '(as opposed to half of women worldwide)',
    },
  },
  {
    id: 'migrants-in-forced-labour',
    label: 'migrants trapped in forced labour',
    value: 6_000_000,
    unit: 'persons',
    qualifier: 'nearly',
    period: {start: 2017, end: 2017, basis: 'report-year'},
    note: 'The note says "today"; the period is the year of the report. In the source text this sentence is split by a misplaced line: it begins "Many migrants face abuse, exploitation and life-threatening" and the quote is its second half, as it stands.',
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote: 'there are nearly 6 million migrants trapped in forced labour today.',
    },
  },
  {
    id: 'migrant-deaths-since-2014',
    label: 'migrants and refugees died while looking for safety and dignity abroad',
    value: 20_000,
    unit: 'persons',
    qualifier: 'over',
    period: {start: 2014, end: 2017},
    note: 'The note names 2014 as the start; the end year, 2017, is the one the same sentence names ("more than 5,000 of them in 2017 alone"), not only the year of the report.',
    series: 'recorded-migrant-deaths',
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote:
        'Over 20,000 migrants and refugees died while looking for safety and dignity abroad since 2014',
    },
  },
  {
    id: 'migrant-deaths-2017',
    label: 'migrants and refugees died in 2017 alone',
    value: 5_000,
    unit: 'persons',
    qualifier: 'more-than',
    period: {start: 2017, end: 2017},
    series: 'recorded-migrant-deaths',
    provenance: {
      source: NOTE,
      locator: WHY_NOW,
      quote:
        'Over 20,000 migrants and refugees died while looking for safety and dignity abroad since 2014, more than 5,000 of them in 2017 alone.',
    },
  },
] satisfies readonly WrittenIndicator[];

/** The id of an indicator: `'international-migrants' | 'migrant-growth-since-2000' | …`. */
export type IndicatorId = (typeof records)[number]['id'];

/**
 * Every figure of the background note, in the note's own terms: the note's number (not the
 * primary source's), its qualifier, and a verbatim quote as provenance.
 */
export const indicators: readonly Indicator[] = records;

const byId = lookup('indicator', indicators);

/**
 * The indicator with this id, or `undefined`. Never throws. Takes any string (an attribute
 * value, a query parameter); TypeScript suggests the known ids.
 */
export function getIndicator(id: IndicatorId | (string & {})): Indicator | undefined {
  return byId.get(id);
}

/**
 * The indicator with this id; throws an `Error` that lists close matches when there is none.
 * TypeScript accepts known ids only, so a misspelt one fails to compile.
 */
export function requireIndicator(id: IndicatorId): Indicator {
  return byId.require(id);
}
