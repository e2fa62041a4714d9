/**
 * Build-time only: validates every record against the schema and renders the JSON, CSV,
 * Data Package and JSON Schema files that sit beside the ES modules in `dist/`.
 */
import {stringify} from 'csv-stringify/sync';
import {z} from 'zod';
import * as schema from './schema.js';
import type {
  ClaimCheck,
  ContextFigure,
  Expression,
  Indicator,
  KeyMessage,
  Milestone,
  Series,
  Source,
} from '../src/types.js';

export interface Collections {
  indicators: readonly Indicator[];
  keyMessages: readonly KeyMessage[];
  milestones: readonly Milestone[];
  series: readonly Series[];
  contextFigures: readonly ContextFigure[];
  claimChecks: readonly ClaimCheck[];
  sources: readonly Source[];
}

type Name = keyof Collections;

/** File stem of each collection: the same as its ESM subpath. */
const fileStems: Record<Name, string> = {
  indicators: 'indicators',
  keyMessages: 'key-messages',
  milestones: 'milestones',
  series: 'series',
  contextFigures: 'context-figures',
  claimChecks: 'claims',
  sources: 'sources',
};

function recordKey(record: unknown): string {
  const r = record as {id?: unknown; indicator?: unknown};
  return String(r.id ?? r.indicator ?? '?');
}

/**
 * Every problem in the data, one line each: collection, record id, field path, message.
 * Checks the schema, unique ids, and that every id a record refers to exists.
 */
export function problems(data: Collections): string[] {
  const found: string[] = [];
  const report = (name: string, id: string, field: string, message: string): void => {
    found.push(`${name} record "${id}" field "${field}": ${message}`);
  };

  for (const name of Object.keys(schema.collections) as Name[]) {
    const records = data[name] as readonly unknown[];
    const seen = new Set<string>();
    for (const record of records) {
      const key = recordKey(record);
      const result = schema.collections[name].safeParse(record);
      if (!result.success) {
        for (const issue of result.error.issues) {
          report(name, key, issue.path.join('.') || '(record)', issue.message);
        }
      }
      if (seen.has(key))
        report(name, key, name === 'claimChecks' ? 'indicator' : 'id', 'duplicate');
      seen.add(key);
    }
  }

  const ids = (records: readonly {id: string}[]): Set<string> => new Set(records.map((r) => r.id));
  const sourceIds = ids(data.sources);
  const indicatorIds = ids(data.indicators);
  const seriesById = new Map<string, Series>(data.series.map((s) => [s.id, s]));
  const figureIds = ids(data.contextFigures);
  const needSource = (name: string, id: string, field: string, source: string): void => {
    if (!sourceIds.has(source)) report(name, id, field, `unknown source "${source}"`);
  };

  for (const i of data.indicators) {
    needSource('indicators', i.id, 'provenance.source', i.provenance.source);
    if (i.series && !seriesById.has(i.series)) {
      report('indicators', i.id, 'series', `unknown series "${i.series}"`);
    }
    if (i.comparison?.type === 'versus' && !indicatorIds.has(i.comparison.indicator)) {
      report(
        'indicators',
        i.id,
        'comparison.indicator',
        `unknown indicator "${i.comparison.indicator}"`,
      );
    }
    if (
      i.series &&
      seriesById.has(i.series) &&
      seriesById.get(i.series)?.unit !== i.unit &&
      i.comparison?.type !== 'change-since'
    ) {
      // A sparkline must share the figure's unit, except a change, which is read off a level.
      report('indicators', i.id, 'series', `series "${i.series}" has another unit`);
    }
  }
  for (const m of data.keyMessages) {
    needSource('keyMessages', m.id, 'source', m.source);
    m.indicators.forEach((id, n) => {
      if (!indicatorIds.has(id))
        report('keyMessages', m.id, `indicators.${n}`, `unknown indicator "${id}"`);
    });
  }
  for (const m of data.milestones) {
    needSource('milestones', m.id, 'provenance.source', m.provenance.source);
    if (m.context) needSource('milestones', m.id, 'context.source', m.context.source);
  }
  for (const s of data.series) {
    needSource('series', s.id, 'source', s.source);
    s.observations.forEach((o, n) => {
      if (o.source) needSource('series', s.id, `observations.${n}.source`, o.source);
    });
  }
  for (const f of data.contextFigures) needSource('contextFigures', f.id, 'source', f.source);
  for (const c of data.claimChecks) {
    if (!indicatorIds.has(c.indicator)) {
      report('claimChecks', c.indicator, 'indicator', `unknown indicator "${c.indicator}"`);
    }
    c.evidence.forEach((ref, n) => {
      const [id = '', year] = ref.split('@');
      const ok = year
        ? seriesById.get(id)?.observations.some((o) => o.year === Number(year))
        : figureIds.has(id);
      if (!ok) report('claimChecks', c.indicator, `evidence.${n}`, `"${ref}" resolves to nothing`);
    });
  }
  return found;
}

