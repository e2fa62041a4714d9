import type {ClaimCheck, IndicatorId} from './types.js';

export type {ClaimCheck, ClaimEvidence, Verdict} from './types.js';

/**
 * For each report indicator that a primary source can test: what the primary source says, and
 * whether the note's figure agrees with it. `evidence` entries are context figure ids or
 * `series-id@year`.
 */
export const claimChecks: readonly ClaimCheck[] = [
  {
    indicator: 'international-migrants',
    verdict: 'agrees',
    primaryValue: 257_715_425,
    evidence: ['international-migrant-stock@2017'],
    note: 'DESA counts 257,715,425 international migrants in 2017; the note rounds to 258 million.',
  },
  {
    indicator: 'migrant-growth-since-2000',
    verdict: 'differs',
    primaryValue: 49,
    evidence: [
      'migrant-growth-since-2000-desa',
      'international-migrant-stock@2000',
      'international-migrant-stock@2017',
    ],
    note: 'The note says 48%; DESA says “an increase of 49 per cent since 2000” (172.6 to 257.7 million, +49.3%).',
  },
  {
    indicator: 'migrant-share-of-world-population',
    verdict: 'agrees',
    primaryValue: 3.4,
    evidence: ['migrant-share-of-world-population@2017'],
    note: 'DESA gives 3.4% for 2017, as the note does.',
  },
  {
    indicator: 'earnings-spent-in-host-countries',
    verdict: 'agrees',
    primaryValue: 85,
    evidence: ['earnings-kept-in-host-countries'],
    note: 'IFAD: of about US$ 3 trillion earned a year, approximately 85% remains in host countries.',
  },
  {
    indicator: 'remittances',
    verdict: 'agrees',
    primaryValue: 595_694_727_000,
    evidence: ['global-remittance-inflows@2017', 'remittances-global-2017'],
    note: 'The World Bank projected US$ 596 billion in October 2017 and estimated US$ 613 billion in April 2018: approximately US$ 600 billion.',
  },
  {
    indicator: 'remittances-to-oda-ratio',
    verdict: 'holds-for-subset',
    primaryValue: 466_000_000_000 / 146_600_000_000,
    derivation: 'remittances-lmic-2017 ÷ oda-2017: US$ 466 billion ÷ US$ 146.6 billion.',
    evidence: [
      'remittances-lmic-2017',
      'oda-2017',
      'remittances-global-2017',
      'global-remittance-inflows@2017',
      'remittances-lmic-2017-projection',
      'oda-2016',
    ],
    note: '“3 times” holds for remittances to low- and middle-income countries (US$ 466 bn ÷ ODA US$ 146.6 bn ≈ 3.2; with the figures of the report’s date, the October 2017 projection of US$ 450 bn ÷ 2016 ODA of US$ 142.6 bn, also ≈ 3.2); global remittances (US$ 596–613 bn) are about 4.1–4.2 times ODA.',
  },
  {
    indicator: 'women-share-of-migrants',
    verdict: 'agrees',
    primaryValue: 48.4,
    evidence: ['female-share-of-migrants@2017'],
    note: 'Women are 48.4% of international migrants in 2017 (DESA; derived from the stock by sex).',
  },
  {
    indicator: 'migrant-women-in-work',
    verdict: 'agrees',
    primaryValue: 67.0,
    evidence: ['migrant-women-labour-force-participation'],
    note: 'ILO: 67.0% of migrant women participate in the labour force (reference year 2013), about two-thirds.',
  },
  {
    indicator: 'women-in-work-worldwide',
    verdict: 'agrees',
    primaryValue: 50.8,
    evidence: ['non-migrant-women-labour-force-participation'],
    note: 'ILO: 50.8% of non-migrant women participate in the labour force (reference year 2013), about half.',
  },
  {
    indicator: 'migrants-in-forced-labour',
    verdict: 'agrees-in-magnitude',
    primaryValue: 24_900_000 / 4,
    evidence: [
      'migrants-in-forced-labour-derived',
      'forced-labour-total',
      'migrant-share-of-forced-labour',
    ],
    note: 'One in four of 24.9 million people in forced labour (2016) is about 6.2 million, a little more than “nearly 6 million”; “one in four” is itself rounded, so the two agree in magnitude.',
  },
  {
    indicator: 'migrant-deaths-since-2014',
    verdict: 'agrees',
    primaryValue: 22_500,
    evidence: ['migrant-deaths-since-2014-iom'],
    note: 'IOM recorded over 22,500 deaths and disappearances from 2014 to 30 November 2017; “over 20,000” is a lower bound.',
  },
  {
    indicator: 'migrant-deaths-2017',
    verdict: 'agrees',
    primaryValue: 6_142,
    evidence: ['recorded-migrant-deaths@2017'],
    note: 'IOM recorded 6,142 deaths and disappearances in 2017; “more than 5,000” is a lower bound.',
  },
];

const byIndicator = new Map<string, ClaimCheck>(
  claimChecks.map((check) => [check.indicator, check]),
);

/**
 * The claim check for this indicator id, or `undefined` (not every figure can be tested). Takes
 * any string; TypeScript suggests the indicator ids.
 */
export function getClaimCheck(indicatorId: IndicatorId | (string & {})): ClaimCheck | undefined {
  return byIndicator.get(indicatorId);
}
