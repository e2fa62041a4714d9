/**
 * The one definition of every record shape @mwfa/data publishes. Build-time only: the build
 * validates every record against it and writes `dist/schema.json` (JSON Schema) from it; the
 * runtime modules never import zod. The checks at the bottom keep it equal to `src/types.ts`.
 */
import {z} from 'zod';
import type * as T from '../src/types.js';

/**
 * Patterns of text fields, each matching a whole value: written once for the JSON Schema and for
 * datapackage.json's Table Schemas (whose `pattern` matches the whole value, so none has ^ or $).
 * [0-9], not \d, which matches any script's digits in XML Schema and Python ("２０１８").
 */
export const PATTERNS = {
  id: '[a-z0-9]+(-[a-z0-9]+)*',
  date: '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?',
  evidence: '[a-z0-9-]+(@[0-9]{4})?',
};
const whole = (pattern: string) => new RegExp(`^(${pattern})$`);

/** The years any record may name. */
export const YEARS = {minimum: 1900, maximum: 2100};

const kebabId = z
  .string()
  .regex(whole(PATTERNS.id), 'must be kebab-case (a-z, 0-9, single hyphens)');

const year = z.number().int().min(YEARS.minimum).max(YEARS.maximum);

const text = z.string().trim().min(1);

export const Qualifier = z
  .enum(['none', 'approximately', 'some', 'nearly', 'over', 'more-than'])
  .meta({
    id: 'Qualifier',
    description:
      'How the note qualifies the figure, exactly as it words it: none, "approximately", "some", "nearly", "over", "more than".',
  });

export const Unit = z.enum(['persons', 'percent', 'usd', 'ratio']).meta({
  id: 'Unit',
  description:
    'Unit of `value`, in base units: persons (258000000, not 258), percent (48 means 48 %: a share, or a change where an indicator’s comparison_type is change-since), usd (US dollars, 600000000000), ratio (a plain multiple: 3 means 3 times).',
});

export const EvidenceStatus = z.enum(['confirmed', 'confirmed-copy', 'derived']).meta({
  id: 'EvidenceStatus',
  description:
    'How far a figure was confirmed: confirmed (read in the publisher’s own document), confirmed-copy (read in a faithful copy or a text quoting the source by name), derived (computed from confirmed figures; the arithmetic is given).',
});

export const PeriodBasis = z.enum(['report-year']).meta({
  id: 'PeriodBasis',
  description:
    'report-year: the source gives no year for the figure ("today", the present tense), and the year of the report that gives the figure stands in.',
});

export const Period = z
  .strictObject({
    start: year.describe('First year the figure covers.'),
    end: year.describe('Last year the figure covers (equal to start for a single year).'),
    basis: PeriodBasis.optional().describe(
      'report-year where the source gives no year for the figure and the year of the report that gives it stands in: the whole period, or the end of a change since a year the source names. Absent when the source states the years.',
    ),
  })
  .refine((period) => period.start <= period.end, {
    message: 'start must not be after end',
    path: ['end'],
  })
  .meta({id: 'Period', description: 'A year (start equals end) or an inclusive range of years.'});

export const Expression = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('fraction').describe('The figure is a fraction: "two-thirds", "half".'),
      numerator: z.number().int().positive().describe('Numerator of the fraction (2 in 2/3).'),
      denominator: z.number().int().positive().describe('Denominator of the fraction (3 in 2/3).'),
      wording: text.describe('The words the source uses: "two-thirds".'),
    }),
    z.strictObject({
      type: z.literal('multiple').describe('The figure is a multiple: "3 times".'),
      factor: z.number().positive().describe('The multiple (3 in "3 times").'),
      wording: text.describe('The words the source uses: "3 times".'),
    }),
  ])
  .meta({
    id: 'Expression',
    description:
      'How the source phrases a figure where a bare number would misrepresent it. Show `wording` rather than `value`.',
  });

export const Comparison = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('versus').describe('Compared with another indicator.'),
      indicator: kebabId.describe('Id of the indicator compared with.'),
      wording: text.describe('The note’s words for the comparison.'),
    }),
    z.strictObject({
      type: z.literal('change-since').describe('A change since a base year.'),
      baseYear: year.describe('The year the change is measured from.'),
      wording: text.describe('The note’s words for the comparison: "more than in 2000".'),
    }),
    z.strictObject({
      type: z.literal('relative-to').describe('Relative to a quantity the note names.'),
      wording: text.describe('The note’s words: "all official development assistance".'),
    }),
  ])
  .meta({id: 'Comparison', description: 'A comparison the note makes.'});

export const Provenance = z
  .strictObject({
    source: kebabId.describe('Id of the source in `sources`.'),
    locator: text.describe('Where in the source: the note’s question heading.'),
    quote: text.describe(
      'Verbatim from the source, with whitespace collapsed and the extraction artefact `\\$` read as `$`.',
    ),
  })
  .meta({id: 'Provenance', description: 'Where a report figure or message comes from.'});