/** Throws one error listing every problem, so a build fails with the record id and field. */
function assertValid(data: Collections): void {
  const found = problems(data);
  if (found.length > 0) {
    throw new Error(`@mwfa/data: ${found.length} invalid record(s):\n  ${found.join('\n  ')}`);
  }
}

// ---------------------------------------------------------------------------------------------
// CSV: tidy tables, one observation per row, RFC 4180 (CRLF, quotes where needed), UTF-8.

type Cell = string | number | boolean | undefined;
type Row = Record<string, Cell>;

/** One table: its file, its Table Schema fields, and its rows. */
export interface Table {
  name: string;
  title: string;
  description: string;
  fields: {
    name: string;
    type: 'string' | 'number' | 'integer' | 'boolean';
    description: string;
    required?: boolean;
  }[];
  primaryKey: string[];
  foreignKeys?: {fields: string[]; reference: {resource: string; fields: string[]}}[];
  rows: Row[];
}

const toSource = (fields: string[]): NonNullable<Table['foreignKeys']>[number] => ({
  fields,
  reference: {resource: 'sources', fields: ['id']},
});

/**
 * The columns of a figure's expression in words, for indicators and context figures alike:
 * `wording` describes whose words they are.
 */
function expressionFields(wording: string): Table['fields'] {
  return [
    {
      name: 'expression_type',
      type: 'string',
      description: 'fraction or multiple, where the figure is phrased in words.',
    },
    {name: 'expression_wording', type: 'string', description: wording},
    {name: 'expression_numerator', type: 'integer', description: 'Numerator, for a fraction.'},
    {
      name: 'expression_denominator',
      type: 'integer',
      description: 'Denominator, for a fraction.',
    },
    {name: 'expression_factor', type: 'number', description: 'Factor, for a multiple.'},
  ];
}

function expressionColumns(expression: Expression | undefined): Row {
  return {
    expression_type: expression?.type,
    expression_wording: expression?.wording,
    expression_numerator: expression?.type === 'fraction' ? expression.numerator : undefined,
    expression_denominator: expression?.type === 'fraction' ? expression.denominator : undefined,
    expression_factor: expression?.type === 'multiple' ? expression.factor : undefined,
  };
}

