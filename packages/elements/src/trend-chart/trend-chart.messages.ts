/** The change between the first and the last point, as the summary sentence needs it. */
export type Trend = 'up' | 'down' | 'flat';

/** Pieces of the summary sentence, already formatted for the locale. */
export interface SummaryParts {
  label: string;
  /** First and last value, formatted, each kept on one line ("153\u00a0million"). */
  first: string;
  last: string;
  /** First and last year, formatted. */
  from: string;
  to: string;
  /** Unsigned relative change ("69%"), or '' when it cannot be computed (first value 0, percent units). */
  change: string;
  /** The same change with its sign ("+69%"), or ''. */
  signedChange: string;
  /**
   * A high and a low between the first and the last point that stand out, as `extremes` words
   * them (", with a high of 7,763 in 2016"), or '' when none does. With a `flat` trend it is
   * never '' unless every point has the same value.
   */
  extremes: string;
}

/** Every word the chart shows or announces, in one UN language. */
export interface TrendChartMessages {
  summary(trend: Trend, parts: SummaryParts): string;
  /** A high between the ends, for the summary's `extremes`: "a high of 7,763 in 2016". */
  high(value: string, year: string): string;
  /** A low between the ends: "a low of 2.8% in 1995". */
  low(value: string, year: string): string;
  /** Joins the `high` and the `low` (one or both) into the summary's `extremes`. */
  extremes(parts: string[]): string;
  /** Summary of a series with a single observation. */
  single(parts: Pick<SummaryParts, 'label' | 'first' | 'from'>): string;
  showTable: string;
  hideTable: string;
  downloadCsv: string;
  downloadSvg: string;
  year: string;
  /** Heading of the table's value column, around a `unitName`: "Value (persons)". */
  valueIn(unit: string): string;
  status: string;
  observed: string;
  projection: string;
  derived: string;
  /** Said on the chart when the vertical axis does not start at zero. */
  notFromZero: string;
  /** Said on the chart when the line is drawn from fewer points than the data has. */
  decimated(count: string): string;
  /** Said on the chart when its calculated values are too close together for their marks. */
  derivedUnmarked: string;
  /** The table shows only the first rows of a very long series. */
  tableTruncated(shown: string, count: string): string;
  /** Before the rows of a table the chart leaves out: "Not drawn: 2015 (3,4)". */
  notDrawn: string;
  noData: string;
  /** Instead of `noData` above a child table it draws nothing of (laid out otherwise than years down its first column, every row left out). */
  tableNotDrawn: string;
  unknownSeries(id: string): string;
  /** Joins a label and what it labels: ": " (French "\u00a0: "). */
  colon: string;
  /** Joins a point's value and its status: ", " (Arabic "، ", Chinese "，"). */
  comma: string;
  /** After the summary's last value when it is a projection: " (projection)". */
  projected: string;
  /** Label of the keyboard control that moves from point to point. */
  points(label: string): string;
  /** Change label of a highlighted range: "+49% since 2000". */
  since(signedChange: string, year: string): string;
  /** Unit names where the number alone does not say it. */
  unitName: {persons: string; usd: string; percent: string; ratio: string};
}

/** Built into the chart; the other languages come from locale modules (src/locales/). */
export const en: TrendChartMessages = {
  // "Label: … and in 2017", not "Label was …": labels may be plural ("Recorded deaths").
  summary: (trend, p) =>
    trend !== 'flat'
      ? `${p.label} ${trend === 'up' ? 'rose' : 'fell'} from ${p.first} in ${p.from} to ${p.last} in ${p.to}${p.signedChange ? `, ${p.signedChange}` : ''}${p.extremes}.`
      : p.extremes
        ? `${p.label}: ${p.first} in ${p.from} and in ${p.to}${p.extremes}.`
        : `${p.label} stayed at ${p.first} from ${p.from} to ${p.to}.`,
  high: (value, year) => `a high of ${value} in ${year}`,
  low: (value, year) => `a low of ${value} in ${year}`,
  extremes: (parts) => `, with ${parts.join(' and ')}`,
  single: (p) => `${p.label}: ${p.first} in ${p.from}, the only value.`,
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadCsv: 'Download CSV',
  downloadSvg: 'Download SVG',
  year: 'Year',
  valueIn: (unit) => `Value (${unit})`,
  status: 'Status',
  observed: 'Observed',
  projection: 'Projection',
  derived: 'Calculated',
  notFromZero: 'The vertical axis does not start at zero.',
  decimated: (n) =>
    `Drawn from ${n} points: the line shows the lowest and highest value at each pixel. The keyboard and the CSV cover every point.`,
  derivedUnmarked: 'Calculated values are too close together to be marked; the table names them.',
  tableTruncated: (shown, n) =>
    `The table shows the first ${shown} of ${n} rows; the CSV has them all.`,
  notDrawn: 'Not drawn',
  noData: 'No data to draw.',
  tableNotDrawn: 'This table cannot be drawn as a chart.',
  unknownSeries: (id) => `No series “${id}” in the data.`,
  colon: ': ',
  comma: ', ',
  projected: ' (projection)',
  points: (label) => `${label}: data points`,
  since: (change, year) => `${change} since ${year}`,
  unitName: {persons: 'persons', usd: 'US dollars', percent: 'per cent', ratio: 'ratio'},
};