export const Indicator = z
  .strictObject({
    id: kebabId.describe('Stable kebab-case id; renaming one is a breaking change.'),
    label: text.describe(
      'Short label in our words, read after the figure: "international migrants".',
    ),
    value: z
      .number()
      .finite()
      .describe(
        'The note’s figure as a number in base units of `unit`. Where `expression` is set, the note gives the figure in its words (“two-thirds”, “3 times”) and this is the number they stand for (two-thirds: 66.666…): show `expression.wording`.',
      ),
    unit: Unit.describe('Unit of `value`.'),
    qualifier: Qualifier.describe('The note’s qualifier of the figure.'),
    period: Period.describe('The year or years the figure refers to.'),
    expression: Expression.optional().describe(
      'How the note phrases the figure where a number would misrepresent it.',
    ),
    comparison: Comparison.optional().describe('A comparison the note makes with the figure.'),
    series: kebabId
      .optional()
      .describe('Id of a context series that shows how the figure came about.'),
    note: text.optional().describe('Why a field says what it says, where the note leaves it open.'),
    provenance: Provenance.describe('Source, locator and verbatim quote.'),
  })
  .meta({
    id: 'Indicator',
    description: 'A figure of the background note, in the note’s own terms.',
  });

export const KeyMessageKind = z
  .enum(['call', 'warning', 'recommendation', 'commitment', 'finding'])
  .meta({
    id: 'KeyMessageKind',
    description:
      'What the message does: call (for action or cooperation), warning (of a danger), recommendation (what states should do), commitment (what the UN or states undertake), finding (what the report holds to be true).',
  });

export const KeyMessage = z
  .strictObject({
    id: kebabId.describe('Stable kebab-case id; renaming one is a breaking change.'),
    kind: KeyMessageKind.describe('What the message does.'),
    quote: text.describe('Verbatim from the note (whitespace collapsed).'),
    summary: text.describe('One line in our own words.'),
    locator: text.describe('The note’s question heading under which the text stands.'),
    source: kebabId.describe('Id of the source in `sources`.'),
    indicators: z.array(kebabId).describe('Ids of related indicators (may be empty).'),
  })
  .meta({
    id: 'KeyMessage',
    description: 'A call, warning, recommendation, commitment or finding of the note.',
  });

export const Milestone = z
  .strictObject({
    id: kebabId.describe('Stable kebab-case id.'),
    label: text.describe('Short label in our words.'),
    date: z
      .string()
      .regex(whole(PATTERNS.date), 'must be YYYY, YYYY-MM or YYYY-MM-DD')
      .optional()
      .describe('The date the note names, as an ISO year, year-month or date: "2018-12".'),
    description: text.describe('What the milestone is, in our words.'),
    provenance: Provenance.describe('Where the note names it.'),
    context: z
      .strictObject({
        text: text.describe('What the primary source adds, in our words or quoted.'),
        source: kebabId.describe('Id of the source in `sources`.'),
        status: EvidenceStatus.describe('How far the added text was confirmed.'),
      })
      .optional()
      .describe('What a primary source adds (date and place of adoption, a target’s text).'),
  })
  .meta({id: 'Milestone', description: 'A date or goal the note names.'});

export const Observation = z
  .strictObject({
    year: year.describe('The year of the observation.'),
    value: z.number().finite().describe('The value in base units of the series’ unit.'),
    status: EvidenceStatus.optional().describe('Set where it differs from the series’ status.'),
    projection: z
      .boolean()
      .optional()
      .describe('True for a projection made before the year’s data were in.'),
    roundedTo: z
      .number()
      .positive()
      .optional()
      .describe(
        'The source gives the value only to a multiple of this (100000000: US$ billions to one decimal). Absent where the value has every digit the source gives.',
      ),
    source: kebabId
      .optional()
      .describe(
        'Id in `sources` where the observation comes from another release than the series.',
      ),
    note: text.optional().describe('What a reader must know about this observation.'),
  })
  .meta({id: 'Observation', description: 'One year of a context series.'});

export const Series = z
  .strictObject({
    id: kebabId.describe('Stable kebab-case id; renaming one is a breaking change.'),
    label: text.describe('Short title of the series.'),
    unit: Unit.describe('Unit of every observation’s `value`.'),
    description: text.describe('What is measured, by whom, in which release.'),
    source: kebabId.describe('Id of the source in `sources` (publisher, title, vintage, URL).'),
    status: EvidenceStatus.describe(
      'How far the series was confirmed (observations may override).',
    ),
    derivation: text.optional().describe('The arithmetic, when status is `derived`.'),
    observations: z
      .array(Observation)
      .min(1)
      .refine(
        (observations) =>
          observations.every((o, i) => i === 0 || observations[i - 1]!.year < o.year),
        {message: 'years must be strictly ascending'},
      )
      .describe('Observations in strictly ascending year order.'),
  })
  .refine((s) => s.status !== 'derived' || s.derivation !== undefined, {
    message: 'a derived series needs a derivation',
    path: ['derivation'],
  })
  .meta({id: 'Series', description: 'A context series from one primary source and vintage.'});