/** The tables of the CSV files and the Data Package, built from the records. */
export function tables(data: Collections): Table[] {
  return [
    {
      name: 'indicators',
      title: 'Report indicators',
      description:
        'Every figure of the background note in the note’s own terms, with its qualifier, period, wording and a verbatim quote.',
      fields: [
        {name: 'id', type: 'string', description: 'Stable kebab-case id.', required: true},
        {name: 'label', type: 'string', description: 'Short label in our words.', required: true},
        {
          name: 'value',
          type: 'number',
          description:
            'The note’s figure in base units of `unit`. Where `expression_wording` is set, the note gives the figure in those words (“two-thirds”, “3 times”) and this is the number they stand for (two-thirds: 66.666…): show the wording.',
          required: true,
        },
        {
          name: 'unit',
          type: 'string',
          description: 'The figure’s unit.',
          required: true,
        },
        {
          name: 'qualifier',
          type: 'string',
          description:
            'none, approximately, some, nearly, over or more-than, as the note words it.',
          required: true,
        },
        {
          name: 'period_start',
          type: 'integer',
          description: 'First year the figure covers.',
          required: true,
        },
        {
          name: 'period_end',
          type: 'integer',
          description: 'Last year the figure covers.',
          required: true,
        },
        {
          name: 'period_basis',
          type: 'string',
          description:
            'report-year where the note gives no year for the figure and 2017, the year of the report, stands in (for a change since a year, the end year). Empty when the note states the years.',
        },
        ...expressionFields(
          'The note’s words for the figure: "two-thirds", "3 times". Show these rather than value.',
        ),
        {
          name: 'comparison_type',
          type: 'string',
          description: 'versus, change-since or relative-to, where the note makes a comparison.',
        },
        {
          name: 'comparison_indicator',
          type: 'string',
          description: 'Id of the indicator compared with (versus).',
        },
        {name: 'comparison_base_year', type: 'integer', description: 'Base year (change-since).'},
        {
          name: 'comparison_wording',
          type: 'string',
          description: 'The note’s words for the comparison.',
        },
        {name: 'series', type: 'string', description: 'Id of the related context series.'},
        {
          name: 'note',
          type: 'string',
          description: 'Why a field says what it says, where the note leaves it open.',
        },
        {
          name: 'source',
          type: 'string',
          description: 'Id of the source (the background note).',
          required: true,
        },
        {
          name: 'locator',
          type: 'string',
          description: 'The note’s question heading.',
          required: true,
        },
        {name: 'quote', type: 'string', description: 'Verbatim from the note.', required: true},
      ],
      primaryKey: ['id'],
      foreignKeys: [
        toSource(['source']),
        {fields: ['series'], reference: {resource: 'series', fields: ['id']}},
        {fields: ['comparison_indicator'], reference: {resource: 'indicators', fields: ['id']}},
      ],
      rows: data.indicators.map((i) => ({
        id: i.id,
        label: i.label,
        value: i.value,
        unit: i.unit,
        qualifier: i.qualifier,
        period_start: i.period.start,
        period_end: i.period.end,
        period_basis: i.period.basis,
        ...expressionColumns(i.expression),
        comparison_type: i.comparison?.type,
        comparison_indicator: i.comparison?.type === 'versus' ? i.comparison.indicator : undefined,
        comparison_base_year:
          i.comparison?.type === 'change-since' ? i.comparison.baseYear : undefined,
        comparison_wording: i.comparison?.wording,
        series: i.series,
        note: i.note,
        source: i.provenance.source,
        locator: i.provenance.locator,
        quote: i.provenance.quote,
      })),
    },
    {
      name: 'key-messages',
      title: 'Key messages',
      description: 'The note’s calls, warnings, recommendations, commitments and findings, quoted.',
      fields: [
        {name: 'id', type: 'string', description: 'Stable kebab-case id.', required: true},
        {
          name: 'kind',
          type: 'string',
          description: 'call, warning, recommendation, commitment or finding.',
          required: true,
        },
        {name: 'quote', type: 'string', description: 'Verbatim from the note.', required: true},
        {
          name: 'summary',
          type: 'string',
          description: 'One line in our own words.',
          required: true,
        },
        {
          name: 'locator',
          type: 'string',
          description: 'The note’s question heading.',
          required: true,
        },
        {name: 'source', type: 'string', description: 'Id of the source.', required: true},
      ],
      primaryKey: ['id'],
      foreignKeys: [toSource(['source'])],
      rows: data.keyMessages.map((m) => ({
        id: m.id,
        kind: m.kind,
        quote: m.quote,
        summary: m.summary,
        locator: m.locator,
        source: m.source,
      })),
    },
    {
      name: 'key-message-indicators',
      title: 'Indicators related to each key message',
      description: 'One row per key message and related indicator.',
      fields: [
        {
          name: 'key_message',
          type: 'string',
          description: 'Id of the key message.',
          required: true,
        },
        {
          name: 'indicator',
          type: 'string',
          description: 'Id of a related indicator.',
          required: true,
        },
      ],
      primaryKey: ['key_message', 'indicator'],
      foreignKeys: [
        {fields: ['key_message'], reference: {resource: 'key-messages', fields: ['id']}},
        {fields: ['indicator'], reference: {resource: 'indicators', fields: ['id']}},
      ],
      rows: data.keyMessages.flatMap((m) =>
        m.indicators.map((indicator) => ({key_message: m.id, indicator})),
      ),
    },
    {
      name: 'milestones',
      title: 'Milestones',
      description: 'Dates and goals the note names, with what the primary source adds.',
      fields: [
        {name: 'id', type: 'string', description: 'Stable kebab-case id.', required: true},
        {name: 'label', type: 'string', description: 'Short label in our words.', required: true},
        {name: 'date', type: 'string', description: 'ISO year, year-month or date the note names.'},
        {
          name: 'description',
          type: 'string',
          description: 'What the milestone is.',
          required: true,
        },
        {
          name: 'source',
          type: 'string',
          description: 'Id of the source that names it.',
          required: true,
        },
        {
          name: 'locator',
          type: 'string',
          description: 'The note’s question heading.',
          required: true,
        },
        {name: 'quote', type: 'string', description: 'Verbatim from the note.', required: true},
        {name: 'context_text', type: 'string', description: 'What the primary source adds.'},
        {name: 'context_source', type: 'string', description: 'Id of the primary source.'},
        {
          name: 'context_status',
          type: 'string',
          description: 'Of what the primary source adds.',
        },
      ],
      primaryKey: ['id'],
      foreignKeys: [toSource(['source']), toSource(['context_source'])],
      rows: data.milestones.map((m) => ({
        id: m.id,
        label: m.label,
        date: m.date,
        description: m.description,
        source: m.provenance.source,
        locator: m.provenance.locator,
        quote: m.provenance.quote,
        context_text: m.context?.text,
        context_source: m.context?.source,
        context_status: m.context?.status,
      })),
    },
    {
      name: 'series',
      title: 'Context series',
      description:
        'Series from the primary sources the report relies on, one release each, except where an observation names its own source.',
      fields: [
        {name: 'id', type: 'string', description: 'Stable kebab-case id.', required: true},
        {name: 'label', type: 'string', description: 'Short title.', required: true},
        {
          name: 'unit',
          type: 'string',
          description: 'The series’ unit.',
          required: true,
        },
        {
          name: 'description',
          type: 'string',
          description: 'What is measured, by whom, in which release.',
          required: true,
        },
        {name: 'source', type: 'string', description: 'Id of the source.', required: true},
        {
          name: 'status',
          type: 'string',
          description: 'Of the series.',
          required: true,
        },
        {name: 'derivation', type: 'string', description: 'The arithmetic, when derived.'},
      ],
      primaryKey: ['id'],
      foreignKeys: [toSource(['source'])],
      rows: data.series.map((s) => ({
        id: s.id,
        label: s.label,
        unit: s.unit,
        description: s.description,
        source: s.source,
        status: s.status,
        derivation: s.derivation,
      })),
    },
    {
      name: 'observations',
      title: 'Context series observations (long form)',
      description:
        'One row per series and year. status and source are filled in from the series where the observation does not set its own.',
      fields: [
        {name: 'series', type: 'string', description: 'Id of the series.', required: true},
        {name: 'year', type: 'integer', description: 'Year.', required: true},
        {
          name: 'value',
          type: 'number',
          description: 'Value in base units of `unit`.',
          required: true,
        },
        {name: 'unit', type: 'string', description: 'The series’ unit.', required: true},
        {
          name: 'status',
          type: 'string',
          description: 'For this observation.',
          required: true,
        },
        {
          name: 'projection',
          type: 'boolean',
          description: 'true for a projection made before the year’s data were in.',
          required: true,
        },
        {
          name: 'source',
          type: 'string',
          description: 'Id of the source of this observation.',
          required: true,
        },
        {
          name: 'note',
          type: 'string',
          description: 'What a reader must know about this observation.',
        },
        {
          name: 'rounded_to',
          type: 'number',
          description:
            'The source gives the value only to a multiple of this (100000000: US$ billions to one decimal); empty where the value has every digit the source gives.',
        },
      ],
      primaryKey: ['series', 'year'],
      foreignKeys: [
        {fields: ['series'], reference: {resource: 'series', fields: ['id']}},
        toSource(['source']),
      ],
      rows: data.series.flatMap((s) =>
        s.observations.map((o) => ({
          series: s.id,
          year: o.year,
          value: o.value,
          unit: s.unit,
          status: o.status ?? s.status,
          projection: o.projection ?? false,
          source: o.source ?? s.source,
          note: o.note,
          rounded_to: o.roundedTo,
        })),
      ),
    },
    {
      name: 'context-figures',
      title: 'Context figures',
      description: 'Single primary-source figures that the claim checks rely on.',
      fields: [
        {name: 'id', type: 'string', description: 'Stable kebab-case id.', required: true},
        {name: 'label', type: 'string', description: 'Short label in our words.', required: true},
        {
          name: 'value',
          type: 'number',
          description: 'The figure in base units of `unit`.',
          required: true,
        },
        {
          name: 'unit',
          type: 'string',
          description: 'The figure’s unit.',
          required: true,
        },
        {name: 'period_start', type: 'integer', description: 'First year covered.', required: true},
        {name: 'period_end', type: 'integer', description: 'Last year covered.', required: true},
        {
          name: 'period_basis',
          type: 'string',
          description:
            'report-year where the source gives no year and the year of its report stands in. Empty when the source states the years.',
        },
        {
          name: 'qualifier',
          type: 'string',
          description: 'How the source qualifies it.',
          required: true,
        },
        ...expressionFields('The source’s words for the figure, where it uses words.'),
        {name: 'source', type: 'string', description: 'Id of the source.', required: true},
        {
          name: 'status',
          type: 'string',
          description: 'Of the figure.',
          required: true,
        },
        {name: 'derivation', type: 'string', description: 'The arithmetic, when derived.'},
        {name: 'quote', type: 'string', description: 'Verbatim from the source.'},
        {name: 'note', type: 'string', description: 'What a reader must know.'},
      ],
      primaryKey: ['id'],
      foreignKeys: [toSource(['source'])],
      rows: data.contextFigures.map((f) => ({
        id: f.id,
        label: f.label,
        value: f.value,
        unit: f.unit,
        period_start: f.period.start,
        period_end: f.period.end,
        period_basis: f.period.basis,
        qualifier: f.qualifier,
        ...expressionColumns(f.expression),
        source: f.source,
        status: f.status,
        derivation: f.derivation,
        quote: f.quote,
        note: f.note,
      })),
    },
    {
      name: 'claim-checks',
      title: 'Claim checks',
      description:
        'Each testable report indicator against its primary source: agrees, agrees in magnitude, differs or holds for a subset.',
      fields: [
        {
          name: 'indicator',
          type: 'string',
          description: 'Id of the indicator checked.',
          required: true,
        },
        {
          name: 'verdict',
          type: 'string',
          description: 'agrees, agrees-in-magnitude, differs or holds-for-subset.',
          required: true,
        },
        {
          name: 'primary_value',
          type: 'number',
          description:
            'The primary figure in the indicator’s unit. Where `derivation` is empty, the row of claim-check-evidence with `gives_primary_value` gives it, and its qualifier or projection says how the source states it.',
          required: true,
        },
        {
          name: 'derivation',
          type: 'string',
          description: 'The arithmetic, where the primary figure is computed from the evidence.',
        },
        {
          name: 'note',
          type: 'string',
          description: 'What the primary source says and how it compares.',
          required: true,
        },
      ],
      primaryKey: ['indicator'],
      foreignKeys: [{fields: ['indicator'], reference: {resource: 'indicators', fields: ['id']}}],
      rows: data.claimChecks.map((c) => ({
        indicator: c.indicator,
        verdict: c.verdict,
        primary_value: c.primaryValue,
        derivation: c.derivation,
        note: c.note,
      })),
    },
    {
      name: 'claim-check-evidence',
      title: 'Evidence behind each claim check',
      description:
        'One row per claim check and piece of evidence: a context figure (`context_figure`), or a year of a context series (`series` and `year`, a row of observations).',
      fields: [
        {
          name: 'indicator',
          type: 'string',
          description: 'Id of the indicator checked.',
          required: true,
        },
        {
          name: 'evidence',
          type: 'string',
          description:
            'A context figure id or `series-id@year`, as in claims.json; the next columns split it for joins.',
          required: true,
        },
        {
          name: 'context_figure',
          type: 'string',
          description: 'Id of the context figure, where the evidence is one (else empty).',
        },
        {
          name: 'series',
          type: 'string',
          description:
            'Id of the context series, where the evidence is a year of one (else empty).',
        },
        {
          name: 'year',
          type: 'integer',
          description: 'The year of that series (a row of observations with `series`).',
        },
        {
          name: 'gives_primary_value',
          type: 'boolean',
          description:
            'true for the evidence whose value is the check’s primary_value; false for the rest, and for every row of a check whose primary_value is computed (`derivation`).',
          required: true,
        },
      ],
      primaryKey: ['indicator', 'evidence'],
      foreignKeys: [
        {fields: ['indicator'], reference: {resource: 'claim-checks', fields: ['indicator']}},
        {fields: ['context_figure'], reference: {resource: 'context-figures', fields: ['id']}},
        {
          fields: ['series', 'year'],
          reference: {resource: 'observations', fields: ['series', 'year']},
        },
      ],
      rows: data.claimChecks.flatMap((c) =>
        c.evidence.map((evidence, n) => {
          // `series-id@year` is a year of a context series; anything else a context figure id.
          const [id, year] = evidence.split('@');
          const gives_primary_value = n === 0 && !c.derivation;
          return year === undefined
            ? {indicator: c.indicator, evidence, context_figure: id, gives_primary_value}
            : {
                indicator: c.indicator,
                evidence,
                series: id,
                year: Number(year),
                gives_primary_value,
              };
        }),
      ),
    },
    {
      name: 'sources',
      title: 'Sources',
      description: 'Every document or dataset cited, with publisher, title, vintage and URL.',
      fields: [
        {name: 'id', type: 'string', description: 'Stable kebab-case id.', required: true},
        {name: 'publisher', type: 'string', description: 'Who published it.', required: true},
        {name: 'title', type: 'string', description: 'Title.', required: true},
        {
          name: 'vintage',
          type: 'string',
          description: 'Release, revision or date.',
          required: true,
        },
        {name: 'url', type: 'string', description: 'Where to read it.'},
        {name: 'symbol', type: 'string', description: 'Document symbol.'},
        {
          name: 'status',
          type: 'string',
          description: 'Of this record (title, date, address).',
          required: true,
        },
      ],
      primaryKey: ['id'],
      rows: data.sources.map((s) => ({
        id: s.id,
        publisher: s.publisher,
        title: s.title,
        vintage: s.vintage,
        url: s.url,
        symbol: s.symbol,
        status: s.status,
      })),
    },
  ];
}

