import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import * as data from '@mwfa/data';
import {problems, renderFiles} from '../scripts/build-data.js';
import * as schema from '../scripts/schema.js';
import {distDir} from './paths.js';

const all = {
  indicators: data.indicators,
  keyMessages: data.keyMessages,
  milestones: data.milestones,
  series: data.series,
  contextFigures: data.contextFigures,
  claimChecks: data.claimChecks,
  sources: data.sources,
};

describe('schema', () => {
  for (const [name, records] of Object.entries(all)) {
    it(`every record of ${name} is valid`, () => {
      const invalid = (records as readonly unknown[])
        .map((record) => schema.collections[name as keyof typeof all].safeParse(record))
        .filter((result) => !result.success)
        .map((result) => result.error?.message);
      expect(invalid).toEqual([]);
    });
  }

  it('the build check finds no problem in the published data', () => {
    expect(problems(all)).toEqual([]);
  });

  it('a bad record is reported with its collection, id and field', () => {
    const [first, ...rest] = data.indicators;
    const broken = {...first!, unit: 'people', provenance: {...first!.provenance, quote: ' '}};
    const found = problems({...all, indicators: [broken as never, ...rest]});
    expect(found).toContain(
      'indicators record "international-migrants" field "unit": Invalid option: expected one of "persons"|"percent"|"usd"|"ratio"',
    );
    expect(
      found.some((line) =>
        line.startsWith('indicators record "international-migrants" field "provenance.quote"'),
      ),
    ).toBe(true);
  });

  it('a dangling reference is reported', () => {
    const [first, ...rest] = data.keyMessages;
    const found = problems({
      ...all,
      // @ts-expect-error TypeScript catches it too; the build checks data as JavaScript sees it.
      keyMessages: [{...first!, indicators: ['no-such-id']}, ...rest],
    });
    expect(found).toEqual([
      'keyMessages record "call-for-cooperation" field "indicators.0": unknown indicator "no-such-id"',
    ]);
  });

  // Each mistake the build must stop, in a copy of the published data, with the line it reports.
  const [indicator, ...otherIndicators] = data.indicators;
  const [series, ...otherSeries] = data.series;
  const [milestone, ...otherMilestones] = data.milestones;
  const womenInWork = data.indicators.find((i) => i.id === 'migrant-women-in-work')!;
  const [check, ...otherChecks] = data.claimChecks;
  const broken: [string, Partial<typeof all>, string][] = [
    [
      'a duplicate id',
      {indicators: [...data.indicators, indicator!]},
      'indicators record "international-migrants" field "id": duplicate',
    ],
    [
      'an unknown source',
      {
        indicators: [
          {...indicator!, provenance: {...indicator!.provenance, source: 'no-such-source'}},
          ...otherIndicators,
        ] as never,
      },
      'indicators record "international-migrants" field "provenance.source": unknown source "no-such-source"',
    ],
    [
      'an unknown series',
      {indicators: [{...indicator!, series: 'no-such-series'}, ...otherIndicators] as never},
      'indicators record "international-migrants" field "series": unknown series "no-such-series"',
    ],
    [
      'an unknown indicator compared with',
      {
        indicators: [
          ...data.indicators.filter((i) => i !== womenInWork),
          {...womenInWork, comparison: {...womenInWork.comparison!, indicator: 'no-such-id'}},
        ] as never,
      },
      'indicators record "migrant-women-in-work" field "comparison.indicator": unknown indicator "no-such-id"',
    ],
    [
      // A sparkline of percentages under a count of persons.
      'a series in another unit than its figure',
      {
        indicators: [
          {...indicator!, series: 'migrant-share-of-world-population'},
          ...otherIndicators,
        ] as never,
      },
      'indicators record "international-migrants" field "series": series "migrant-share-of-world-population" has another unit',
    ],
    [
      'evidence of a year the series does not have',
      {
        claimChecks: [
          {...check!, evidence: ['international-migrant-stock@2016']},
          ...otherChecks,
        ] as never,
      },
      'claimChecks record "international-migrants" field "evidence.0": "international-migrant-stock@2016" resolves to nothing',
    ],
    [
      'a year given twice',
      {
        series: [
          {...series!, observations: [series!.observations[0]!, ...series!.observations]},
          ...otherSeries,
        ],
      },
      'series record "international-migrant-stock" field "observations": years must be strictly ascending',
    ],
    [
      'a derived series without its arithmetic',
      {series: [{...series!, status: 'derived'}, ...otherSeries]},
      'series record "international-migrant-stock" field "derivation": a derived series needs a derivation',
    ],
    [
      'a milestone date that is no ISO date',
      {milestones: [{...milestone!, date: '2018 December'}, ...otherMilestones]},
      `milestones record "${milestone!.id}" field "date": must be YYYY, YYYY-MM or YYYY-MM-DD`,
    ],
  ];
  for (const [what, change, line] of broken) {
    it(`reports ${what}`, () => {
      expect(problems({...all, ...change})).toEqual([line]);
    });
  }

  it('the build refuses to write any file from invalid data, naming the record and field', () => {
    expect(() =>
      renderFiles({...all, indicators: [...data.indicators, indicator!]}, '1.0.0', 'test'),
    ).toThrow('indicators record "international-migrants" field "id": duplicate');
  });

  it('a series with years out of order is reported', () => {
    const [first, ...rest] = data.series;
    const observations = [...first!.observations].reverse();
    const found = problems({...all, series: [{...first!, observations}, ...rest]});
    expect(found).toContain(
      'series record "international-migrant-stock" field "observations": years must be strictly ascending',
    );
  });
});

describe('schema.json', () => {
  const json = JSON.parse(readFileSync(resolve(distDir, 'schema.json'), 'utf8')) as {
    $defs: Record<string, Record<string, unknown>>;
  };

  it('defines every record shape', () => {
    expect(Object.keys(json.$defs)).toEqual(
      expect.arrayContaining([
        'Indicator',
        'KeyMessage',
        'Milestone',
        'Series',
        'Observation',
        'ContextFigure',
        'ClaimCheck',
        'Source',
      ]),
    );
  });

  it('describes every shape and every field', () => {
    const undescribed: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [field, def] of Object.entries(
          n.properties as Record<string, Record<string, unknown>>,
        )) {
          const described = typeof def.description === 'string' && def.description.length > 0;
          if (!described) undescribed.push(`${path}.${field}`);
          visit(def, `${path}.${field}`);
        }
      }
      for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
        if (Array.isArray(n[key]))
          (n[key] as unknown[]).forEach((v, i) => visit(v, `${path}[${i}]`));
      }
      if (n.items) visit(n.items, `${path}[]`);
    };
    for (const [name, def] of Object.entries(json.$defs)) {
      if (typeof def.description !== 'string') undescribed.push(name);
      visit(def, name);
    }
    expect(undescribed).toEqual([]);
  });
});
