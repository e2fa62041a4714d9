/**
 * The shapes of everything @mwfa/data publishes. The zod schema in `scripts/schema.ts` is checked
 * against these types at compile time, and validates every record at build time.
 */
import type {ContextFigureId} from './context-figures.js';
import type {IndicatorId} from './indicators.js';
import type {KeyMessageId, MilestoneId} from './key-messages.js';
import type {SeriesId} from './series.js';
import type {SourceId} from './sources.js';

// Each id union is read off the records in the collection's own module, so it cannot drift.
export type {ContextFigureId} from './context-figures.js';
export type {IndicatorId} from './indicators.js';
export type {KeyMessageId, MilestoneId} from './key-messages.js';
export type {SeriesId} from './series.js';
export type {SourceId} from './sources.js';

/** How the note qualifies a figure, exactly as it words it. */
export type Qualifier = 'none' | 'approximately' | 'some' | 'nearly' | 'over' | 'more-than';

/**
 * Unit of `value`. Values are in base units: 258000000 persons, 600000000000 usd.
 * `percent` values are percentages (48 means 48 %); `ratio` is a plain multiple (3 means 3×).
 */
export type Unit = 'persons' | 'percent' | 'usd' | 'ratio';

/** How far a figure was confirmed in its primary source (see shared/source/context-series.md). */
export type EvidenceStatus = 'confirmed' | 'confirmed-copy' | 'derived';

/**
 * Why a period says what it says where the source does not: `report-year`, the source gives no
 * year for the figure ("today", the present tense) and the year of the report that gives the
 * figure stands in.
 */
export type PeriodBasis = 'report-year';

/** A year (start === end) or an inclusive range of years. */
export interface Period {
  start: number;
  end: number;
  /**
   * `report-year` when the source gives no year for the figure and the year of the report that
   * gives it stands in: the whole period, or the end of a change since a year the source names
   * (2000–2017 for "48% more than in 2000"). For the note's figures that is 2017, the year of
   * A/72/643. Absent when the source states the years: show the period then as a fact of the
   * source, and otherwise say that it is the year of the report.
   */
  basis?: PeriodBasis;
}

/**
 * How the note phrases a figure where a bare number would misrepresent it:
 * "two-thirds" (fraction 2/3), "half" (fraction 1/2), "3 times" (multiple 3).
 */
export type Expression =
  | {type: 'fraction'; numerator: number; denominator: number; wording: string}
  | {type: 'multiple'; factor: number; wording: string};

/** A comparison the note makes. */
export type Comparison =
  /** "two-thirds are in work (as opposed to half of women worldwide)" */
  | {type: 'versus'; indicator: IndicatorId; wording: string}
  /** "48% more than in 2000" */
  | {type: 'change-since'; baseYear: number; wording: string}
  /** "3 times all official development assistance" */
  | {type: 'relative-to'; wording: string};

/** Where a report figure or message comes from in the note. */
export interface Provenance {
  /** Id in `sources`. */
  source: SourceId;
  /** The note's question heading under which the text stands. */
  locator: string;
  /** Verbatim from the note (whitespace collapsed; `\$` read as `$`). */
  quote: string;
}

export interface Indicator {
  /** Stable kebab-case id: renaming one is a breaking change. */
  id: IndicatorId;
  /** Short label in our words, English, reads after the figure: "international migrants". */
  label: string;
  /**
   * The figure in base units of `unit`. Where `expression` is set, the note gives the figure in
   * its words ("two-thirds", "3 times") and this is the number they stand for (two-thirds:
   * 66.666…): show `expression.wording`.
   */
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  period: Period;
  expression?: Expression;
  comparison?: Comparison;
  /** Id of a context series that shows how the figure came about (for sparklines). */
  series?: SeriesId;
  /** Why a field says what it says, where the note leaves it open (e.g. no year given). */
  note?: string;
  provenance: Provenance;
}