/** RFC 4180 CSV: a header row, CRLF line ends, quotes only where needed; empty cell for absent. */
export function toCsv(table: Table): string {
  const columns = table.fields.map((f) => f.name);
  return stringify(
    table.rows.map((row) => columns.map((c) => row[c])),
    {
      header: true,
      columns,
      record_delimiter: 'windows',
      cast: {boolean: (value) => (value ? 'true' : 'false'), number: (value) => String(value)},
    },
  );
}

/** The allowed values of a coded column, from the schema's enumerations. */
function enumOf(table: string, field: string): readonly string[] | undefined {
  if (field === 'unit') return schema.Unit.options;
  if (field === 'expression_type') return schema.Expression.options.map((o) => o.shape.type.value);
  if (field === 'comparison_type') return schema.Comparison.options.map((o) => o.shape.type.value);
  if (field === 'qualifier') return schema.Qualifier.options;
  if (field === 'status' || field === 'context_status') return schema.EvidenceStatus.options;
  if (field === 'period_basis') return schema.PeriodBasis.options;
  if (table === 'key-messages' && field === 'kind') return schema.KeyMessageKind.options;
  if (table === 'claim-checks' && field === 'verdict') return schema.Verdict.options;
  return undefined;
}

/** Columns that hold an id of a record, and columns that hold a year. */
const ID_COLUMNS = new Set([
  'id',
  'series',
  'indicator',
  'source',
  'context_source',
  'comparison_indicator',
  'key_message',
  'context_figure',
]);
const YEAR_COLUMNS = new Set(['year', 'period_start', 'period_end', 'comparison_base_year']);

