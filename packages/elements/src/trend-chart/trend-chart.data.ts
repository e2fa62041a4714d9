import type {EvidenceStatus} from '@mwfa/data';
import {spokenText, type SpokenNode} from '../internal/spoken.js';

/** How a point is drawn and named: a plain observation, a calculated value or a projection. */
export type PointKind = 'observed' | 'derived' | 'projection';

/** One point as the chart draws it: numeric, sorted by year, one per year. */
export interface ChartPoint {
  year: number;
  value: number;
  kind: PointKind;
  note?: string;
  source?: string;
  /** The source gives the value only to a multiple of this (see @mwfa/data's Observation). */
  roundedTo?: number;
}

/** A problem with the input, worded for the one console warning it earns. */
export interface InputProblem {
  attribute: string;
  value: unknown;
  hint: string;
}

export interface PreparedPoints {
  points: ChartPoint[];
  /** At most one problem: several at once are joined into one sentence. */
  problem?: InputProblem;
}

/** Longer series show this many table rows; the CSV has them all. */
export const TABLE_ROWS = 1000;

/** From this many points on, the line is drawn decimated and a warning says so. */
const LARGE_SERIES = 10_000;

/**
 * More observations than this are not read at all: a million take seconds to draw, and a sparse
 * array's length (up to 2³² − 1) would take minutes to loop over.
 */
const MOST_OBSERVATIONS = 2_000_000;

/**
 * Beyond ±2⁵³ a number no longer holds every whole number: the table and the CSV, which give
 * every digit, would show digits the data does not have (and the axis overflows long before
 * ±Number.MAX_VALUE).
 */
const LARGEST = Number.MAX_SAFE_INTEGER;

/**
 * Years are written in full on the axis and in the summary: a year such as 1e20 (a value typed
 * in the year's place) would be drawn as a 21-digit label squeezing every other year to one side.
 * Four digits, as a `highlight` takes them; fractions of a year are kept.
 */
const LATEST_YEAR = 9999;

/** Anything that looks like an observation: page data is not trusted to be typed. */
export interface LooseObservation {
  year?: unknown;
  value?: unknown;
  status?: unknown;
  projection?: unknown;
  note?: unknown;
  source?: unknown;
  roundedTo?: unknown;
}

/**
 * A value as a warning quotes it. Never throws: `String` does for an object without a prototype
 * (`Object.create(null)`, as some libraries make records) or whose `toString` throws.
 */
