import type {Unit} from '@mwfa/data';
import type {ChartPoint, PointKind} from './trend-chart.data.js';
import {
  digitsApart,
  formatChange,
  formatTicks,
  formatValue,
  formatYear,
} from './trend-chart.format.js';
import {scaleLinear} from './trend-chart.scale.js';
import {areaPath, circlesPath, linePath} from './trend-chart.shape.js';

/**
 * Type size of the labels, in CSS pixels, unless the layout is given another (the reader's text
 * size); label widths are estimated from it, and the plot's margins grow with it.
 */
export const FONT_SIZE = 12;
/** Distance between the baselines of a label's lines: 15px for 12px type. */
export const lineHeight = (size: number) => size * 1.25;
/** Smallest free space between two year labels. */
const LABEL_GAP = 10;
/** Marks are drawn for every point only while they stay this far apart (CSS pixels). */
const MIN_MARK_SPACING = 4;
const MAX_MARKS = 400;
/**
 * Hollow marks closer than this run together into one filled shape (their 2px rings cover the
 * holes between them), which reads as an observed point: then none are drawn.
 */
const MIN_RING_SPACING = 3;
/** Radius of a point's mark, in CSS pixels. */
export const MARK_RADIUS = 4;
/**
 * Marks closer than this (centre to centre, CSS pixels) touch: the radius and half the widest
 * ring (2px) on each side. Touching marks are drawn one by one, each on top of the one before.
 */
const MARKS_TOUCH = 2 * (MARK_RADIUS + 1);
/** How far a mark and its ring reach from the line, in CSS pixels. */
const MARK_REACH = MARK_RADIUS + 1.5;
/** Gap between a value label's baseline (above) or top (below) and its grid line. */
const LABEL_RISE = 4;

export interface LayoutOptions {
  width: number;
  height: number;
  unit: Unit;
  /** A locale `Intl` accepts. */
  locale: string;
  /** Start the vertical axis at zero (default). */
  fromZero?: boolean;
  /** Draw time from right to left (only when asked: time stays left-to-right in RTL pages). */
  reverse?: boolean;
  /** Years to label; two years also shade the range between them. */
  highlight?: readonly number[];
  area?: boolean;
  /** Text direction of the labels: anchors flip so labels keep their side of the plot. */
  textDir?: 'ltr' | 'rtl';
  /** Words of a highlighted range's change: "+49% since 2000" (default: these English ones). */
  since?: (change: string, year: string) => string;
  /** Between a highlighted year and its value: ": " (default; French "\u00a0: "). */
  colon?: string;
  /** Type size of the labels, CSS pixels (default `FONT_SIZE`). */
  fontSize?: number;
  /**
   * What the reader's letter and word spacing (WCAG 1.4.12 text spacing) add to each character
   * of a label, in em (default 0): label widths are estimated that much wider.
   */
  spacing?: number;
}

export interface Tick {
  value: number;
  /** Position along its axis, in CSS pixels. */
  at: number;
  label: string;
}

/**
 * A tick of the value axis. Its label sits above its grid line at the plot's left edge or, where
 * the line of the data or a highlighted year's label is there, in the first clear place of: above
 * the grid line at its right end, below it at the left, below it at the right end, above the
 * marks at the left edge.
 */
export interface ValueTick extends Tick {
  /** Where the label is anchored: the plot's left or right edge. */
  labelX: number;
  /** Baseline of the label. */
  labelY: number;
  /** The label's `text-anchor` at `labelX`, for the direction of its text. */
  anchor: 'start' | 'end';
}

export interface Mark {
  x: number;
  y: number;
  kind: PointKind;
}

/**
 * A highlighted point; its label is centred above it, else below it, else above or below it
 * ending or starting at its `x`: the first place clear of the line and of the other labels.
 * Where none is, its first line is broken after the year, else it is moved along inside the
 * plot, or raised higher above its point for a value label it would hide (see placeHighlight);
 * text never lands on other text.
 */
