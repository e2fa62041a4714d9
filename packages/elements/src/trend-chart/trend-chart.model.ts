import type {Series, Source, Unit} from '@mwfa/data';
import {getSeries, series as allSeries} from '@mwfa/data/series';
import {getSource} from '@mwfa/data/sources';
import {checkText, citeSource, keyword, UNITS, warnUnused, type Warn} from '../internal/figure.js';
import {readId, unknownIdHint} from '../internal/suggest.js';
import {
  preparePoints,
  type ChartPoint,
  type LooseObservation,
  type PointKind,
  type TableData,
} from './trend-chart.data.js';
import type {Note} from './trend-chart.file.js';
import {formatYear} from './trend-chart.format.js';
import type {TrendChartMessages} from './trend-chart.messages.js';

/** What the chart shows, read from its attributes and data: all but the drawing's geometry. */
export interface Model {
  points: ChartPoint[];
  label: string;
  subtitle: string;
  unit: Unit;
  /** Source line text, without the "Source:" word. */
  source: string;
  /** The source line cites a source of `@mwfa/data`, in English (a series', or the page's by id). */
  sourceEn: boolean;
  notes: Note[];
  /** From a series of `@mwfa/data`: its texts are English, unless the page gives its own. */
  fromSeries?: boolean;
  /** Shown instead of the chart when there is nothing to draw. */
  message?: string;
  /** File name stem of the downloads. */
  name: string;
  /** The page's heading of its table's values (see `TableData`): for the table and the CSV. */
  valueHeader?: string;
  /** The unit is the page's (`unit`, or a sign on the values), not the default: the CSV says it. */
  unitGiven?: boolean;
}

/** The chart's inputs, as the element has them: attributes as written, data as given. */
export interface ModelInputs {
  series: string | null;
  observations: readonly LooseObservation[] | undefined;
  /** The child `<table>`, as read. */
  table: TableData | undefined;
  label: string | null;
  subtitle: string | null;
  unit: string | null;
  source: string | null;
  /** Language of the years in the notes ("2017 :" in French). */
  lang: string;
  /** The chart's words in the page's language. */
  ui: TrendChartMessages;
  /** The lead of a point's own source ("Source: "), in the same language. */
  sourceWord: string;
  warn: Warn;
}

/** A table's rows left out are named under the chart up to this many, then "…". */
const LEFT_OUT_SHOWN = 5;

/** A citation as text: a source of `@mwfa/data` by publisher, title and vintage; a page's as is. */
function sourceText(source: Source | string | undefined): string {
  // Commas, as the stat card cites: some vintages hold brackets ("April 2017 (preliminary)").
  return typeof source === 'object'
    ? `${source.publisher}, ${source.title}, ${source.vintage}.`
    : (source ?? '');
}

/** The citation of a source of `@mwfa/data` by its id; empty for an id it does not have. */
export const citeById = (id: string) => sourceText(getSource(id));

/** A model with nothing to draw (yet). */
export function emptyModel(
  unit: Unit,
  label: string,
  subtitle: string,
  source?: Source | string,
): Model {
  return {
    points: [],
    label,
    subtitle,
    unit,
    source: sourceText(source),
    sourceEn: typeof source === 'object',
    notes: [],
    name: 'chart',
  };
}

/** The heading of the values: the page's own, or the unit's ("Value (persons)"). */
export const valueHeader = ({valueHeader, unit}: Model, ui: TrendChartMessages) =>
  valueHeader || ui.valueIn(ui.unitName[unit]);

/**
 * The heading of the values in the CSV: the page's own heading, with the unit the page gave
 * (the values are written without their sign) unless the heading names it already ("Share (%)");
 * a heading alone ("Migrants (millions)") is not followed by the default "(persons)". Without
 * one, the title and the unit.
 */
export const csvHeading = ({valueHeader, unitGiven, unit, label}: Model) =>
  valueHeader
    ? valueHeader + (unitGiven && !/[%$]|per ?cent|dollar/i.test(valueHeader) ? ` (${unit})` : '')
    : `${label} (${unit})`;

/** Kinds of point in the data, in the legend's order; none when all are observations. */
export function legendKinds(points: readonly ChartPoint[]): PointKind[] {
  // No array the length of the data: a series may have 100,000 points.
  const kinds = new Set<PointKind>();
  for (const point of points) kinds.add(point.kind);
  return kinds.has('projection') || kinds.has('derived')
    ? (['observed', 'derived', 'projection'] as const).filter((kind) => kinds.has(kind))
    : [];
}

/**
 * Reads the chart's inputs into what it shows, with one warning for each problem through `warn`.
 * A series of `@mwfa/data` wins over `observations`, which win over a child table. Nothing given
 * at all is `noData` without a warning: the element warns once the page has had time to give it.
 */
