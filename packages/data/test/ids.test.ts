import {describe, expect, it} from 'vitest';
import {
  claimChecks,
  contextFigures,
  indicators,
  keyMessages,
  milestones,
  series,
  getSource,
  sources,
} from '@mwfa/data';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const collections = {indicators, keyMessages, milestones, series, contextFigures, sources};

describe('ids', () => {
  for (const [name, records] of Object.entries(collections)) {
    it(`${name}: every id is kebab-case and unique`, () => {
      const ids = records.map((r) => r.id);
      expect(ids.filter((id) => !kebab.test(id))).toEqual([]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });
  }

  it('claim checks: at most one per indicator', () => {
    const ids = claimChecks.map((c) => c.indicator);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('publishes the twelve indicators the issue names', () => {
    expect(indicators.map((i) => i.id).sort()).toEqual(
      [
        'international-migrants',
        'migrant-growth-since-2000',
        'migrant-share-of-world-population',
        'earnings-spent-in-host-countries',
        'remittances',
        'remittances-to-oda-ratio',
        'women-share-of-migrants',
        'migrant-women-in-work',
        'women-in-work-worldwide',
        'migrants-in-forced-labour',
        'migrant-deaths-since-2014',
        'migrant-deaths-2017',
      ].sort(),
    );
  });

  it('publishes at least the key messages the issue names', () => {
    const ids = keyMessages.map((m) => m.id);
    for (const id of [
      'call-for-cooperation',
      'xenophobic-narratives',
      'overwhelming-evidence',
      'broaden-opportunities',
      'rule-of-law',
      'legal-pathways',
      'avoid-draconian-policies',
      'fewer-irregular-crossings',
      'states-manage-entry',
      'large-movements-strategy',
      'not-legally-binding',
      'un-system-support',
      'climate-and-demography',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('publishes at least the series the issue names', () => {
    const ids = series.map((s) => s.id);
    for (const id of [
      'international-migrant-stock',
      'migrant-share-of-world-population',
      'female-share-of-migrants',
      'global-remittance-inflows',
      'recorded-migrant-deaths',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('references', () => {
  const sourceIds = new Set(sources.map((s) => s.id));
  const indicatorIds = new Set(indicators.map((i) => i.id));
  const seriesIds = new Set(series.map((s) => s.id));

  it('every source id resolves', () => {
    const cited = [
      ...indicators.map((i) => i.provenance.source),
      ...keyMessages.map((m) => m.source),
      ...milestones.flatMap((m) => [m.provenance.source, m.context?.source ?? m.provenance.source]),
      ...series.flatMap((s) => [s.source, ...s.observations.map((o) => o.source ?? s.source)]),
      ...contextFigures.map((f) => f.source),
    ];
    expect(cited.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it('every related indicator id resolves', () => {
    const related = [
      ...keyMessages.flatMap((m) => m.indicators),
      ...indicators.flatMap((i) =>
        i.comparison?.type === 'versus' ? [i.comparison.indicator] : [],
      ),
      ...claimChecks.map((c) => c.indicator),
    ];
    expect(related.filter((id) => !indicatorIds.has(id))).toEqual([]);
  });

  it('every series id on an indicator resolves', () => {
    const linked = indicators.flatMap((i) => (i.series ? [i.series] : []));
    expect(linked.filter((id) => !seriesIds.has(id))).toEqual([]);
  });

  it('links the indicators to the series the issue names', () => {
    const linked = Object.fromEntries(indicators.map((i) => [i.id, i.series]));
    expect(linked).toMatchObject({
      'international-migrants': 'international-migrant-stock',
      remittances: 'global-remittance-inflows',
      'migrant-deaths-since-2014': 'recorded-migrant-deaths',
      'migrant-deaths-2017': 'recorded-migrant-deaths',
      'migrant-share-of-world-population': 'migrant-share-of-world-population',
      'women-share-of-migrants': 'female-share-of-migrants',
    });
  });

  it('every claim-check evidence resolves to a context figure or a series year', () => {
    const figureIds = new Set<string>(contextFigures.map((f) => f.id));
    const unresolved = claimChecks
      .flatMap((c) => c.evidence)
      .filter((ref) => {
        const [id = '', year] = ref.split('@');
        if (year === undefined) return !figureIds.has(id);
        return !series.find((s) => s.id === id)?.observations.some((o) => o.year === Number(year));
      });
    expect(unresolved).toEqual([]);
  });
});

describe('years', () => {
  for (const s of series) {
    it(`${s.id}: observation years are strictly ascending`, () => {
      const years = s.observations.map((o) => o.year);
      expect(years.every((year, i) => i === 0 || (years[i - 1] ?? Infinity) < year)).toBe(true);
    });
  }

  // The note speaks in the present tense ("There are 258 million", "today"): a year its quote
  // does not name is the year of the report, and the period must say so (period.basis).
  const reportYear = 2017; // A/72/643 is of 12 December 2017
  // Years the note names outside the quoted words.
  const namedBeyondQuote: Record<string, number[]> = {
    // The sentence goes on: "more than 5,000 of them in 2017 alone".
    'migrant-deaths-since-2014': [2017],
  };
  for (const i of indicators) {
    const named = new Set([
      ...(i.provenance.quote.match(/\b\d{4}\b/g)?.map(Number) ?? []),
      ...(namedBeyondQuote[i.id] ?? []),
    ]);
    const unnamed = [...new Set([i.period.start, i.period.end])].filter((y) => !named.has(y));
    it(`${i.id}: the period is marked report-year exactly where the quote names no year`, () => {
      expect(unnamed.filter((y) => y !== reportYear)).toEqual([]);
      expect(i.period.basis).toBe(unnamed.length > 0 ? 'report-year' : undefined);
    });
  }

  it('a report-year period ends in the year its source was published', () => {
    const records = [
      ...indicators.map((i) => ({id: i.id, period: i.period, source: i.provenance.source})),
      ...contextFigures,
    ].filter((r) => r.period.basis === 'report-year');
    expect(records.length).toBeGreaterThan(0);
    for (const {id, period, source} of records) {
      const published = getSource(source)?.vintage.match(/\b\d{4}\b/)?.[0];
      expect({id, end: period.end}).toEqual({id, end: Number(published)});
    }
  });

  it('every period starts no later than it ends', () => {
    const periods = [...indicators, ...contextFigures].map((r) => [r.id, r.period] as const);
    expect(periods.filter(([, p]) => p.start > p.end)).toEqual([]);
  });
});