export interface HighlightLabel {
  year: number;
  x: number;
  y: number;
  /** Where the label is anchored: the point's `x`, or a place inside the plot where it fits. */
  labelX: number;
  /** Baseline of the label's first line. */
  labelY: number;
  /** How the label is anchored at `labelX`. */
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  /** The point's kind: a projection's dot is drawn hollow, as its mark is. */
  kind: PointKind;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Type size of the labels, CSS pixels. */
  fontSize: number;
  plot: {left: number; right: number; top: number; bottom: number};
  yTicks: ValueTick[];
  xTicks: Tick[];
  /** Observed and calculated parts of the line. */
  linePath: string;
  /** Segments that lead to or join projections (drawn dashed). */
  projectionPath: string;
  areaPath: string;
  /** A mark per point while they fit; empty for dense series (the active point is drawn apart). */
  marks: Mark[];
  /**
   * The marks as one path of circles per kind of point (observed, derived, projection, in that
   * order, only the kinds present), so most charts draw their marks with one to three elements.
   * Empty when marks touch: one path would stroke every ring over its neighbours' fill, so the
   * `marks` are then drawn one by one, each over the one before, as they always were.
   */
  markPaths: {kind: PointKind; d: string}[];
  /** True when the line is drawn from fewer points than the data has. */
  decimated: boolean;
  /**
   * The data has calculated values among observed ones, and they are too close for their hollow
   * marks: nothing in the drawing tells them from observations, so the chart says so under it.
   */
  derivedUnmarked: boolean;
  /** Points actually in the path (for tests and the benchmark). */
  drawnCount: number;
  highlights: HighlightLabel[];
  band?: {x0: number; x1: number};
  /** Where point `index` is drawn. */
  pointAt(index: number): {x: number; y: number};
  /** The point nearest to horizontal position `x` (CSS pixels from the left edge). */
  indexAt(x: number): number;
}

/**
 * Width of a label in CSS pixels at type size `size`, estimated from its length (no DOM in this
 * module): an advance of 0.62 em per digit or letter, and 1 em (1.62 × 0.62) per Chinese character
 * or full-width sign: estimated at 0.62 em, "2000：1.73亿" was placed over the value label "2亿".
 * The reader's text `spacing` (em per character) comes on top.
 */
export function labelWidth(text: string, size = FONT_SIZE, spacing = 0): number {
  const wide = text.match(/[\p{sc=Han}\uff01-\uff5e]/gu)?.length ?? 0;
  return (text.length + wide * 0.62) * size * 0.62 + text.length * spacing * size;
}

/**
 * `text` in lines no wider than `width` as `measure` gives widths, broken after spaces and before
 * Chinese characters (not after a word joiner, which keeps "2.58亿" whole). A word wider than
 * `width` gets a line of its own.
 */
export function wrapLines(
  text: string,
  width: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<= )|(?<!\u2060)(?=\p{sc=Han})/u)) {
    if (line && measure((line + word).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = word;
    } else {
      line += word;
    }
  }
  return [...lines, line.trimEnd()];
}

/** The vertical domain: from zero unless told otherwise, never empty. */
export function valueDomain(values: readonly number[], fromZero: boolean): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min === Infinity) return [0, 1];
  if (fromZero) {
    min = Math.min(0, min);
    max = Math.max(0, max);
  }
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    return fromZero && min >= 0 ? [0, max + pad] : [min - pad, max + pad];
  }
  return [min, max];
}

/**
 * Year ticks from `first` to `last` that never overlap: `few`, the data's own years, when it has
 * few, else round steps (1, 2, 5, 10, …); the first and last year always stay, and a tick closer
 * than one label width plus a gap to a kept one is dropped.
 */
