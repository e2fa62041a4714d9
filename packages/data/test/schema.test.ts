import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import * as data from '@mwfa/data';
import {problems} from '../scripts/build-data.js';
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
