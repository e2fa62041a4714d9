// Type tests: `pnpm test` runs them through tsc (vitest typecheck), and `check-types` checks
// this file too. Nothing here runs.
import {describe, expectTypeOf, it} from 'vitest';
import {
  getClaimCheck,
  getContextFigure,
  getIndicator,
  getKeyMessage,
  getMilestone,
  getSeries,
  getSource,
  requireContextFigure,
  requireIndicator,
  requireKeyMessage,
  requireMilestone,
  requireSeries,
  requireSource,
  type ClaimCheck,
  type ClaimEvidence,
  type ContextFigure,
  type ContextFigureId,
  type Indicator,
  type IndicatorId,
  type KeyMessage,
  type KeyMessageId,
  type Milestone,
  type MilestoneId,
  type Series,
  type SeriesId,
  type Source,
  type SourceId,
} from '@mwfa/data';
import type {IndicatorId as FromSubpath} from '@mwfa/data/indicators';

describe('id types', () => {
  it('IndicatorId is exactly the twelve indicators', () => {
    expectTypeOf<IndicatorId>().toEqualTypeOf<
      | 'international-migrants'
      | 'migrant-growth-since-2000'
      | 'migrant-share-of-world-population'
      | 'earnings-spent-in-host-countries'
      | 'remittances'
      | 'remittances-to-oda-ratio'
      | 'women-share-of-migrants'
      | 'migrant-women-in-work'
      | 'women-in-work-worldwide'
      | 'migrants-in-forced-labour'
      | 'migrant-deaths-since-2014'
      | 'migrant-deaths-2017'
    >();
    expectTypeOf<FromSubpath>().toEqualTypeOf<IndicatorId>();
  });

  it('SeriesId is exactly the six context series', () => {
    expectTypeOf<SeriesId>().toEqualTypeOf<
      | 'international-migrant-stock'
      | 'migrant-share-of-world-population'
      | 'female-migrant-stock'
      | 'female-share-of-migrants'
      | 'global-remittance-inflows'
      | 'recorded-migrant-deaths'
    >();
  });

  it('the other unions hold their ids, and no other string', () => {
    expectTypeOf<'legal-pathways'>().toExtend<KeyMessageId>();
    expectTypeOf<'legal-pathway'>().not.toExtend<KeyMessageId>();
    expectTypeOf<'sg-report-a-72-643'>().toExtend<SourceId>();
    expectTypeOf<'oecd-oda'>().not.toExtend<SourceId>();
    expectTypeOf<'oda-2017'>().toExtend<ContextFigureId>();
    expectTypeOf<'oda-2018'>().not.toExtend<ContextFigureId>();
    expectTypeOf<MilestoneId>().toEqualTypeOf<'global-compact-adoption' | 'sdg-10'>();
    expectTypeOf<string>().not.toExtend<KeyMessageId>();
    expectTypeOf<string>().not.toExtend<SourceId>();
    expectTypeOf<string>().not.toExtend<ContextFigureId>();
  });
});

describe('requireX(id) takes known ids only', () => {
  it('compiles with a known id', () => {
    expectTypeOf(requireIndicator('remittances')).toEqualTypeOf<Indicator>();
    expectTypeOf(requireKeyMessage('legal-pathways')).toEqualTypeOf<KeyMessage>();
    expectTypeOf(requireSeries('recorded-migrant-deaths')).toEqualTypeOf<Series>();
    expectTypeOf(requireSource('sg-report-a-72-643')).toEqualTypeOf<Source>();
    expectTypeOf(requireContextFigure('oda-2017')).toEqualTypeOf<ContextFigure>();
    expectTypeOf(requireMilestone('sdg-10')).toEqualTypeOf<Milestone>();
  });

  it('a misspelt id is a compile error', () => {
    // @ts-expect-error not an indicator id
    requireIndicator('remitances');
    // @ts-expect-error not a key message id
    requireKeyMessage('legal-pathway');
    // @ts-expect-error not a series id
    requireSeries('recorded-deaths');
    // @ts-expect-error not a source id
    requireSource('oecd-oda');
    // @ts-expect-error not a context figure id
    requireContextFigure('oda-2018');
    // @ts-expect-error not a milestone id
    requireMilestone('sdg10');
  });

  it('a string known only at run time is a compile error', () => {
    const fromPage = String(Math.random());
    // @ts-expect-error use getIndicator, which may return undefined
    requireIndicator(fromPage);
  });
});

describe('getX(id) takes any string', () => {
  it('returns the record or undefined', () => {
    const fromPage: string = String(Math.random());
    expectTypeOf(getIndicator(fromPage)).toEqualTypeOf<Indicator | undefined>();
    expectTypeOf(getKeyMessage(fromPage)).toEqualTypeOf<KeyMessage | undefined>();
    expectTypeOf(getSeries(fromPage)).toEqualTypeOf<Series | undefined>();
    expectTypeOf(getSource(fromPage)).toEqualTypeOf<Source | undefined>();
    expectTypeOf(getContextFigure(fromPage)).toEqualTypeOf<ContextFigure | undefined>();
    expectTypeOf(getMilestone(fromPage)).toEqualTypeOf<Milestone | undefined>();
    expectTypeOf(getClaimCheck(fromPage)).toEqualTypeOf<ClaimCheck | undefined>();
    expectTypeOf(getIndicator('remitances')).toEqualTypeOf<Indicator | undefined>();
  });
});

describe('records name each other by typed id', () => {
  it('the id fields are the unions', () => {
    expectTypeOf<Indicator['id']>().toEqualTypeOf<IndicatorId>();
    expectTypeOf<KeyMessage['id']>().toEqualTypeOf<KeyMessageId>();
    expectTypeOf<Milestone['id']>().toEqualTypeOf<MilestoneId>();
    expectTypeOf<Series['id']>().toEqualTypeOf<SeriesId>();
    expectTypeOf<ContextFigure['id']>().toEqualTypeOf<ContextFigureId>();
    expectTypeOf<Source['id']>().toEqualTypeOf<SourceId>();
  });

  it('a reference can be passed straight to requireX', () => {
    const figure = requireIndicator('remittances');
    expectTypeOf(figure.series).toEqualTypeOf<SeriesId | undefined>();
    expectTypeOf(figure.provenance.source).toEqualTypeOf<SourceId>();
    if (figure.series) requireSeries(figure.series);
    requireSource(figure.provenance.source);
    if (figure.comparison?.type === 'versus') requireIndicator(figure.comparison.indicator);

    const message = requireKeyMessage('overwhelming-evidence');
    expectTypeOf(message.indicators).toEqualTypeOf<IndicatorId[]>();
    message.indicators.map(requireIndicator);
    requireSource(message.source);

    const series = requireSeries('recorded-migrant-deaths');
    requireSource(series.source);
    for (const {source} of series.observations) if (source) requireSource(source);

    expectTypeOf<ClaimCheck['indicator']>().toEqualTypeOf<IndicatorId>();
    expectTypeOf<ClaimCheck['evidence']>().toEqualTypeOf<ClaimEvidence[]>();
    expectTypeOf<'recorded-migrant-deaths@2017'>().toExtend<ClaimEvidence>();
    expectTypeOf<'recorded-deaths@2017'>().not.toExtend<ClaimEvidence>();
  });
});