export function yearTicks(
  first: number,
  last: number,
  few: readonly number[] | undefined,
  x: (year: number) => number,
  locale: string,
  size: number,
  spacing = 0,
): Tick[] {
  const firstLabel = formatYear(first, locale);
  const lastLabel = formatYear(last, locale);
  // The first and last labels are kept: formatted once.
  const label = (year: number) =>
    year === first ? firstLabel : year === last ? lastLabel : formatYear(year, locale);
  const apart =
    Math.max(labelWidth(firstLabel, size, spacing), labelWidth(lastLabel, size, spacing)) +
    LABEL_GAP;
  const span = last - first;
  const pixels = Math.abs(x(last) - x(first));
  let candidates: number[];
  if (few) {
    candidates = [...few];
  } else {
    const perYear = span > 0 ? pixels / span : Infinity;
    const step =
      [1, 2, 5]
        .flatMap((base) => [1, 10, 100, 1000, 10000].map((power) => base * power))
        .sort((a, b) => a - b)
        .find((candidate) => candidate * perYear >= apart) ?? Math.max(1, span);
    candidates = [first];
    for (let year = Math.ceil(first / step) * step; year < last; year += step) {
      if (year > first) candidates.push(year);
    }
    candidates.push(last);
  }
  const kept: number[] = [first];
  const lastAt = x(last);
  for (const year of candidates) {
    const at = x(year);
    if (year === first || year === last) continue;
    if (Math.abs(at - x(kept[kept.length - 1]!)) < apart) continue;
    if (Math.abs(lastAt - at) < apart) continue;
    kept.push(year);
  }
  if (last !== first) {
    if (Math.abs(lastAt - x(first)) >= apart) kept.push(last);
    else kept[0] = last; // too narrow for two labels: the latest year is the one to read
  }
  return kept.map((year) => ({value: year, at: x(year), label: label(year)}));
}

/**
 * Indices to draw when there are more points than pixels: per pixel column the first, the
 * lowest, the highest and the last point, in order. Linear in the number of points.
 */
export function decimate(
  points: readonly ChartPoint[],
  x: (year: number) => number,
  columns: number,
): number[] {
  if (points.length <= columns * 2) return points.map((_, index) => index);
  const kept: number[] = [];
  let column = Number.NaN;
  let firstIndex = 0;
  let minIndex = 0;
  let maxIndex = 0;
  let lastIndex = 0;
  const flush = () => {
    const group = [firstIndex, minIndex, maxIndex, lastIndex].sort((a, b) => a - b);
    for (const index of group) if (kept[kept.length - 1] !== index) kept.push(index);
  };
  for (let index = 0; index < points.length; index += 1) {
    const point = points[index]!;
    const at = Math.floor(x(point.year));
    if (at !== column) {
      if (index > 0) flush();
      column = at;
      firstIndex = minIndex = maxIndex = lastIndex = index;
      continue;
    }
    lastIndex = index;
    if (point.value < points[minIndex]!.value) minIndex = index;
    if (point.value > points[maxIndex]!.value) maxIndex = index;
  }
  flush();
  return kept;
}

/** Index of the point whose year is nearest to `year` (years sorted ascending). */
export function nearestIndex(points: readonly ChartPoint[], year: number): number {
  let low = 0;
  let high = points.length - 1;
  if (high < 0) return -1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (points[middle]!.year <= year) low = middle;
    else high = middle;
  }
  return Math.abs(points[high]!.year - year) < Math.abs(year - points[low]!.year) ? high : low;
}

/**
 * Plot size for a width: fills it, keeps a readable aspect (taller on phones). The styles repeat
 * this as `clamp(220px, 56cqi, 420px)` so the box is sized before the element upgrades.
 */
export function chartHeight(width: number): number {
  return Math.round(Math.min(420, Math.max(220, width * 0.56)));
}