/**
 * The JSON Schema's rules on a column's values, as Table Schema constraints: a CSV edited in a
 * spreadsheet ("December 2018" for a date, a year of 0) fails validation as the JSON would.
 */
function rulesOf(field: string): Record<string, unknown> {
  if (ID_COLUMNS.has(field)) return {pattern: schema.PATTERNS.id};
  if (field === 'evidence') return {pattern: schema.PATTERNS.evidence};
  if (field === 'date') return {pattern: schema.PATTERNS.date};
  if (YEAR_COLUMNS.has(field)) return {...schema.YEARS};
  if (field === 'expression_numerator' || field === 'expression_denominator') return {minimum: 1};
  if (field === 'expression_factor' || field === 'rounded_to') return {exclusiveMinimum: 0};
  return {};
}

/**
 * What each value of a unit or status means, in the JSON Schema's words: a table that gives only
 * the values left "confirmed-copy", and whether 48 percent is 48 or 0.48, for a reader to guess.
 */
function meaningOf(field: string): string | undefined {
  if (field === 'unit') return schema.Unit.description;
  if (field === 'status' || field === 'context_status') return schema.EvidenceStatus.description;
  return undefined;
}

/** Frictionless Data Package v2 descriptor. */
function dataPackage(data: Collections, version: string, description: string): unknown {
  const byId = new Map<string, Source>(data.sources.map((s) => [s.id, s]));
  const describe = (s: Source): {title: string; path?: string; version: string} => ({
    // The vintage after a comma: some say "(preliminary)" themselves.
    title: `${s.publisher}: ${s.title}, ${s.vintage}`,
    ...(s.url ? {path: s.url} : {}),
    version: s.vintage,
  });
  /** The sources a table's rows cite, so each resource says where its figures come from. */
  const resourceSources = (t: Table): {sources?: ReturnType<typeof describe>[]} => {
    const ids = new Set(
      t.rows.flatMap((row) =>
        ['source', 'context_source']
          .map((column) => row[column])
          .filter((id): id is string => typeof id === 'string'),
      ),
    );
    const cited = [...ids].flatMap((id) => {
      const source = byId.get(id);
      return source ? [describe(source)] : [];
    });
    return cited.length > 0 && t.name !== 'sources' ? {sources: cited} : {};
  };
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'mwfa-data',
    title: 'Making Migration Work for All (A/72/643): figures, key messages and context series',
    description,
    version,
    homepage: 'https://www.npmjs.com/package/@mwfa/data',
    keywords: ['migration', 'united-nations', 'a-72-643', 'remittances', 'global-compact'],
    licenses: [
      {
        name: 'MIT',
        path: 'https://opensource.org/licenses/MIT',
        title:
          'MIT License (this compilation); the figures belong to the publishers listed in sources',
      },
    ],
    sources: data.sources.map(describe),
    resources: tables(data).map((t) => ({
      ...resourceSources(t),
      name: t.name,
      type: 'table',
      // Data Package v1's name for `type: 'table'`: v1 tools in strict mode read no table without it.
      profile: 'tabular-data-resource',
      path: `${t.name}.csv`,
      scheme: 'file',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: t.title,
      description: t.description,
      dialect: {header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"'},
      schema: {
        $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
        fields: t.fields.map((f) => {
          const values = enumOf(t.name, f.name);
          const constraints = {
            ...(f.required ? {required: true} : {}),
            ...(values ? {enum: values} : {}),
            ...rulesOf(f.name),
          };
          const meaning = meaningOf(f.name);
          return {
            name: f.name,
            type: f.type,
            description: meaning ? `${f.description} ${meaning}` : f.description,
            ...(f.name === 'url' ? {format: 'uri'} : {}),
            ...(Object.keys(constraints).length > 0 ? {constraints} : {}),
          };
        }),
        missingValues: [''],
        primaryKey: t.primaryKey,
        ...(t.foreignKeys
          ? {
              // A key into the same table names `resource` "": v1 requires it (datapackage-js 1.1
              // found the descriptor invalid without it, and read no table in strict mode), and v2,
              // which lets it be left out, reads "" as left out.
              foreignKeys: t.foreignKeys.map(({fields, reference}) => ({
                fields,
                reference: reference.resource === t.name ? {...reference, resource: ''} : reference,
              })),
            }
          : {}),
      },
    })),
  };
}

