import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {resolve} from 'node:path';
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import * as esm from '@mwfa/data';
import {distDir, packageDir} from './paths.js';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as {
  version: string;
};

type CsvRow = Record<string, string>;

function csv(name: string): {text: string; rows: CsvRow[]; header: string[]} {
  const text = readFileSync(resolve(distDir, `${name}.csv`), 'utf8');
  const rows = parse(text, {columns: true}) as CsvRow[];
  const header = (parse(text, {to_line: 1}) as string[][])[0] ?? [];
  return {text, rows, header};
}

/** A CSV cell as the value it stands for; an empty cell is an absent value. */
const cell = (value: string | number | boolean | undefined): string =>
  value === undefined ? '' : String(value);

describe('JSON (via require) matches the ES modules record by record', () => {
  const cases = [
    ['indicators', 'indicators', esm.indicators],
    ['key-messages', 'keyMessages', esm.keyMessages],
    ['milestones', 'milestones', esm.milestones],
    ['series', 'series', esm.series],
    ['context-figures', 'contextFigures', esm.contextFigures],
    ['claims', 'claimChecks', esm.claimChecks],
    ['sources', 'sources', esm.sources],
  ] as const;
  for (const [file, key, records] of cases) {
    it(`@mwfa/data/${file}.json`, () => {
      const json = require(`@mwfa/data/${file}.json`) as Record<string, unknown>;
      expect(json.name).toBe('@mwfa/data');
      expect(json.version).toBe(pkg.version);
      expect(json[key]).toEqual(records);
    });
  }

  it('the ES module says the same version as package.json', () => {
    expect(esm.version).toBe(pkg.version);
  });
});