/** Scales, ticks, paths and labels for `points` in a box of `width` × `height`. Pure. */
export function layoutChart(points: readonly ChartPoint[], options: LayoutOptions): ChartLayout {
  const {width, height, unit, locale, fontSize = FONT_SIZE, spacing: textSpacing = 0} = options;
  // Margins and tick spacing made for 12px labels, in proportion for larger ones.
  const scale = fontSize / FONT_SIZE;
  const fromZero = options.fromZero ?? true;
  const highlightYears = options.highlight ?? [];
  // No array the length of the data here: a long series would make each one garbage to collect.
  const firstYear = points[0]?.year ?? 0;
  const lastYear = points[points.length - 1]?.year ?? 0;
  const edge = Math.ceil(labelWidth(formatYear(lastYear, locale), fontSize, textSpacing) / 2) + 4;
  const plot = {
    left: edge,
    right: Math.max(edge + 1, width - edge),
    top: (highlightYears.length > 0 ? 46 : 22) * scale,
    bottom: Math.max(30, height - 26 * scale),
  };

  const xDomain: [number, number] =
    firstYear === lastYear ? [firstYear - 1, lastYear + 1] : [firstYear, lastYear];
  const xScale = scaleLinear(
    xDomain,
    options.reverse ? [plot.right, plot.left] : [plot.left, plot.right],
  );
  const tickCount = Math.max(2, Math.round((plot.bottom - plot.top) / (56 * scale)));
  const yScale = scaleLinear(valueDomain(extent(points), fromZero), [plot.bottom, plot.top]).nice(
    tickCount,
  );
  // A count has no fractions: a series of zeros (or of a few persons) is labelled 0, 1, 2 … where
  // round steps would give "0.2".
  const yValues = yScale
    .ticks(tickCount)
    .filter((value) => unit !== 'persons' || Number.isInteger(value));
  const yLabels = formatTicks(yValues, unit, locale);
  const fewYears =
    firstYear === lastYear
      ? [firstYear]
      : points.length <= 12
        ? points.map((point) => point.year)
        : undefined;
  const xTicks = yearTicks(firstYear, lastYear, fewYears, xScale, locale, fontSize, textSpacing);

  const x = (point: ChartPoint) => xScale(point.year);
  const y = (point: ChartPoint) => yScale(point.value);
  const columns = Math.max(1, Math.round(plot.right - plot.left));
  const drawn = decimate(points, xScale, columns);
  const decimated = drawn.length < points.length;
  const drawnPoints = decimated ? drawn.map((index) => points[index]!) : points;

  // Runs of segments: a segment touching a projection is dashed, the rest solid.
  const path = (run: readonly ChartPoint[]) => linePath(run, x, y);
  const solid: string[] = [];
  const dashed: string[] = [];
  let run: ChartPoint[] = [];
  let runDashed = false;
  for (let index = 1; index < drawnPoints.length; index += 1) {
    const from = drawnPoints[index - 1]!;
    const to = drawnPoints[index]!;
    const isDashed = from.kind === 'projection' || to.kind === 'projection';
    if (run.length > 0 && isDashed !== runDashed) {
      (runDashed ? dashed : solid).push(path(run));
      run = [];
    }
    if (run.length === 0) run.push(from);
    run.push(to);
    runDashed = isDashed;
  }
  if (run.length > 0) (runDashed ? dashed : solid).push(path(run));

  const [d0, d1] = yScale.domain();
  const baseline = yScale(Math.min(Math.max(0, d0), d1));
  const area = options.area && drawnPoints.length > 1 ? areaPath(drawnPoints, x, baseline, y) : '';

  // The first box of text `width` wide, from a line's height above one of `baselines` to
  // `depth` below it, clear of the line of the data (with its marks; with `line` 'marks', of the
  // marks only; unless `line` is false) and of the boxes `avoid`: each left edge in turn, with
  // each baseline.
  const place: Place = (lefts, baselines, width, depth, avoid, line = true) => {
    for (const x0 of lefts) {
      const span = line === true ? lineSpan(drawnPoints, x, y, x0, x0 + width) : undefined;
      for (const baseline of baselines) {
        const box: Box = [x0, x0 + width, baseline - fontSize, baseline + depth];
        if (
          !overlaps(span, box[2], box[3]) &&
          avoid.every((other) => !meets(other, box)) &&
          (line !== 'marks' || marks.every((mark) => !onMark(mark, box)))
        ) {
          return box;
        }
      }
    }
  };
  const spacing = (plot.right - plot.left) / Math.max(1, points.length - 1);
  const markOf = (point: ChartPoint): Mark => ({x: x(point), y: y(point), kind: point.kind});
  const everyMark =
    points.length <= MAX_MARKS && (points.length === 1 || spacing >= MIN_MARK_SPACING);
  // Too close for a mark each, calculated values among observed ones keep their hollow marks
  // while their rings stay open: nothing else in the drawing tells them apart (a projection has
  // its dashes). Without observed ones, the key says the whole line is calculated.
  const derived =
    everyMark || !points.some((point) => point.kind === 'observed')
      ? []
      : points.filter((point) => point.kind === 'derived').map(markOf);
  const open = derived.every(
    (mark, i) => i === 0 || Math.abs(mark.x - derived[i - 1]!.x) >= MIN_RING_SPACING,
  );
  const marks: Mark[] = everyMark
    ? points.map(markOf)
    : open && derived.length <= MAX_MARKS
      ? derived
      : [];

  // The highlighted figures come first: value labels keep clear of them. A value label that
  // finds no clear place (wide labels on a phone, or "50%" on women's share of migrants, where
  // the figures of 1990 and 2017 take both ends of the top grid line) has its first place kept
  // for it: the highlighted figures are placed again clear of it, so it never lands under one
  // of them, whose halo hid it. Without a reader's text spacing, only while no figure has to
  // move onto a mark of the data or onto another figure for it.
  const rtl = options.textDir === 'rtl';
  // How far a value label reaches below its baseline: 1px, its digits' and words' ink, as these
  // labels were always placed; with a reader's text spacing, which moves them anyway, the 3px
  // of its glyphs' box, so that no box of text meets another ("$" reaches 2px down).
  const depth = textSpacing > 0 ? 3 : 1;
  const labelsClearOf = (kept: readonly Box[], raise = false) => {
    const boxes: Box[] = [...kept];
    const highlights = highlightLabels(
      points,
      highlightYears,
      xScale,
      yScale,
      plot,
      options,
      place,
      boxes,
      raise,
    );
    const taken = boxes.slice(kept.length);
    // How many marks of the data the highlighted figures reach, and how many pairs of them meet
    // (a figure left no clear place is centred above its point, over whatever is there).
    let rough = 0;
    for (const box of taken) for (const mark of marks) if (onMark(mark, box)) rough += 1;
    let clash = 0;
    taken.forEach((box, index) => {
      for (const other of taken.slice(index + 1)) if (meets(box, other)) clash += 1;
    });
    const unplaced: Box[] = [];
    const yTicks = yValues.map((value, index): ValueTick => {
      const at = yScale(value);
      const label = yLabels[index]!;
      const width = labelWidth(label, fontSize, textSpacing) + 2;
      const above = at - LABEL_RISE;
      const below = at + LABEL_RISE + fontSize;
      // Below only where there is room before the axis (the bottom tick's label stays above).
      const baselines = below + LABEL_RISE > plot.bottom ? [above] : [above, below];
      // Where ValueTick says: above its grid line at either end before below it, where it reads
      // as the label of the grid line under it. Where nothing is clear (a flat line along the
      // grid line), at the left edge above the marks, else in those places where only the line
      // crosses it (never on a highlighted year's label), else above the grid line at the left.
      const ends = [plot.left, plot.right - width];
      let box: Box | undefined;
      for (const baseline of baselines) box ??= place(ends, [baseline], width, depth, taken);
      box ??= place([plot.left], [at - MARK_REACH - 2], width, depth, taken);
      // (Only with a reader's text spacing: the charts without stay as they were.)
      for (const baseline of textSpacing ? baselines : []) {
        box ??= place(ends, [baseline], width, depth, taken, false);
      }
      if (!box) {
        box = [plot.left, plot.left + width, above - fontSize, above + depth];
        unplaced.push(box);
      }
      const [x0, , top] = box;
      const left = x0 === plot.left;
      return {
        value,
        at,
        label,
        labelX: left ? x0 : plot.right,
        labelY: top + fontSize,
        anchor: left !== rtl ? 'start' : 'end',
      };
    });
    return {highlights, yTicks, unplaced, rough, clash};
  };
  // Kept places are always clear (the highlighted figures avoid them), so each pass keeps more.
  let kept: Box[] = [];
  let labels = labelsClearOf(kept);
  while (labels.unplaced.length > 0 && kept.length < yValues.length) {
    const keep = [...kept, ...labels.unplaced];
    let next = labelsClearOf(keep);
    // Without a reader's spacing, only where no highlighted figure moves onto a mark or onto
    // another figure for it: a value label hidden by a figure is better than a point of the data
    // or a figure hidden by one. Else the figures may rise higher above their points, where that
    // puts none of them on more marks or on another and leaves no value label under them
    // ("2000: 85,1 миллиона" was over "100 миллионов" on a Russian phone).
    if (!textSpacing && (next.rough > labels.rough || next.clash > labels.clash)) {
      next = labelsClearOf(keep, true);
      const clear = next.unplaced.length === 0;
      if (!clear || next.rough > labels.rough || next.clash > labels.clash) break;
    }
    kept = keep;
    labels = next;
  }
  const {highlights, yTicks} = labels;
  const inData = highlights.map((label) => label.x);
  const layout: ChartLayout = {
    width,
    height,
    fontSize,
    plot,
    yTicks,
    xTicks,
    linePath: solid.join(''),
    projectionPath: dashed.join(''),
    areaPath: area,
    marks,
    markPaths: marksApart(marks)
      ? (['observed', 'derived', 'projection'] as const)
          .map((kind) => ({
            kind,
            d: circlesPath(
              marks.filter((mark) => mark.kind === kind),
              MARK_RADIUS,
            ),
          }))
          .filter((markPath) => markPath.d !== '')
      : [],
    decimated,
    derivedUnmarked: derived.length > 0 && marks.length === 0,
    drawnCount: drawnPoints.length,
    highlights,
    pointAt: (index) => {
      const point = points[index];
      return point ? {x: x(point), y: y(point)} : {x: plot.left, y: plot.bottom};
    },
    indexAt: (at) => nearestIndex(points, xScale.invert(at)),
  };
  if (highlights.length === 2) {
    layout.band = {x0: Math.min(...inData), x1: Math.max(...inData)};
  }
  return layout;
}

