import {describe, expect, it} from 'vitest';
import {
  claimChecks,
  getClaimCheck,
  getContextFigure,
  getIndicator,
  getSeries,
  getSource,
} from '@mwfa/data';

// The note's figures in base units, copied by hand from the table.
const expected = {
  'international-migrants': {
    value: 258_000_000,
    unit: 'persons',
    qualifier: 'none',
    text: '258 million',
  },
  'migrant-growth-since-2000': {value: 48, unit: 'percent', qualifier: 'none', text: '48%'},
  'migrant-share-of-world-population': {
    value: 3.4,
    unit: 'percent',
    qualifier: 'none',
    text: '3.4 %',
  },
  'earnings-spent-in-host-countries': {
    value: 85,
    unit: 'percent',
    qualifier: 'some',
    text: 'some 85%',
  },
  remittances: {
    value: 600_000_000_000,
    unit: 'usd',
    qualifier: 'approximately',
    text: 'Approximately $600 billion',
  },
  'remittances-to-oda-ratio': {value: 3, unit: 'ratio', qualifier: 'none', text: '3 times'},
  'women-share-of-migrants': {value: 48, unit: 'percent', qualifier: 'none', text: '48%'},
  'women-in-work-worldwide': {value: 50, unit: 'percent', qualifier: 'none', text: 'half'},
  'migrants-in-forced-labour': {
    value: 6_000_000,
    unit: 'persons',
    qualifier: 'nearly',
    text: 'nearly 6 million',
  },
  'migrant-deaths-since-2014': {
    value: 20_000,
    unit: 'persons',
    qualifier: 'over',
    text: 'Over 20,000',
  },
  'migrant-deaths-2017': {
    value: 5_000,
    unit: 'persons',
    qualifier: 'more-than',
    text: 'more than 5,000',
  },
} as const;

describe('indicators carry the note’s own figures', () => {
  for (const [id, want] of Object.entries(expected)) {
    it(`${id}: ${want.text}`, () => {
      const indicator = getIndicator(id);
      expect(indicator).toMatchObject({
        value: want.value,
        unit: want.unit,
        qualifier: want.qualifier,
      });
      expect(indicator?.provenance.quote).toContain(want.text);
    });
  }

  it('migrant-women-in-work is "two-thirds", kept as a fraction, not a rounded number', () => {
    const indicator = getIndicator('migrant-women-in-work');
    // "two-thirds are in work": no "nearly" or "some".
    expect(indicator?.qualifier).toBe('none');
    expect(indicator?.expression).toEqual({
      type: 'fraction',
      numerator: 2,
      denominator: 3,
      wording: 'two-thirds',
    });
    expect(indicator?.value).toBeCloseTo(66.6667, 4);
    expect(indicator?.comparison).toEqual({
      type: 'versus',
      indicator: 'women-in-work-worldwide',
      wording: 'as opposed to half of women worldwide',
    });
  });

  it('women-in-work-worldwide is "half"', () => {
    expect(getIndicator('women-in-work-worldwide')?.expression).toMatchObject({
      type: 'fraction',
      numerator: 1,
      denominator: 2,
      wording: 'half',
    });
  });

  it('remittances-to-oda-ratio is "3 times" all official development assistance', () => {
    const indicator = getIndicator('remittances-to-oda-ratio');
    expect(indicator?.expression).toMatchObject({type: 'multiple', factor: 3, wording: '3 times'});
    expect(indicator?.comparison).toMatchObject({type: 'relative-to'});
  });

  it('migrant-growth-since-2000 compares with 2000', () => {
    expect(getIndicator('migrant-growth-since-2000')?.comparison).toMatchObject({
      type: 'change-since',
      baseYear: 2000,
    });
  });

  it('migrant-deaths-since-2014 covers 2014 to 2017', () => {
    expect(getIndicator('migrant-deaths-since-2014')?.period).toEqual({start: 2014, end: 2017});
  });
});

