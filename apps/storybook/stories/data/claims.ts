/**
 * Rows for the claim-check table: each report figure next to what its primary source says,
 * with the evidence spelled out. Numbers are shown as stored; where a derived number has more
 * decimals than a table can hold, it is shown to three decimals and marked "≈".
 */
import {
  claimChecks,
  getContextFigure,
  getIndicator,
  getSeries,
  getSource,
  type Indicator,
  type Unit,
  type Verdict,
} from '@mwfa/data';

export interface ClaimRow {
  indicator: string;
  label: string;
  /** The report's own words for the figure, verbatim. */
  quote: string;
  /** The report's figure as stored, with its qualifier. */
  reported: string;
  primary: string;
  verdict: Verdict;
  evidence: string[];
  note: string;
}

const QUALIFIER_WORDS: Record<Indicator['qualifier'], string> = {
  none: '',
  approximately: 'approximately ',
  some: 'some ',
  nearly: 'nearly ',
  over: 'over ',
  'more-than': 'more than ',
};

/** A number with every digit it has, or to three decimals marked "≈" when it has more. */
function exact(value: number): string {
  const full = new Intl.NumberFormat('en', {maximumFractionDigits: 20}).format(value);
  const short = new Intl.NumberFormat('en', {maximumFractionDigits: 3}).format(value);
  return full === short ? full : `≈ ${short}`;
}

function withUnit(value: number, unit: Unit): string {
  const number = exact(value);
  switch (unit) {
    case 'percent':
      return `${number} %`;
    case 'usd':
      return `US$ ${number}`;
    case 'ratio':
      return `${number} ×`;
    case 'persons':
      return `${number} persons`;
  }
}

/**
 * What one evidence reference points at, a series year or a context figure: its label, its value
 * as the source states it (with its qualifier, "over 22,500", or marked as a projection: a bare
 * number would state IOM's "over 22,500" as an exact count), its words where a number would
 * misrepresent it, and its source.
 */
function resolve(
  reference: string,
): {label: string; stated: string; wording?: string; source: string} | undefined {
  const [id = '', year] = reference.split('@');
  if (year) {
    const found = getSeries(id);
    const observation = found?.observations.find((o) => o.year === Number(year));
    if (!found || !observation) return undefined;
    const number = withUnit(observation.value, found.unit);
    return {
      label: `${found.label}, ${year}`,
      stated: observation.projection ? `${number} (projection)` : number,
      source: observation.source ?? found.source,
    };
  }
  const figure = getContextFigure(id);
  if (!figure) return undefined;
  return {
    label: figure.label,
    stated: `${QUALIFIER_WORDS[figure.qualifier]}${withUnit(figure.value, figure.unit)}`,
    wording: figure.expression?.wording,
    source: figure.source,
  };
}

/** One evidence reference in words: what it is, its value, its publisher. */
function describeEvidence(reference: string): string {
  const evidence = resolve(reference);
  if (!evidence) return `${reference} (not found)`;
  const source = getSource(evidence.source);
  return `${evidence.label}: ${evidence.wording ?? evidence.stated}${source ? ` (${source.publisher})` : ''}`;
}

export function claimRows(): ClaimRow[] {
  return claimChecks.map((check) => {
    const indicator = getIndicator(check.indicator);
    const reported = indicator
      ? `${QUALIFIER_WORDS[indicator.qualifier]}${indicator.expression?.wording ?? withUnit(indicator.value, indicator.unit)}`
      : '(unknown indicator)';
    return {
      indicator: check.indicator,
      label: indicator?.label ?? '',
      quote: indicator?.provenance.quote ?? '',
      reported,
      // Without a derivation, the first piece of evidence gives the primary figure: in its words.
      primary: !indicator
        ? exact(check.primaryValue)
        : check.derivation
          ? withUnit(check.primaryValue, indicator.unit)
          : (resolve(check.evidence[0]!)?.stated ?? check.evidence[0]!),
      verdict: check.verdict,
      evidence: check.evidence.map(describeEvidence),
      note: check.note,
    };
  });
}

/** How many checks reached each verdict, in a fixed order. */
export function verdictCounts(): {verdict: Verdict; count: number}[] {
  const order: Verdict[] = ['agrees', 'agrees-in-magnitude', 'differs', 'holds-for-subset'];
  return order.map((verdict) => ({
    verdict,
    count: claimChecks.filter((check) => check.verdict === verdict).length,
  }));
}