/** Whether `interval` (its first two numbers; none: undefined) and [start, end] share a point. */
function overlaps(interval: readonly number[] | undefined, start: number, end: number): boolean {
  return !!interval && interval[0]! <= end && interval[1]! >= start;
}

/** A box of text on the screen: [left, right, top, bottom], in CSS pixels. */
export type Box = readonly [number, number, number, number];

/** A box 2px larger on every side. */
const pad = (b: Box): Box => [b[0] - 2, b[1] + 2, b[2] - 2, b[3] + 2];

/** Whether two boxes share a point. */
export const meets = (a: Box, b: Box) =>
  overlaps(a, b[0], b[1]) && overlaps([a[2], a[3]], b[2], b[3]);

/** See `place` in layoutChart. */
type Place = (
  lefts: readonly number[],
  baselines: readonly number[],
  width: number,
  depth: number,
  avoid: readonly Box[],
  line?: boolean | 'marks',
) => Box | undefined;

/** Whether a mark (with its ring) reaches into a box of text. */
const onMark = (mark: Mark, box: Box) =>
  mark.x + MARK_REACH > box[0] &&
  mark.x - MARK_REACH < box[1] &&
  mark.y + MARK_REACH > box[2] &&
  mark.y - MARK_REACH < box[3];

/**
 * How high the line of the data (with its marks) reaches over the horizontal span [x0, x1]:
 * [top, bottom] in CSS pixels, or undefined when it does not cross the span.
 */