describe('CSV matches the ES modules record by record', () => {
  it('indicators.csv', () => {
    const {rows} = csv('indicators');
    expect(rows.map((r) => r.id)).toEqual(esm.indicators.map((i) => i.id));
    for (const i of esm.indicators) {
      const row = rows.find((r) => r.id === i.id);
      const fraction = i.expression?.type === 'fraction' ? i.expression : undefined;
      const multiple = i.expression?.type === 'multiple' ? i.expression : undefined;
      expect(row).toMatchObject({
        label: i.label,
        unit: i.unit,
        qualifier: i.qualifier,
        period_start: String(i.period.start),
        period_end: String(i.period.end),
        period_basis: cell(i.period.basis),
        expression_type: cell(i.expression?.type),
        expression_wording: cell(i.expression?.wording),
        expression_numerator: cell(fraction?.numerator),
        expression_denominator: cell(fraction?.denominator),
        expression_factor: cell(multiple?.factor),
        comparison_type: cell(i.comparison?.type),
        comparison_indicator: cell(
          i.comparison?.type === 'versus' ? i.comparison.indicator : undefined,
        ),
        comparison_base_year: cell(
          i.comparison?.type === 'change-since' ? i.comparison.baseYear : undefined,
        ),
        comparison_wording: cell(i.comparison?.wording),
        series: cell(i.series),
        note: cell(i.note),
        source: i.provenance.source,
        locator: i.provenance.locator,
        quote: i.provenance.quote,
      });
      expect(Number(row?.value)).toBe(i.value);
    }
    // The note's "two-thirds" and "3 times", as the expression columns write them.
    expect(rows.find((r) => r.id === 'migrant-women-in-work')).toMatchObject({
      expression_type: 'fraction',
      expression_numerator: '2',
      expression_denominator: '3',
      expression_factor: '',
    });
    expect(rows.find((r) => r.id === 'remittances-to-oda-ratio')).toMatchObject({
      expression_type: 'multiple',
      expression_numerator: '',
      expression_denominator: '',
      expression_factor: '3',
    });
    // The note's comparisons, as their columns write them.
    expect(rows.find((r) => r.id === 'migrant-growth-since-2000')).toMatchObject({
      comparison_type: 'change-since',
      comparison_base_year: '2000',
      comparison_indicator: '',
    });
    expect(rows.find((r) => r.id === 'migrant-women-in-work')).toMatchObject({
      comparison_type: 'versus',
      comparison_indicator: 'women-in-work-worldwide',
      comparison_base_year: '',
    });
  });

  it('observations.csv: one row per series and year, value for value', () => {
    const {rows} = csv('observations');
    const expected = esm.series.flatMap((s) =>
      s.observations.map((o) => ({
        series: s.id,
        year: String(o.year),
        value: o.value,
        unit: s.unit,
        status: o.status ?? s.status,
        projection: o.projection === true ? 'true' : 'false',
        source: o.source ?? s.source,
        note: cell(o.note),
        rounded_to: cell(o.roundedTo),
      })),
    );
    expect(rows.map((r) => ({...r, value: Number(r.value)}))).toEqual(expected);
  });

  it('key-messages.csv and key-message-indicators.csv', () => {
    const messages = csv('key-messages').rows;
    expect(messages).toEqual(
      esm.keyMessages.map((m) => ({
        id: m.id,
        kind: m.kind,
        quote: m.quote,
        summary: m.summary,
        locator: m.locator,
        source: m.source,
      })),
    );
    const links = csv('key-message-indicators').rows;
    expect(links).toEqual(
      esm.keyMessages.flatMap((m) =>
        m.indicators.map((indicator) => ({key_message: m.id, indicator})),
      ),
    );
  });

  it('claim-checks.csv and claim-check-evidence.csv', () => {
    const checks = csv('claim-checks').rows;
    expect(
      checks.map((r) => [
        r.indicator,
        r.verdict,
        Number(r.primary_value),
        r.derivation || undefined,
        r.note,
      ]),
    ).toEqual(
      esm.claimChecks.map((c) => [c.indicator, c.verdict, c.primaryValue, c.derivation, c.note]),
    );
    expect(csv('claim-check-evidence').rows.map((r) => [r.indicator, r.evidence])).toEqual(
      esm.claimChecks.flatMap((c) => c.evidence.map((evidence) => [c.indicator, evidence])),
    );
  });

  it('claim-check-evidence.csv marks the evidence that gives a primary value, qualifier and all', () => {
    // IOM says "over 22,500": a report-against-source table built from the CSV must find "over".
    const rows = csv('claim-check-evidence').rows;
    const giving = rows.filter((r) => r.gives_primary_value === 'true');
    expect(giving.find((r) => r.indicator === 'migrant-deaths-since-2014')).toMatchObject({
      context_figure: 'migrant-deaths-since-2014-iom',
    });
    const figures = csv('context-figures').rows;
    expect(figures.find((f) => f.id === 'migrant-deaths-since-2014-iom')).toMatchObject({
      value: '22500',
      qualifier: 'over',
    });
    // The World Bank's October 2017 figure for 2017 was a projection.
    expect(giving.find((r) => r.indicator === 'remittances')).toMatchObject({
      series: 'global-remittance-inflows',
      year: '2017',
    });
    // A computed primary value (a ratio) is given by no single row.
    expect(rows.filter((r) => r.indicator === 'remittances-to-oda-ratio').length).toBeGreaterThan(
      1,
    );
    expect(
      rows.filter(
        (r) => r.indicator === 'remittances-to-oda-ratio' && r.gives_primary_value !== 'false',
      ),
    ).toEqual([]);
    // One row per check that has no derivation, and every other row false.
    expect(giving.map((r) => r.indicator)).toEqual(
      esm.claimChecks.filter((c) => !c.derivation).map((c) => c.indicator),
    );
    expect(
      rows.every((r) => r.gives_primary_value === 'true' || r.gives_primary_value === 'false'),
    ).toBe(true);
  });

  it('claim-check-evidence.csv splits each reference into columns a join can use', () => {
    // A spreadsheet or SQL join cannot split `series-id@year`: the row says it in its own columns.
    expect(
      csv('claim-check-evidence').rows.map((r) => [r.evidence, r.context_figure, r.series, r.year]),
    ).toEqual([
      ['international-migrant-stock@2017', '', 'international-migrant-stock', '2017'],
      ['migrant-growth-since-2000-desa', 'migrant-growth-since-2000-desa', '', ''],
      ['international-migrant-stock@2000', '', 'international-migrant-stock', '2000'],
      ...esm.claimChecks
        .flatMap((c) => c.evidence)
        .slice(3)
        .map((evidence) => {
          const [id = '', year] = evidence.split('@');
          return year ? [evidence, '', id, year] : [evidence, id, '', ''];
        }),
    ]);
  });

  it('sources.csv and context-figures.csv', () => {
    expect(csv('sources').rows).toEqual(
      esm.sources.map((s) => ({
        id: s.id,
        publisher: s.publisher,
        title: s.title,
        vintage: s.vintage,
        url: cell(s.url),
        symbol: cell(s.symbol),
        status: s.status,
      })),
    );
    const figures = csv('context-figures').rows;
    expect(figures.map((r) => ({...r, value: Number(r.value)}))).toEqual(
      esm.contextFigures.map((f) => ({
        id: f.id,
        label: f.label,
        value: f.value,
        unit: f.unit,
        period_start: String(f.period.start),
        period_end: String(f.period.end),
        period_basis: cell(f.period.basis),
        qualifier: f.qualifier,
        expression_type: cell(f.expression?.type),
        expression_wording: cell(f.expression?.wording),
        expression_numerator: cell(
          f.expression?.type === 'fraction' ? f.expression.numerator : undefined,
        ),
        expression_denominator: cell(
          f.expression?.type === 'fraction' ? f.expression.denominator : undefined,
        ),
        expression_factor: cell(
          f.expression?.type === 'multiple' ? f.expression.factor : undefined,
        ),
        source: f.source,
        status: f.status,
        derivation: cell(f.derivation),
        quote: cell(f.quote),
        note: cell(f.note),
      })),
    );
  });

  it('milestones.csv and series.csv', () => {
    expect(csv('milestones').rows).toEqual(
      esm.milestones.map((m) => ({
        id: m.id,
        label: m.label,
        date: cell(m.date),
        description: m.description,
        source: m.provenance.source,
        locator: m.provenance.locator,
        quote: m.provenance.quote,
        context_text: cell(m.context?.text),
        context_source: cell(m.context?.source),
        context_status: cell(m.context?.status),
      })),
    );
    expect(csv('series').rows).toEqual(
      esm.series.map((s) => ({
        id: s.id,
        label: s.label,
        unit: s.unit,
        description: s.description,
        source: s.source,
        status: s.status,
        derivation: cell(s.derivation),
      })),
    );
  });

  it('is RFC 4180: CRLF line ends, no byte-order mark, quotes around a comma', () => {
    const {text} = csv('indicators');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n').length).toBe(esm.indicators.length + 2);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(text).toContain(
      '"They contribute, on average, some 85% of their earnings to their host countries"',
    );
  });
});