describe('claim checks publish the known differences', () => {
  it('"48% more than in 2000" differs from DESA’s 49 per cent', () => {
    expect(getClaimCheck('migrant-growth-since-2000')).toMatchObject({
      verdict: 'differs',
      primaryValue: 49,
    });
  });

  it('"3 times ODA" holds for flows to low- and middle-income countries only', () => {
    const check = getClaimCheck('remittances-to-oda-ratio');
    expect(check?.verdict).toBe('holds-for-subset');
    expect(check?.primaryValue).toBeCloseTo(466 / 146.6, 6);
    expect(check?.note).toMatch(/low- and middle-income/);
  });

  it('258 million agrees with DESA’s 257,715,425', () => {
    expect(getClaimCheck('international-migrants')).toMatchObject({
      verdict: 'agrees',
      primaryValue: 257_715_425,
    });
  });

  // The source folder's own comparison says "agree in magnitude": one in four of 24.9 million is
  // about 6.2 million, which "nearly 6 million" does not cover.
  it('"nearly 6 million" in forced labour agrees with one in four of 24.9 million in magnitude only', () => {
    expect(getClaimCheck('migrants-in-forced-labour')).toMatchObject({
      verdict: 'agrees-in-magnitude',
      primaryValue: 24_900_000 / 4,
    });
  });
});

describe('a claim check’s primary figure is its evidence’s', () => {
  /** The value a piece of evidence gives: a context figure, or a year of a series. */
  const valueOf = (ref: string) => {
    const [id = '', year] = ref.split('@');
    return year
      ? getSeries(id)?.observations.find((o) => o.year === Number(year))?.value
      : getContextFigure(id)?.value;
  };

  // A figure computed from the evidence says how (the ratio, one piece over another): a data team
  // joining the tables finds it in no row.
  for (const check of claimChecks.filter((c) => !c.derivation)) {
    it(`${check.indicator}: ${check.primaryValue} is what ${check.evidence[0]} gives`, () => {
      expect(valueOf(check.evidence[0]!)).toBeCloseTo(check.primaryValue, 6);
    });
  }

  it('remittances-to-oda-ratio: remittances to low- and middle-income countries over ODA', () => {
    const check = getClaimCheck('remittances-to-oda-ratio')!;
    expect(check.evidence.slice(0, 2)).toEqual(['remittances-lmic-2017', 'oda-2017']);
    expect(check.derivation).toMatch(/^remittances-lmic-2017 ÷ oda-2017:/);
    expect(check.primaryValue).toBeCloseTo(
      valueOf('remittances-lmic-2017')! / valueOf('oda-2017')!,
      6,
    );
  });
});

describe('context series say what they are', () => {
  it('international-migrant-stock: DESA Rev.2017, 1990 to 2017', () => {
    const stock = getSeries('international-migrant-stock');
    expect(stock?.observations.at(0)).toEqual({year: 1990, value: 152_542_373});
    expect(stock?.observations.at(-1)).toEqual({year: 2017, value: 257_715_425});
  });

  it('female-share-of-migrants is derived and gives its arithmetic', () => {
    const share = getSeries('female-share-of-migrants');
    expect(share?.status).toBe('derived');
    expect(share?.derivation).toMatch(/female-migrant-stock/);
  });

  it('global-remittance-inflows marks 2017 as a projection of the October 2017 release', () => {
    const inflows = getSeries('global-remittance-inflows');
    expect(inflows?.observations.find((o) => o.year === 2017)).toMatchObject({
      value: 595_694_727_000,
      projection: true,
    });
    expect(inflows?.observations.filter((o) => o.projection).map((o) => o.year)).toEqual([2017]);
  });

  it('recorded-migrant-deaths cites the release of 2017 separately', () => {
    const deaths = getSeries('recorded-migrant-deaths');
    expect(deaths?.observations.find((o) => o.year === 2017)).toMatchObject({
      value: 6_142,
      source: 'iom-press-2018-deaths-2017',
    });
  });
});

describe('sources are cited as the source folder gives them', () => {
  it('the IOM press release on 2017 deaths by the start of its title, not completed from its address', () => {
    expect(getSource('iom-press-2018-deaths-2017')?.title).toBe(
      '6,000 migrant deaths recorded in 2017 …',
    );
  });
});