function lineSpan(
  points: readonly ChartPoint[],
  x: (point: ChartPoint) => number,
  y: (point: ChartPoint) => number,
  x0: number,
  x1: number,
): [number, number] | undefined {
  let top = Infinity;
  let bottom = -Infinity;
  const reach = (yAt: number) => {
    top = Math.min(top, yAt - MARK_REACH);
    bottom = Math.max(bottom, yAt + MARK_REACH);
  };
  for (let index = 0; index < points.length; index += 1) {
    const [xa, ya] = [x(points[index]!), y(points[index]!)];
    if (xa >= x0 && xa <= x1) reach(ya);
    const next = points[index + 1];
    if (!next) break;
    const [xb, yb] = [x(next), y(next)];
    // Where the segment crosses the span's edges (time may run either way).
    for (const edge of [x0, x1]) {
      if ((xa - edge) * (xb - edge) < 0) reach(ya + ((yb - ya) * (edge - xa)) / (xb - xa));
    }
  }
  return top <= bottom ? [top, bottom] : undefined;
}

/** The lowest and highest value (none: an empty list), without copying the values. */
function extent(points: readonly ChartPoint[]): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (let index = 0; index < points.length; index += 1) {
    const value = points[index]!.value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min === Infinity ? [] : [min, max];
}