function quoted(value: unknown): string {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

function kindOf(observation: LooseObservation, seriesStatus: EvidenceStatus): PointKind {
  // `status: 'projection'` too, as a table row's `data-status` says it.
  if (observation.projection === true || observation.status === 'projection') return 'projection';
  const status = (observation.status as EvidenceStatus | undefined) ?? seriesStatus;
  return status === 'derived' ? 'derived' : 'observed';
}

/**
 * Checks and orders observations for drawing. Never throws: values that are not finite
 * numbers, values beyond ±2⁵³ and years beyond ±9999 are left out, unsorted years are sorted, a
 * repeated year keeps its first value, and each of these is reported in one `problem`. Negative
 * values are kept (they may be real) but reported when the unit cannot be negative.
 */
export function preparePoints(
  input: readonly LooseObservation[] | undefined | null,
  {
    attribute = 'observations',
    seriesStatus = 'confirmed',
  }: {attribute?: string; seriesStatus?: EvidenceStatus} = {},
): PreparedPoints {
  let list = Array.isArray(input) ? input : [];
  const problems: string[] = [];
  // A page's array may be a Proxy whose length throws, or sparse with a length of 2³² − 1,
  // which a loop over it would not finish.
  let length = 0;
  try {
    length = list.length;
  } catch {
    list = [];
  }
  if (length > MOST_OBSERVATIONS) {
    return {
      points: [],
      problem: {
        attribute,
        value: `${length} observations`,
        hint: `are more than ${MOST_OBSERVATIONS} (sparse, or not meant to be drawn); there is nothing to draw`,
      },
    };
  }
  const points: ChartPoint[] = [];
  let dropped = 0;
  let firstDropped: unknown;
  let outOfRange = 0;
  let firstOutOfRange = 0;
  let farYears = 0;
  let firstFarYear = 0;
  let negative = 0;
  let unsorted = false;
  // Indexed loops over the data here and in the chart: `for…of` makes an iterator result per
  // step until the code is optimised, garbage by the hundred thousand for a long series.
  for (let index = 0; index < length; index += 1) {
    let observation: LooseObservation | undefined;
    let year = Number.NaN;
    let value = Number.NaN;
    try {
      observation = list[index];
      if (typeof observation?.year === 'number') year = observation.year;
      if (typeof observation?.value === 'number') value = observation.value;
    } catch {
      // A getter that throws: no number, as far as the chart can tell.
      observation = undefined;
    }
    if (!Number.isFinite(year) || !Number.isFinite(value)) {
      if (dropped === 0) firstDropped = observation?.year ?? observation;
      dropped += 1;
      continue;
    }
    if (Math.abs(value) > LARGEST) {
      if (outOfRange === 0) firstOutOfRange = year;
      outOfRange += 1;
      continue;
    }
    if (Math.abs(year) > LATEST_YEAR) {
      if (farYears === 0) firstFarYear = year;
      farYears += 1;
      continue;
    }
    if (value < 0) negative += 1;
    const previous = points[points.length - 1];
    if (previous && year < previous.year) unsorted = true;
    // `|| 0`: a -0 (a small negative number rounded) is drawn and written as 0, not "-0".
    const point: ChartPoint = {year: year || 0, value: value || 0, kind: 'observed'};
    try {
      point.kind = kindOf(observation!, seriesStatus);
      if (typeof observation!.note === 'string') point.note = observation!.note;
      if (typeof observation!.source === 'string') point.source = observation!.source;
      const {roundedTo} = observation!;
      if (typeof roundedTo === 'number' && roundedTo > 0 && Number.isFinite(roundedTo)) {
        point.roundedTo = roundedTo;
      }
    } catch {
      // A status, note or source whose getter throws: the point is drawn without it.
    }
    points.push(point);
  }
  if (unsorted) {
    // Stable: among equal years the first given stays first, and is the one kept below.
    points.sort((a, b) => a.year - b.year);
    problems.push('are not in year order; drawn sorted by year');
  }
  let duplicates = 0;
  let firstDuplicate = 0;
  let write = 0;
  for (let read = 0; read < points.length; read += 1) {
    const point = points[read]!;
    if (write > 0 && points[write - 1]!.year === point.year) {
      if (duplicates === 0) firstDuplicate = point.year;
      duplicates += 1;
      continue;
    }
    points[write] = point;
    write += 1;
  }
  points.length = write;
  if (dropped > 0) {
    problems.push(
      `have ${dropped} ${dropped === 1 ? 'year or value that is' : 'years or values that are'} not a number (first at year ${quoted(firstDropped)}); left out`,
    );
  }
  if (outOfRange > 0) {
    problems.push(
      `have ${outOfRange} value${outOfRange === 1 ? '' : 's'} beyond ±${LARGEST} (Number.MAX_SAFE_INTEGER; first at year ${firstOutOfRange}); left out`,
    );
  }
  if (farYears > 0) {
    problems.push(
      `have ${farYears} year${farYears === 1 ? '' : 's'} beyond ±${LATEST_YEAR} (first ${firstFarYear}); left out`,
    );
  }
  if (duplicates > 0) {
    problems.push(
      `repeat ${duplicates} year${duplicates === 1 ? '' : 's'} (first ${firstDuplicate}); the first value of each year is drawn`,
    );
  }
  if (negative > 0) {
    problems.push(`have ${negative} negative value${negative === 1 ? '' : 's'}; drawn as given`);
  }
  if (list.length > 0 && points.length === 0) problems.push('have no value to draw');
  if (list.length === 0) {
    // A JSON string set as the property (not parsed) is no list of observations.
    problems.push(
      input && !Array.isArray(input)
        ? 'are not an array of {year, value}; there is nothing to draw'
        : 'are empty; there is nothing to draw',
    );
  }
  if (points.length >= LARGE_SERIES) {
    problems.push(
      `have ${points.length} points; the line is drawn decimated (lowest and highest value per pixel), the keyboard and the CSV keep every point (the table shows the first ${TABLE_ROWS})`,
    );
  }
  const result: PreparedPoints = {points};
  if (problems.length > 0) {
    result.problem = {
      attribute,
      // What was given, when it is no list: an unparsed JSON string shows as itself.
      value:
        input && !Array.isArray(input)
          ? quoted(input).slice(0, 40)
          : `${list.length} observation${list.length === 1 ? '' : 's'}`,
      hint: problems.join('; they also '),
    };
  }
  return result;
}

/** Years named in a `highlight` attribute ("2000 2017"); words that are not years are returned apart. */
export function parseYears(text: string | null | undefined): {years: number[]; invalid: string[]} {
  const years: number[] = [];
  const invalid: string[] = [];
  for (const word of (text ?? '').split(/[\s,]+/)) {
    if (word === '') continue;
    if (/^-?\d{1,4}$/.test(word)) years.push(Number(word));
    else invalid.push(word);
  }
  return {years: [...new Set(years)].sort((a, b) => a - b), invalid};
}

/**
 * A cell's number that may be read two ways, which the chart does not guess. On a page that
 * writes decimals with a comma, any comma or dot: "1,234" is 1.234 there, and "2.345" is 2345 on
 * a Spanish page. Elsewhere, a comma that does not group thousands: "3,4", "0,125", and "4 500,5"
 * (thousands grouped by a space, so the comma is a decimal one).
 */
export function isAmbiguousNumber(text: string, decimalComma = false): boolean {
  const number = text.trim().replace('\u2212', '-');
  return (
    /^[-+]?\d[\d\s\u00a0\u202f.,]*$/.test(number) &&
    (decimalComma
      ? /[.,]/.test(number)
      : number.includes(',') && !/^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(number))
  );
}

/**
 * A number written in a table cell: "152,542,373", "152 542 373", "3.4", "−2 000" (a minus sign,
 * as French and Russian tables write it). Not a number: NaN. Commas are read as thousands
 * separators: check `isAmbiguousNumber` first. Not `grouped` (a `data-value`, written as code
 * writes numbers), "3,4" is no number, not 34.
 */
export function parseCellNumber(text: string, grouped = true): number {
  const trimmed = text.trim();
  // Separators group digits in threes after the first one to three: "258 2" (a footnote mark
  // after a space, or two numbers in one cell) is no number, not 2582, and "'17" no year 17.
  if (
    grouped &&
    /\d[\s\u00a0\u202f,_']|[,_']\d/.test(trimmed) &&
    !/^[-+\u2212]?\s?\d{1,3}([\s\u00a0\u202f,_']\d{3})*(\.\d*)?$/.test(trimmed)
  ) {
    return Number.NaN;
  }
  const cleaned = grouped
    ? trimmed.replace(/[\s\u00a0\u202f,_']/g, '').replace('\u2212', '-')
    : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/**
 * The text of `node` with "|" around what breaks a number in two: a line break, a deletion, a
 * mark (raised, small or a link), a block ("258<br>3.4%", "<del>250</del> 258", Google Docs'
 * superscript <span>, "220<a href="#n1">1</a>", two paragraphs, a table in the cell). Other
 * elements (Word's <span> runs, <wbr>, <strong>) leave the number whole.
 */
function markedText(node: SpokenNode): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  // Not Array.from(list, map): see spokenText.
  const inner = Array.from(node.childNodes ?? [])
    .map(markedText)
    .join('');
  return /^(a|br|del|s|strike|small|sup|sub|p|div|li|td|th)$/.test(node.localName ?? '') ||
    /super/.test(node.getAttribute?.('style') ?? '')
    ? `|${inner}|`
    : inner;
}

/**
 * What `readTable` uses of a `<table>` and its parts: the DOM's elements in the browser, a
 * stand-in made from the parsed snippet on the server (which has no DOM). Both read through
 * this one function, or hydration would change what the server showed.
 */
export interface TablePart extends SpokenNode {
  readonly textContent: string | null;
  readonly parentElement: {readonly localName: string} | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): TablePart | null;
  querySelectorAll(selectors: string): ArrayLike<TablePart> & Iterable<TablePart>;
}

/** What a table gives the chart: its title, one observation per row, and their unit's sign. */
export interface TableData {
  label: string;
  rows: LooseObservation[];
  /** The unit the values are written in ("49.3%", "$1,200"), when they carry its sign. */
  unit?: 'percent' | 'usd';
  /** Rows left out, as written ("2014–15 (1 500)"): named under the chart, not lost unseen. */
  leftOut: string[];
  /** Nothing is drawn, and the table's warning said why: not also that it is empty. */
  refused?: boolean;
  /**
   * The heading of the values' column as the page writes it ("Migrants (millions)"): the chart's
   * table and CSV say it, where "Value (persons)" would misstate millions as persons.
   */
  valueHeader?: string;
}

/**
 * A value with its unit's sign, as a spreadsheet pastes it: "49.3%", "49,3 %", "$1,200",
 * "US$ 1.2", "1 200 $". Groups: the sign before, the number, the sign after.
 */
const SIGNED_VALUE = /^\s*(US\$|\$)?\s*(.*?)\s*(%|\$)?\s*$/;

/**
 * Reads a `<table>`: caption, then one row per year (first cell year, second value); rows in
 * `<thead>` and `<tfoot>` (a total) are not data. A value may carry its unit's sign, which gives
 * the table's `unit`; a value with another sign is no number. A row whose year or value is no
 * number, may be read two ways ("3,4"; "1,234" on a page with a decimal comma) or has a footnote
 * mark is left out: listed in `leftOut`, and `problem` is the one warning they earn.
 */
export function readTable(
  table: TablePart,
  decimalComma: boolean,
): TableData & {problem?: [value: string, hint: string]} {
  const rows: LooseObservation[] = [];
  const leftOut: string[] = [];
  const caption = table.querySelector('caption');
  // As read aloud: "International<br>migrants" is two words, not "Internationalmigrants".
  const label = caption ? spokenText(caption).trim() : '';
  // Where a warning says the table is ("in “Migrants” is not a number").
  const where = label && `in “${label}” `;
  // The first cell of each reason a row is left out, for the warning.
  let ambiguous: string | undefined;
  let footnote: string | undefined;
  let notNumber: string | undefined;
  let outOfRange: string | undefined;
  let shortYear: string | undefined;
  let unit: TableData['unit'];
  // The footnote mark that ends a cell's `text` ("a" of "Migrants (millions)<sup>a</sup>"), or ''.
  const endMark = (cell: TablePart, text: string) => {
    const mark = cell.querySelector('sup, sub')?.textContent ?? '';
    return text.endsWith(mark) ? mark : '';
  };
  // A cell's words without that mark, its lines joined.
  const unmarked = (cell: TablePart) => {
    const text = spokenText(cell).replace(/\s+/g, ' ').trim();
    return text.slice(0, text.length - endMark(cell, text).length).trim();
  };
  // The values' heading: each header row's second cell; "Migrants" over "millions" is
  // "Migrants, millions", over "(millions)" "Migrants (millions)". A row of filters (DataTables'
  // <select>s) heads nothing.
  let valueHeader: string | undefined;
  const headerOf = ({1: cell}: ArrayLike<TablePart>) => {
    const text = cell && !cell.querySelector('select, input') ? unmarked(cell) : '';
    if (!valueHeader || !text || text === valueHeader) return valueHeader || text || undefined;
    return valueHeader + (text.startsWith('(') ? ' ' : ', ') + text;
  };
  // Rows of a table inside a cell are that cell's (left out with it), not rows of their own.
  const nested = new Set(
    Array.from(table.querySelectorAll('tr')).flatMap((row) =>
      row.querySelector('table') ? Array.from(row.querySelectorAll('tr')) : [],
    ),
  );
  const trs = Array.from(table.querySelectorAll('tr')).filter((row) => !nested.has(row));
  const cellsOf = (row: TablePart) => row.querySelectorAll('td, th');
  const isYear = (cell: TablePart | null | undefined) =>
    /^\s*\d{4}\s*$/.test(cell?.textContent ?? '');
  const refuse = (value: string, why: string) => ({
    label,
    rows: [],
    leftOut: [],
    refused: true,
    problem: [value, `${where}${why}: nothing is drawn`] as [string, string],
  });
  // Years across the first row of two cells or more ("2000 2010 2017" over "173 220 258"), read
  // down the first column, were drawn as "rose from 220 in 173 to 2,010 in 2000". Not drawn: the
  // chart shows the table as the page wrote it. Years down the first column with four-digit
  // values ("2000 1730 1580") have a year below the first too.
  const first = trs.findIndex((row) => cellsOf(row).length > 1);
  const across = Array.from(trs[first] ? cellsOf(trs[first]) : []).slice(1);
  if (
    across.length > 1 &&
    across.every(isYear) &&
    !isYear(trs[first + 1]?.querySelector('td, th'))
  ) {
    return refuse(
      `${across.length + 1} columns`,
      'has its years across the first row, not down the first column',
    );
  }
  // Row numbers before the years ("1 | 2015 | 1000") were drawn as "rose from 2,015 in 1 to 2,017
  // in 3", and values before them ("173 | 2000") as "from 2,000 in 173". Not drawn either.
  const numbered = trs
    .map(cellsOf)
    .filter(
      (cells) => cells.length > 1 && !Number.isNaN(parseCellNumber(cells[0]!.textContent ?? '')),
    );
  if (
    numbered.length &&
    numbered.every((cells) => isYear(cells[1])) &&
    numbered.some((cells) => !isYear(cells[0]))
  ) {
    return refuse(
      `${numbered[0]!.length} columns`,
      'has its years in the second column, not the first',
    );
  }
  // Cells of a drawn row beyond its first two: a third column of numbers is another series
  // ("Year | Migrants | Refugees"), which one line cannot show.
  let columns = 0;
  let seriesRows = 0;
  // A heading between rows of data ("Projections": a row of one cell of words), and the first
  // row under it: the rows under it may be of another kind. One with digits groups years
  // ("2010s", "Années 2010", "2010-е годы") and is passed over, as is a spacer ("–"). A row of
  // one number is a year without its value (merged into the row above).
  let heading: string | undefined;
  let headed: string | undefined;
  let noValue: string | undefined;
  // Values with their unit's sign beside values without ("173", then "3.4%"; "2.8%", then "258"):
  // all were drawn in its unit. A sign on the first value only is how accounts write money
  // ("$127", "131"), and a 0 often has none.
  let signed: string | undefined;
  let unsigned = false;
  for (const row of trs) {
    const cells = cellsOf(row);
    const group = row.parentElement?.localName;
    if (group === 'thead') valueHeader = headerOf(cells);
    // A hidden row (Excel writes `style="display:none"`) is not shown to readers, nor drawn.
    if (
      /^t(head|foot)$/.test(group ?? '') ||
      row.getAttribute('hidden') !== null ||
      /display\s*:\s*none/.test(row.getAttribute('style') ?? '')
    ) {
      continue;
    }
    if (cells.length < 2) {
      const text = cells[0] ? spokenText(cells[0]).trim() : '';
      if (!Number.isNaN(parseCellNumber(text))) {
        leftOut.push(text);
        noValue ??= text;
      } else if (rows.length && /^\D*\p{L}\D*$/u.test(text)) heading ??= text;
      continue;
    }
    // A cell's `data-value` is written as code writes numbers ("3.4"), whatever the page's
    // language; its text is the page's. "3,4" is 3.4 with a decimal comma and 34 with a
    // thousands separator: not guessed.
    const given = [cells[0]!, cells[1]!].map((cell) => cell.getAttribute('data-value'));
    const texts = [0, 1].map((i) => given[i] ?? cells[i]!.textContent ?? '');
    // As the reader sees the row, for the note that names it.
    const shown = [0, 1].map((i) => (cells[i]!.textContent ?? '').replace(/\s+/g, ' ').trim());
    const leaveOut = () => leftOut.push(`${shown[0]} (${shown[1]})`);
    // A blank row (spacing in a CMS table) is no data.
    if (!texts.join('').trim()) continue;
    // A header row written in <td>/<th> without <thead>, before any data: no digit in either
    // cell but a footnote mark's ("Migrants<sup>a</sup>"), or no number (below). A first row of
    // data whose year is in <th> ("2000*", "2000<sup>a</sup>") is named like any other.
    const firstHeader = rows.length === 0 && leftOut.length === 0 && row.querySelector('th');
    if (firstHeader && [0, 1].every((i) => given[i] === null && !/\d/.test(unmarked(cells[i]!)))) {
      valueHeader = headerOf(cells);
      continue;
    }
    // The rows under it may be of another kind: projections drawn as observations.
    if (heading) {
      leaveOut();
      headed ??= heading;
      continue;
    }
    // A footnote mark in <sup> joins the number's text: "190 531 600<sup>1</sup>" would be
    // 1,905,316,001, and "10<sup>6</sup>" 106. Named as "190 531 600[1]". So do a mark in
    // another element (a superscript <span> pasted from Google Docs) and a second number
    // ("<del>250</del> 258", "258<br>3.4%").
    const marked = [0, 1].find(
      (i) =>
        given[i] === null &&
        (cells[i]!.querySelector('sup, sub') ||
          markedText(cells[i]!)
            .split('|')
            .filter((part) => /\d/.test(part)).length > 1),
    );
    if (marked !== undefined) {
      const mark = endMark(cells[marked]!, shown[marked]!);
      if (mark) shown[marked] = `${shown[marked]!.slice(0, -mark.length)}[${mark}]`;
      leaveOut();
      footnote ??= shown[marked]!;
      continue;
    }
    const [, before, number, after] = SIGNED_VALUE.exec(texts[1]!)!;
    const sign = before || after;
    let signUnit: TableData['unit'];
    if (given[1] === null && sign && !(before && after)) {
      signUnit = sign === '%' ? 'percent' : 'usd';
      texts[1] = number!;
    }
    const unclear = texts.find(
      (text, i) => given[i] === null && isAmbiguousNumber(text, decimalComma),
    );
    if (unclear !== undefined) {
      leaveOut();
      ambiguous ??= unclear.trim();
      continue;
    }
    const year = parseCellNumber(texts[0]!, given[0] === null);
    let value = parseCellNumber(texts[1]!, given[1] === null);
    if (firstHeader && Number.isNaN(year) && Number.isNaN(value)) {
      valueHeader = headerOf(cells);
      continue;
    }
    // Only a row that is drawn sets the table's unit: not a total ("+69%"), a header
    // ("Migrants, US$") or a row left out ("US$1.5bn"); a value in another unit is no number.
    if (signUnit && !Number.isNaN(year) && !Number.isNaN(value)) {
      unit ??= signUnit;
      if (unit !== signUnit) value = Number.NaN;
    }
    if (Number.isNaN(year) || Number.isNaN(value)) {
      leaveOut();
      notNumber ??= Number.isNaN(year) ? texts[0]!.trim() : (given[1] ?? shown[1]!);
      continue;
    }
    // "00" and "17" were drawn as the years 0 and 17, and a row number ("1 | 173") as the year 1.
    if (!(Number.isInteger(year) && year >= 1000)) {
      leaveOut();
      shortYear ??= texts[0]!.trim();
      continue;
    }
    // Named under the chart like the rows above ("1e309" is Infinity, 12000 no year it draws).
    if (!(Math.abs(value) <= LARGEST && Math.abs(year) <= LATEST_YEAR)) {
      leaveOut();
      outOfRange ??= Math.abs(year) > LATEST_YEAR ? texts[0]!.trim() : (given[1] ?? shown[1]!);
      continue;
    }
    if (
      Array.from(cells)
        .slice(2)
        .some(
          (cell) => !Number.isNaN(parseCellNumber(SIGNED_VALUE.exec(cell.textContent ?? '')![2]!)),
        )
    ) {
      columns ||= cells.length;
      seriesRows += 1;
    }
    // The sign as shown: a `data-value` cell shows it too.
    if (/[%$]/.test(shown[1]!)) signed ??= shown[1];
    else if (value && (!rows.length || unit === 'percent')) unsigned = true;
    const status = row.getAttribute('data-status');
    rows.push({
      year,
      value,
      projection: status === 'projection',
      status: status === 'derived' ? 'derived' : undefined,
    });
  }
  if (signed && unsigned) return refuse(signed, 'has a unit sign that other values do not');
  // Each reason with its first cell; the first one's cell is the warning's value.
  const reasons: [string, string][] = [];
  if (headed) {
    reasons.push([
      headed,
      'is a heading inside the table; the rows under it may be of another kind',
    ]);
  }
  if (noValue) reasons.push([noValue, 'has no value in its row (a merged cell?)']);
  if (ambiguous) {
    // Read with a decimal comma (dots and spaces group thousands), then with a decimal point.
    const commaRead = parseCellNumber(ambiguous.replace(/\./g, '').replace(',', '.'));
    const pointRead = parseCellNumber(ambiguous.replace(/[\s\u00a0\u202f,]/g, ''));
    const readings = [commaRead, pointRead].filter((reading) => !Number.isNaN(reading));
    reasons.push([ambiguous, `may be ${readings.join(' or ')}`]);
  }
  if (footnote) reasons.push([footnote, 'has a footnote mark or a second number']);
  if (notNumber !== undefined) reasons.push([notNumber, 'is not a number']);
  if (outOfRange !== undefined) reasons.push([outOfRange, 'is out of range']);
  if (shortYear) reasons.push([shortYear, 'is not a year of four digits']);
  const said: string[] = [];
  if (reasons.length > 0) {
    const each = reasons.map(([cell, why], i) => (i === 0 ? why : `“${cell}” ${why}`));
    const count = leftOut.length === 1 ? 'left out' : `${leftOut.length} rows left out`;
    const fix = ambiguous || footnote ? '; give its number in data-value' : '';
    said.push(`${each.join('; ')}: ${count}, and named under the chart${fix}`);
  }
  // Only a column of numbers on every row: footnote numbers or a revision year are not a series.
  if (columns && seriesRows === rows.length) {
    said.push(
      `${reasons.length ? 'the table ' : ''}is more than one series: only its first two columns are drawn (years, then values)`,
    );
  }
  const problem: [string, string] | undefined = said.length
    ? [reasons[0]?.[0] ?? `${columns} columns`, `${where}${said.join('; ')}`]
    : undefined;
  return {label, rows, unit, leftOut, refused: !rows.length && !!problem, valueHeader, problem};
}

function csvField(text: string): string {
  // A spreadsheet runs a cell written as a formula ("=HYPERLINK(…)" in a page's label or note):
  // an apostrophe makes it text. Also after a ";" or a line break, where a cell starts for Excel
  // in French, Spanish or Russian (";" separates cells there, and quotes mid-cell do not hold).
  const cell = text.replace(/(^|[;\n\r])(?=[=+\-@\t\r])/g, "$1'");
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The CSV of exactly what the chart draws: every point after checking and ordering, with the
 * raw (unformatted) value, how it is drawn, its note and its source (`sourceOf`), so that the
 * file says where each number comes from. It starts with a byte-order mark: without it,
 * Excel reads the file in the system's code page and garbles labels in Arabic, Chinese, Russian
 * or French.
 */
export function toCsv(
  points: readonly ChartPoint[],
  valueHeader: string,
  sourceOf: (point: ChartPoint) => string,
): string {
  const lines = [`\ufeffyear,${csvField(valueHeader)},status,note,source`];
  for (const point of points) {
    lines.push(
      `${point.year},${point.value},${point.kind},${csvField(point.note ?? '')},${csvField(sourceOf(point))}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