export const ContextFigure = z
  .strictObject({
    id: kebabId.describe('Stable kebab-case id.'),
    label: text.describe('Short label in our words.'),
    value: z.number().finite().describe('The figure in base units of `unit`.'),
    unit: Unit.describe('Unit of `value`.'),
    period: Period.describe('The year or years the figure refers to.'),
    qualifier: Qualifier.describe('How the source qualifies the figure.'),
    source: kebabId.describe('Id of the source in `sources`.'),
    status: EvidenceStatus.describe('How far the figure was confirmed.'),
    expression: Expression.optional().describe('How the source phrases the figure in words.'),
    derivation: text.optional().describe('The arithmetic, when status is `derived`.'),
    quote: text.optional().describe('Verbatim from the source, where we have its words.'),
    note: text.optional().describe('What a reader must know about this figure.'),
  })
  .refine((f) => f.status !== 'derived' || f.derivation !== undefined, {
    message: 'a derived figure needs a derivation',
    path: ['derivation'],
  })
  .meta({
    id: 'ContextFigure',
    description: 'A single primary-source figure that a claim check needs.',
  });

export const Verdict = z
  .enum(['agrees', 'agrees-in-magnitude', 'differs', 'holds-for-subset'])
  .meta({
    id: 'Verdict',
    description:
      'What the primary source says of the note’s figure: agrees, agrees in magnitude only, differs, or holds only for a subset.',
  });

export const ClaimCheck = z
  .strictObject({
    indicator: kebabId.describe('Id of the indicator checked.'),
    verdict: Verdict.describe('What the primary source says of the note’s figure.'),
    primaryValue: z
      .number()
      .finite()
      .describe(
        'The primary figure as a number in the indicator’s unit. Without `derivation`, the value of `evidence[0]`, whose qualifier, projection and roundedTo say how the source states it.',
      ),
    evidence: z
      .array(z.string().regex(whole(PATTERNS.evidence), 'must be an id or series-id@year'))
      .min(1)
      .describe(
        'Context figure ids, or `series-id@year`, that give the primary figure; without `derivation`, the first gives `primaryValue` itself.',
      ),
    derivation: text
      .optional()
      .describe('The arithmetic, where the primary figure is computed from the evidence.'),
    note: text.describe('One line: what the primary source says and how it compares.'),
  })
  .meta({
    id: 'ClaimCheck',
    description: 'A check of one report indicator against a primary source.',
  });

export const Source = z
  .strictObject({
    id: kebabId.describe('Stable kebab-case id.'),
    publisher: text.describe('Who published it.'),
    title: text.describe('Title of the document, dataset or page.'),
    vintage: text.describe('Release, revision or date: "October 2017 release", "Rev.2017".'),
    url: z.url().optional().describe('Where to read it.'),
    symbol: text.optional().describe('Document symbol where there is one: "A/72/643".'),
    status: EvidenceStatus.describe('How far the source was read in the original.'),
  })
  .meta({
    id: 'Source',
    description: 'A document or dataset that a figure, message or series cites.',
  });

/** Each published collection and the schema of its records. */
export const collections = {
  indicators: Indicator,
  keyMessages: KeyMessage,
  milestones: Milestone,
  series: Series,
  contextFigures: ContextFigure,
  claimChecks: ClaimCheck,
  sources: Source,
} as const;

// Compile-time: the schema and src/types.ts describe the same shapes, both ways. A mismatch
// fails `check-types` here. The schema takes any kebab-case id (it checks the JSON, and the build
// checks that each id resolves); the types narrow ids to the unions read off the records, so they
// are compared with those widened back to `string`.
type Id =
  | T.IndicatorId
  | T.KeyMessageId
  | T.MilestoneId
  | T.SeriesId
  | T.ContextFigureId
  | T.SourceId
  | T.ClaimEvidence;
type Loose<V> = V extends Id
  ? string
  : V extends readonly (infer E)[]
    ? Loose<E>[]
    : V extends object
      ? {[K in keyof V]: Loose<V[K]>}
      : V;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SchemaMatchesTypes = [
  Assert<Same<z.infer<typeof Indicator>, Loose<T.Indicator>>>,
  Assert<Same<z.infer<typeof KeyMessage>, Loose<T.KeyMessage>>>,
  Assert<Same<z.infer<typeof Milestone>, Loose<T.Milestone>>>,
  Assert<Same<z.infer<typeof Series>, Loose<T.Series>>>,
  Assert<Same<z.infer<typeof ContextFigure>, Loose<T.ContextFigure>>>,
  Assert<Same<z.infer<typeof ClaimCheck>, Loose<T.ClaimCheck>>>,
  Assert<Same<z.infer<typeof Source>, Loose<T.Source>>>,
];