export function buildModel({
  series,
  observations,
  table,
  label,
  subtitle,
  unit: unitAttribute,
  source: sourceAttribute,
  lang,
  ui,
  sourceWord,
  warn,
}: ModelInputs): Model {
  const id = readId(series);
  const ownLabel = label?.trim() ?? '';
  // Beside a series the unit is not used, and is warned about as such below.
  const given =
    unitAttribute && !id
      ? keyword('unit', unitAttribute, UNITS, warn, '; persons is used')
      : undefined;
  const unit = given || 'persons';
  // Shown as text either way; the warning says the markup was not meant to be seen. A source
  // beside a series is not shown, and is warned about as such below.
  checkText('label', label, warn);
  checkText('subtitle', subtitle, warn);
  // An id of `@mwfa/data` or a citation, as a stat card's `source`.
  const source = id ? undefined : citeSource(checkText('source', sourceAttribute, warn), warn);
  const empty = emptyModel(unit, ownLabel, subtitle ?? '', source);

  let found: Series | undefined;
  let input: readonly LooseObservation[];
  let attribute = 'observations';
  if (id) {
    found = getSeries(id);
    if (!found) {
      const ids = allSeries.map((entry) => entry.id);
      warn('series', series, unknownIdHint('a series', id, ids));
      return {...empty, message: ui.unknownSeries(id), name: id};
    }
    input = found.observations;
    attribute = 'series';
    if (observations !== undefined) {
      warn('observations', '[…]', `are not drawn: series="${found.id}" gives the data`);
    }
    // As a stat card says of its indicator's: the series' unit and source are shown.
    const set = (text: string | null) => text?.trim() || undefined;
    warnUnused({unit: set(unitAttribute), source: set(sourceAttribute)}, warn, 'the series');
  } else if (observations !== undefined) {
    input = observations;
  } else if (table) {
    input = table.rows;
    attribute = 'table';
    empty.valueHeader = table.valueHeader;
    // Written on every value ("49.3%"), the table's unit wins: 49.3 persons would misstate it.
    const written = table.unit;
    if (written && written !== unit) {
      const hint = `differs from the table's values, written in ${written}; ${written} is used`;
      if (given) warn('unit', unitAttribute, hint);
      empty.unit = written;
    }
    empty.unitGiven = !!(given || written);
  } else {
    return {...empty, message: ui.noData};
  }

  const prepared = preparePoints(input, {
    attribute: found ? `series=${JSON.stringify(found.id)} observations` : attribute,
    seriesStatus: found?.status ?? 'confirmed',
  });
  if (prepared.problem && !(attribute === 'table' && table!.refused)) {
    const {attribute: name, value, hint} = prepared.problem;
    warn(name, value, hint);
  }
  const points = prepared.points;
  const model: Model = found
    ? {
        points,
        label: ownLabel || found.label,
        subtitle: subtitle || found.description,
        unit: found.unit,
        source: citeById(found.source),
        sourceEn: true,
        notes: [],
        name: found.id,
        fromSeries: true,
      }
    : {...empty, points, label: ownLabel || table?.label || ''};
  // The page's own figures with no `label` and no caption: one warning, and the heading of the
  // values ("Value (persons)") names the chart, its summary and its keys instead of nothing.
  // Nothing to draw has its own warning.
  if (!model.label && points.length > 0) {
    warn('label', label, 'is missing: name what the chart shows (or give a <caption>)');
    model.label = valueHeader(model, ui);
  }
  if (found?.derivation) {
    // The data names the series a calculation takes by id; a reader gets their titles.
    const text = found.derivation.replace(/[a-z]+(-[a-z]+)+/g, (id) => getSeries(id)?.label ?? id);
    model.notes.push({lead: ui.derived + ui.colon, text, en: true});
  }
  for (const point of points) {
    // The point's source when it is not the series' own.
    const otherSource = found && point.source !== found.source ? point.source : undefined;
    if (!point.note && !otherSource) continue;
    const lead = formatYear(point.year, lang) + ui.colon;
    // A series' notes are the data's (English); the page's own observations are the page's.
    if (point.note) model.notes.push({lead, text: point.note, en: !!found});
    if (otherSource) {
      const text = citeById(otherSource);
      if (text) model.notes.push({lead: lead + sourceWord, text, en: true});
    }
  }
  // A reader is told of the table's rows the chart leaves out: only the console said so.
  const leftOut = attribute === 'table' ? table!.leftOut : [];
  if (leftOut.length > 0) {
    const shown = leftOut.slice(0, LEFT_OUT_SHOWN);
    if (leftOut.length > shown.length) shown.push('…');
    model.notes.push({lead: ui.notDrawn + ui.colon, text: shown.join(ui.comma)});
  }
  if (points.length === 0) {
    model.message = attribute === 'table' && table!.refused ? ui.tableNotDrawn : ui.noData;
  }
  return model;
}