/** JSON Schema (draft 2020-12) of every record shape, with a description on every field. */
function jsonSchema(version: string): unknown {
  const root = z
    .strictObject({
      name: z.literal('@mwfa/data').describe('The package the file comes from.'),
      version: z.string().describe('The package version the records come from.'),
      indicators: z.array(schema.Indicator).optional().describe('indicators.json'),
      keyMessages: z.array(schema.KeyMessage).optional().describe('key-messages.json'),
      milestones: z.array(schema.Milestone).optional().describe('milestones.json'),
      series: z.array(schema.Series).optional().describe('series.json'),
      contextFigures: z.array(schema.ContextFigure).optional().describe('context-figures.json'),
      claimChecks: z.array(schema.ClaimCheck).optional().describe('claims.json'),
      sources: z.array(schema.Source).optional().describe('sources.json'),
    })
    .describe(
      'A JSON file of @mwfa/data: the package name and version, and one collection of records. The record shapes are under $defs.',
    );
  const generated = z.toJSONSchema(root, {target: 'draft-2020-12', io: 'output'}) as Record<
    string,
    unknown
  >;
  return {
    $schema: generated.$schema,
    $id: `https://cdn.jsdelivr.net/npm/@mwfa/data@${version}/dist/schema.json`,
    title: '@mwfa/data record shapes',
    ...generated,
  };
}

/** Every generated file of `dist/`, by file name. */
export function renderFiles(
  data: Collections,
  version: string,
  description: string,
): Map<string, string> {
  assertValid(data);
  const files = new Map<string, string>();
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  for (const name of Object.keys(fileStems) as Name[]) {
    files.set(`${fileStems[name]}.json`, json({name: '@mwfa/data', version, [name]: data[name]}));
  }
  for (const table of tables(data)) files.set(`${table.name}.csv`, toCsv(table));
  files.set('datapackage.json', json(dataPackage(data, version, description)));
  files.set('schema.json', json(jsonSchema(version)));
  return files;
}