/** No two marks touch (marks are in the order of their years, so neighbours are the closest). */
function marksApart(marks: readonly Mark[]): boolean {
  for (let index = 1; index < marks.length; index += 1) {
    if (Math.abs(marks[index]!.x - marks[index - 1]!.x) < MARKS_TOUCH) return false;
  }
  return true;
}

/** Labels of the highlighted years that are in the data, with the change between two. */
function highlightLabels(
  points: readonly ChartPoint[],
  years: readonly number[],
  x: (year: number) => number,
  y: (value: number) => number,
  plot: {left: number; right: number; top: number; bottom: number},
  options: LayoutOptions,
  place: Place,
  /** Receives the labels' boxes. */
  boxes: Box[],
  /** Whether a label may be raised higher above its point (see placeHighlight). */
  raise: boolean,
): HighlightLabel[] {
  const {
    unit,
    locale,
    textDir,
    colon = ': ',
    since = (change, year) => `${change} since ${year}`,
    fontSize = FONT_SIZE,
  } = options;
  const found: number[] = [];
  for (const year of years) {
    const index = nearestIndex(points, year);
    if (index >= 0 && points[index]!.year === year) found.push(index);
  }
  const base = found.length === 2 ? points[found[0]!] : undefined;
  const rtl = textDir === 'rtl';
  const labels: HighlightLabel[] = [];
  // The labelled values told apart, as in the summary: not "2010: 258 million" and "2020: 258
  // million" for a rise.
  const digits = digitsApart(
    found.map((index) => points[index]!.value),
    unit,
    locale,
    {symbol: true},
  );
  for (const index of found) {
    const point = points[index]!;
    const lines = [
      `${formatYear(point.year, locale)}${colon}${formatValue(point.value, unit, locale, {symbol: true}, digits)}`,
    ];
    if (base && point !== base && base.value > 0 && point.value >= 0 && unit !== 'percent') {
      lines.push(
        since(
          formatChange(point.value / base.value - 1, locale, true),
          formatYear(base.year, locale),
        ),
      );
    }
    const px = x(point.year);
    const py = y(point.value);
    const {box, lines: shown} = placeHighlight(
      lines,
      px,
      py,
      plot,
      colon,
      options,
      place,
      boxes,
      raise,
    );
    // Where labels may rise, each keeps 2px more from the labels placed after it: glyphs reach
    // past their boxes (Arabic's 2px further down).
    boxes.push(raise ? pad(box) : box);
    const [left, right] = box;
    // Anchored at the point where the label starts, ends or is centred there; else at the side
    // of the plot it was moved to. RTL text swaps 'start' and 'end': the label keeps its place.
    // At the point within rounding: `end` + its width is not always the point's x again.
    const near = (at: number) => Math.abs(at - px) < 0.01;
    const middle = near((left + right) / 2);
    const atLeft = !middle && (near(left) || (!near(right) && left <= plot.left));
    const labelX = middle || near(left) || near(right) ? px : atLeft ? left : right;
    labels.push({
      year: point.year,
      x: px,
      y: py,
      labelX,
      labelY: box[2] + fontSize,
      anchor: middle ? 'middle' : atLeft !== rtl ? 'start' : 'end',
      lines: shown,
      kind: point.kind,
    });
  }
  return labels;
}

/**
 * The box of a highlighted point's label and its lines: the first place, in this order, clear of
 * the line and the labels before, else of the marks and those labels (the line may cross it; the
 * halo keeps it legible, and hides no point of the data), else of those labels only, as one line
 * centred on the point, ending or starting at it; else the height nearest its point inside the
 * drawing where it is clear of the labels, moved along as near to centred as the plot allows (two
 * neighbouring years on a phone: centred above their points, one covered the other); else
 * centred above it. With a reader's text `spacing` only (charts without stay as they were), a
 * centre out of the drawing is no place, and before those come the same with the year on a line
 * of its own ("2010:" over "462 mil millones US$"), which so wide a label needs on a phone, then
 * both moved along inside the plot. Only a drawing too small for its labels gets to the last
 * resort.
 * Where it may `raise` (a value label it would cover keeps its place, and no place above suits),
 * before crossing the marks it is raised higher above its point, 2px at a time, keeping 2px more
 * from the other labels (their glyphs reach past these boxes).
 */