/**
 * What a key message does: `call` (for action or cooperation), `warning` (of a danger),
 * `recommendation` (what states should do), `commitment` (what the UN or states undertake),
 * `finding` (what the report holds to be true, e.g. the evidence of benefits).
 */
export type KeyMessageKind = 'call' | 'warning' | 'recommendation' | 'commitment' | 'finding';

export interface KeyMessage {
  id: KeyMessageId;
  kind: KeyMessageKind;
  /** Verbatim from the note. */
  quote: string;
  /** One line in our own words. */
  summary: string;
  locator: string;
  source: SourceId;
  /** Ids in `indicators`. */
  indicators: IndicatorId[];
}

export interface Milestone {
  id: MilestoneId;
  label: string;
  /** ISO date or year-month the note or its source names: "2018-12". */
  date?: string;
  description: string;
  provenance: Provenance;
  /** What the primary source adds (the date and place of adoption, the target's text). */
  context?: {text: string; source: SourceId; status: EvidenceStatus};
}

export interface Observation {
  year: number;
  value: number;
  /** Set where it differs from the series' status. */
  status?: EvidenceStatus;
  /** A projection made before the year's data were in (World Bank 2017 remittances). */
  projection?: boolean;
  /**
   * The source gives the value only to a multiple of this: 100000000 where it writes US$ billions
   * to one decimal (126.7), so 126700000000 has no more digits than that. Absent where the value
   * has every digit the source gives.
   */
  roundedTo?: number;
  /** Id in `sources` where the observation comes from another release than the series. */
  source?: SourceId;
  note?: string;
}

export interface Series {
  id: SeriesId;
  label: string;
  unit: Unit;
  description: string;
  /** Id in `sources`. */
  source: SourceId;
  status: EvidenceStatus;
  /** The arithmetic, when status is `derived`. */
  derivation?: string;
  observations: Observation[];
}

/** A single primary-source figure that a claim check needs. */
export interface ContextFigure {
  id: ContextFigureId;
  label: string;
  value: number;
  unit: Unit;
  period: Period;
  qualifier: Qualifier;
  /** Id in `sources`. */
  source: SourceId;
  status: EvidenceStatus;
  /** How the source phrases it where a number would misrepresent it ("one in four"). */
  expression?: Expression;
  /** The arithmetic, when status is `derived`. */
  derivation?: string;
  /** Verbatim from the source, where we have its words. */
  quote?: string;
  note?: string;
}

/**
 * `agrees-in-magnitude`: the primary sources give the figure only approximately (a fraction such
 * as "one in four" of a total), close to the report's but not within its wording.
 */
export type Verdict = 'agrees' | 'agrees-in-magnitude' | 'differs' | 'holds-for-subset';

/** What a claim check rests on: a context figure, or one year of a series (`series-id@year`). */
export type ClaimEvidence = ContextFigureId | `${SeriesId}@${number}`;

export interface ClaimCheck {
  /** Id in `indicators`. */
  indicator: IndicatorId;
  verdict: Verdict;
  /**
   * The primary figure as a number in the indicator's unit. Without `derivation`, it is the
   * value of `evidence[0]`, whose `qualifier` ("over"), `projection` and `roundedTo` say how the
   * source states it: show them with it.
   */
  primaryValue: number;
  /**
   * Ids in `contextFigures`, or `series-id@year`, that give the primary figure: the first gives
   * `primaryValue` itself where there is no `derivation`.
   */
  evidence: ClaimEvidence[];
  /** The arithmetic, where the primary figure is computed from the evidence, not one of it. */
  derivation?: string;
  note: string;
}

export interface Source {
  id: SourceId;
  publisher: string;
  title: string;
  /** Release, revision or date: "October 2017 release", "Rev.2017". */
  vintage: string;
  url?: string;
  /** Document symbol where there is one: "A/72/643". */
  symbol?: string;
  status: EvidenceStatus;
}