/**
 * Table Schema's default lexical forms (no `bareNumber: false`, `groupChar` or `decimalChar`,
 * default true/false values), typed from the spec: a spreadsheet or pandas reads such a cell as
 * the type the descriptor declares.
 */
const TABLE_SCHEMA_TYPES: Record<string, RegExp> = {
  integer: /^[-+]?\d+$/,
  number: /^(?:[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|NaN|-?INF)$/,
  boolean: /^(?:true|True|TRUE|1|false|False|FALSE|0)$/,
};

describe('datapackage.json', () => {
  const descriptor = require('@mwfa/data/datapackage.json') as {
    $schema: string;
    version: string;
    licenses: unknown[];
    sources: {title: string; path?: string}[];
    resources: {
      name: string;
      type: string;
      profile: string;
      path: string;
      sources?: {title: string}[];
      schema: {
        fields: {
          name: string;
          type: string;
          description?: string;
          format?: string;
          constraints?: {
            required?: boolean;
            enum?: string[];
            pattern?: string;
            minimum?: number;
            maximum?: number;
            exclusiveMinimum?: number;
          };
        }[];
        primaryKey: string[];
        foreignKeys?: {fields: string[]; reference: {resource?: string; fields: string[]}}[];
      };
    }[];
  };

  it('is a Data Package v2 with the package version and a licence', () => {
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(descriptor.version).toBe(pkg.version);
    expect(descriptor.licenses.length).toBeGreaterThan(0);
  });

  it('says every resource is a table, to v2 tools and to v1 tools', () => {
    expect(descriptor.resources.filter((r) => r.type !== 'table').map((r) => r.name)).toEqual([]);
    expect(
      descriptor.resources.filter((r) => r.profile !== 'tabular-data-resource').map((r) => r.name),
    ).toEqual([]);
  });

  // Frictionless's JavaScript library (Data Package v1; there is none for v2 on npm). Strict, it
  // read no row without v1's `profile` ("not supported for non tabular data"), and with it found
  // the descriptor invalid while a key into its own table left out `resource`.
  it('a Data Package v1 library, strict, loads it and reads every row of every table', async () => {
    type Resource = {name: string; read: (options: {keyed: boolean}) => Promise<unknown[]>};
    const {Package} = require('datapackage') as {
      Package: {
        load: (
          descriptor: unknown,
          options: {basePath: string; strict: boolean},
        ) => Promise<{valid: boolean; resources: Resource[]}>;
      };
    };
    const loaded = await Package.load(descriptor, {basePath: distDir, strict: true});
    expect(loaded.valid).toBe(true);
    const counts = Object.fromEntries(
      await Promise.all(
        loaded.resources.map(async (r) => [r.name, (await r.read({keyed: true})).length] as const),
      ),
    );
    expect(counts).toEqual(
      Object.fromEntries(descriptor.resources.map((r) => [r.name, csv(r.name).rows.length])),
    );
  }, 60_000);

  it('lists every source with its title', () => {
    expect(descriptor.sources.length).toBe(esm.sources.length);
    expect(descriptor.sources.map((s) => s.title)).toContain(
      'United Nations, Department of Economic and Social Affairs, Population Division: Trends in International Migrant Stock: The 2017 Revision, Rev.2017',
    );
    // A portal shows the title as it is: "(9 April 2018 (preliminary))" reads as a typo.
    expect(descriptor.sources.filter((s) => /\([^)]*\(/.test(s.title))).toEqual([]);
  });

  for (const resource of descriptor.resources) {
    it(`resource ${resource.name}: the CSV exists and its header is the Table Schema's fields`, () => {
      expect(existsSync(resolve(distDir, resource.path))).toBe(true);
      const {header} = csv(resource.name);
      expect(header).toEqual(resource.schema.fields.map((f) => f.name));
      expect(resource.schema.fields.filter((f) => !f.description)).toEqual([]);
    });

    it(`resource ${resource.name}: every row meets the Table Schema's constraints and primary key`, () => {
      const {rows} = csv(resource.name);
      const broken: string[] = [];
      rows.forEach((row, n) => {
        for (const field of resource.schema.fields) {
          const value = row[field.name] ?? '';
          if (field.constraints?.required && value === '')
            broken.push(`row ${n + 2}: ${field.name} is empty`);
          if (value !== '' && field.constraints?.enum && !field.constraints.enum.includes(value)) {
            broken.push(`row ${n + 2}: ${field.name} "${value}" is not allowed`);
          }
          const lexical = TABLE_SCHEMA_TYPES[field.type];
          if (value !== '' && lexical && !lexical.test(value))
            broken.push(`row ${n + 2}: ${field.name} "${value}" is no ${field.type}`);
        }
      });
      const keys = rows.map((row) => resource.schema.primaryKey.map((k) => row[k]).join('|'));
      expect(broken).toEqual([]);
      expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    });

    it(`resource ${resource.name}: every foreign key names a row of the table it points to`, () => {
      const {rows} = csv(resource.name);
      const dangling: string[] = [];
      for (const {fields, reference} of resource.schema.foreignKeys ?? []) {
        // With `resource` "" (or none, in v2), the key points into its own table.
        const name = reference.resource || resource.name;
        const target = descriptor.resources.find((r) => r.name === name);
        expect(target, name).toBeDefined();
        const known = new Set(
          csv(target!.name).rows.map((row) => reference.fields.map((k) => row[k]).join('|')),
        );
        for (const row of rows) {
          const key = fields.map((k) => row[k] ?? '').join('|');
          // An empty cell is an absent value, which points nowhere.
          if (fields.every((k) => row[k]) && !known.has(key)) dangling.push(`${fields}: ${key}`);
        }
      }
      expect(dangling).toEqual([]);
    });
  }

  it('claim-check-evidence declares its references as foreign keys, so a validator resolves them', () => {
    const evidence = descriptor.resources.find((r) => r.name === 'claim-check-evidence');
    expect(evidence?.schema.foreignKeys).toEqual(
      expect.arrayContaining([
        {fields: ['context_figure'], reference: {resource: 'context-figures', fields: ['id']}},
        {
          fields: ['series', 'year'],
          reference: {resource: 'observations', fields: ['series', 'year']},
        },
      ]),
    );
  });

  it('a foreign key into its own table names resource "", as v1 requires and v2 reads', () => {
    const indicators = descriptor.resources.find((r) => r.name === 'indicators');
    expect(indicators?.schema.foreignKeys).toContainEqual({
      fields: ['comparison_indicator'],
      reference: {resource: '', fields: ['id']},
    });
    const named = descriptor.resources.flatMap((r) =>
      (r.schema.foreignKeys ?? []).filter((key) => key.reference.resource === r.name),
    );
    expect(named).toEqual([]);
  });

  /** The constraints of a resource's field. */
  const constraints = (resource: string, field: string) =>
    descriptor.resources
      .find((r) => r.name === resource)
      ?.schema.fields.find((f) => f.name === field)?.constraints;

  // A validator (frictionless validate) checks a coded column only when its values are listed.
  it('each coded column lists the values it allows', () => {
    const statuses = ['confirmed', 'confirmed-copy', 'derived'];
    const units = ['persons', 'percent', 'usd', 'ratio'];
    expect(constraints('indicators', 'qualifier')?.enum).toEqual([
      'none',
      'approximately',
      'some',
      'nearly',
      'over',
      'more-than',
    ]);
    expect(constraints('indicators', 'unit')?.enum).toEqual(units);
    expect(constraints('context-figures', 'qualifier')?.enum).toEqual(
      constraints('indicators', 'qualifier')?.enum,
    );
    expect(constraints('observations', 'unit')?.enum).toEqual(units);
    expect(constraints('observations', 'status')?.enum).toEqual(statuses);
    expect(constraints('milestones', 'context_status')?.enum).toEqual(statuses);
    expect(constraints('key-messages', 'kind')?.enum).toEqual([
      'call',
      'warning',
      'recommendation',
      'commitment',
      'finding',
    ]);
    expect(constraints('claim-checks', 'verdict')?.enum).toEqual([
      'agrees',
      'agrees-in-magnitude',
      'differs',
      'holds-for-subset',
    ]);
  });

  type Field = (typeof descriptor.resources)[number]['schema']['fields'][number];
  /** Whether `cell` breaks a rule of `field` other than required and enum (a reader's check). */
  const breaks = (field: Field, cell: string) => {
    if (cell === '') return false;
    const rules = field.constraints ?? {};
    const number = Number(cell);
    return (
      (rules.pattern !== undefined && !new RegExp(`^(?:${rules.pattern})$`).test(cell)) ||
      (rules.minimum !== undefined && number < rules.minimum) ||
      (rules.maximum !== undefined && number > rules.maximum) ||
      (rules.exclusiveMinimum !== undefined && !(number > rules.exclusiveMinimum)) ||
      (field.format === 'uri' && !URL.canParse(cell))
    );
  };
  const fieldOf = (resource: string, name: string) =>
    descriptor.resources
      .find((r) => r.name === resource)!
      .schema.fields.find((f) => f.name === name)!;

  it('every CSV cell keeps the rules of its column', () => {
    const broken = descriptor.resources.flatMap((resource) =>
      csv(resource.name).rows.flatMap((row) =>
        resource.schema.fields
          .filter((field) => breaks(field, row[field.name] ?? ''))
          .map((field) => `${resource.name}.${field.name}: ${row[field.name]}`),
      ),
    );
    expect(broken).toEqual([]);
  });

  // What the JSON Schema refuses, a Frictionless validator refuses too: a CSV edited in a
  // spreadsheet must not pass one check and fail the other.
  it('refuses in the CSV what schema.json refuses in the JSON', () => {
    expect(breaks(fieldOf('milestones', 'date'), 'December 2018')).toBe(true);
    expect(breaks(fieldOf('milestones', 'date'), '2018-12')).toBe(false);
    expect(breaks(fieldOf('observations', 'year'), '0')).toBe(true);
    expect(breaks(fieldOf('indicators', 'period_end'), '2101')).toBe(true);
    expect(breaks(fieldOf('sources', 'url'), 'not a url')).toBe(true);
    expect(breaks(fieldOf('indicators', 'id'), 'Remittances')).toBe(true);
    expect(breaks(fieldOf('observations', 'series'), 'world bank')).toBe(true);
    expect(
      breaks(fieldOf('claim-check-evidence', 'evidence'), 'global-remittance-inflows@17'),
    ).toBe(true);
    expect(breaks(fieldOf('indicators', 'expression_denominator'), '0')).toBe(true);
    expect(breaks(fieldOf('observations', 'rounded_to'), '0')).toBe(true);
    // \d is any script's digit in XML Schema and Python's re (frictionless-py): "２０１８-１２"
    // would pass there and fail schema.json, whose \d is ASCII.
    const patterns = descriptor.resources.flatMap((r) =>
      r.schema.fields.flatMap((f) => f.constraints?.pattern ?? []),
    );
    expect(patterns.length).toBeGreaterThan(0);
    expect(patterns.filter((pattern) => pattern.includes('\\d'))).toEqual([]);
  });

  it('the columns every record fills are required, and the optional ones are not', () => {
    const required = (resource: string) =>
      descriptor.resources
        .find((r) => r.name === resource)
        ?.schema.fields.filter((f) => f.constraints?.required)
        .map((f) => f.name);
    expect(required('indicators')).toEqual([
      'id',
      'label',
      'value',
      'unit',
      'qualifier',
      'period_start',
      'period_end',
      'source',
      'locator',
      'quote',
    ]);
    expect(required('observations')).toEqual([
      'series',
      'year',
      'value',
      'unit',
      'status',
      'projection',
      'source',
    ]);
    expect(required('claim-checks')).toEqual(['indicator', 'verdict', 'primary_value', 'note']);
  });

  it('every column that names a source is a foreign key into sources', () => {
    const missing = descriptor.resources.flatMap((r) =>
      r.schema.fields
        .filter((f) => f.name === 'source' || f.name.endsWith('_source'))
        .filter(
          (f) =>
            !r.schema.foreignKeys?.some(
              (key) =>
                key.fields.join() === f.name &&
                key.reference.resource === 'sources' &&
                key.reference.fields.join() === 'id',
            ),
        )
        .map((f) => `${r.name}.${f.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('each source says where to read it, as the sources table does', () => {
    expect(descriptor.sources.map((s) => s.path)).toEqual(esm.sources.map((s) => s.url));
    expect(esm.sources.filter((s) => s.url).length).toBeGreaterThan(0);
  });

  it('the milestones resource names the primary sources of what it adds, not only the note', () => {
    const milestones = descriptor.resources.find((r) => r.name === 'milestones');
    const titles = milestones?.sources?.map((s) => s.title) ?? [];
    const added = new Set(esm.milestones.flatMap((m) => (m.context ? [m.context.source] : [])));
    expect(added.size).toBeGreaterThan(0);
    for (const id of added) {
      const {title} = esm.sources.find((s) => s.id === id)!;
      expect(
        titles.filter((cited) => cited.includes(title)),
        id,
      ).toHaveLength(1);
    }
  });

  // A validator should refuse what the JSON Schema refuses, and a data team should not have to
  // guess what "confirmed-copy" means or whether 48 percent is 48 or 0.48.
  it('constrains the kinds of expression and comparison, and says what units and statuses mean', () => {
    const fields = (name: string) =>
      descriptor.resources.flatMap((r) => r.schema.fields.filter((f) => f.name === name));
    expect(fields('expression_type')).toHaveLength(2);
    for (const field of fields('expression_type')) {
      expect(field.constraints?.enum).toEqual(['fraction', 'multiple']);
    }
    expect(fields('comparison_type').map((f) => f.constraints?.enum)).toEqual([
      ['versus', 'change-since', 'relative-to'],
    ]);
    for (const field of [...fields('status'), ...fields('context_status')]) {
      expect(field.description).toContain('confirmed-copy (read in a faithful copy');
    }
    for (const field of fields('unit')) expect(field.description).toContain('48 means 48 %');
  });

  it('period_basis allows report-year only, in indicators and context figures', () => {
    const basis = (name: string) =>
      descriptor.resources
        .find((r) => r.name === name)
        ?.schema.fields.find((f) => f.name === 'period_basis')?.constraints;
    expect(basis('indicators')).toEqual({enum: ['report-year']});
    expect(basis('context-figures')).toEqual({enum: ['report-year']});
  });

  it('the observations resource names the publishers its figures come from', () => {
    const observations = descriptor.resources.find((r) => r.name === 'observations');
    const titles = observations?.sources?.map((s) => s.title).join('\n') ?? '';
    expect(titles).toContain('Trends in International Migrant Stock: The 2017 Revision');
    expect(titles).toContain('October 2017 release');
    expect(titles).toContain('International Organization for Migration (IOM)');
  });

  it('every observation names a source that the sources table has', () => {
    const sourceIds = new Set(csv('sources').rows.map((r) => r.id));
    expect(csv('observations').rows.filter((r) => !sourceIds.has(r.source ?? ''))).toEqual([]);
  });
});