function placeHighlight(
  lines: string[],
  px: number,
  py: number,
  plot: {left: number; right: number; top: number; bottom: number},
  colon: string,
  {width: drawing, fontSize = FONT_SIZE, spacing = 0}: LayoutOptions,
  place: Place,
  boxes: readonly Box[],
  raise = false,
): {box: Box; lines: string[]} {
  const [first = '', ...rest] = lines;
  const split = first.indexOf(colon);
  const forms = [lines];
  if (split > 0 && spacing) {
    forms.push([
      first.slice(0, split) + colon.trimEnd(),
      first.slice(split + colon.length),
      ...rest,
    ]);
  }
  const sized = forms.map((form) => {
    const widest = Math.max(...form.map((line) => labelWidth(line, fontSize, spacing)));
    const lastLine = (form.length - 1) * lineHeight(fontSize);
    // Left edges of the label starting at the point, ending at it, and centred on it but kept
    // inside the plot (starting or ending at the point near either edge); never out of the
    // drawing. Last, centred on the point as far as the plot allows.
    const start = px;
    const end = px - widest;
    const middle = px - widest / 2;
    const centred = middle < plot.left ? start : middle + widest > plot.right ? end : middle;
    const inPlot = (x0: number) => x0 >= plot.left && x0 + widest <= plot.right;
    const clamped = Math.max(plot.left, Math.min(middle, plot.right - widest));
    const lefts = [
      ...(!spacing || (centred >= 0 && centred + widest <= drawing) ? [centred] : []),
      ...[end, start].filter(inPlot),
    ];
    // Above the point (as high as the top of the drawing), or below it while inside the plot.
    const above = Math.max(fontSize, py - 10 - lastLine);
    const below = py + 10 + fontSize;
    const baselines = below + lastLine + LABEL_RISE > plot.bottom ? [above] : [above, below];
    // Moved along only where it fits in the plot: a line wider than the plot left the drawing.
    const moves = [clamped].filter(inPlot);
    // Higher above the point, nearest first, up to the top of the drawing.
    const higher: number[] = [];
    for (let baseline = above - 2; raise && baseline >= fontSize + 2; baseline -= 2) {
      higher.push(baseline);
    }
    return {form, widest, lastLine, lefts, moves, baselines, higher, clamped, above, centred};
  });
  // Raised labels keep 2px more from the other labels: their glyphs reach past their boxes.
  const apart = boxes.map(pad);
  for (const moved of spacing ? [false, true] : [false]) {
    for (const {form, widest, lastLine, lefts, moves, baselines, higher} of sized) {
      const stages = [
        [true, baselines],
        ['marks', baselines],
        [true, higher],
        ['marks', higher],
        [false, baselines],
      ] as const;
      for (const [line, heights] of stages) {
        const raised = heights === higher;
        const depth = lastLine + (raised ? 4 : 2);
        const found = place(
          moved ? moves : lefts,
          heights,
          widest,
          depth,
          raised ? apart : boxes,
          line,
        );
        // (The box as deep as any label's: the 2px more are margin.)
        const box: Box | undefined = found && [
          found[0],
          found[1],
          found[2],
          found[3] - (raised ? 2 : 0),
        ];
        if (box) return {box, lines: form};
      }
    }
  }
  // The narrowest form, moved along, at heights nearest the point's own first.
  const {form, widest, lastLine, clamped, above} = sized[sized.length - 1]!;
  const heights: number[] = [];
  for (let baseline = fontSize; baseline + lastLine <= plot.bottom; baseline += 2) {
    heights.push(baseline);
  }
  heights.sort((a, b) => Math.abs(a - above) - Math.abs(b - above));
  const box = place([clamped], heights, widest, lastLine + 2, boxes, false);
  if (box) return {box, lines: form};
  const one = sized[0]!;
  return {
    box: [
      one.centred,
      one.centred + one.widest,
      one.above - fontSize,
      one.above + one.lastLine + 2,
    ],
    lines: one.form,
  };
}
