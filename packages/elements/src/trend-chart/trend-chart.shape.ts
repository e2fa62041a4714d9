/**
 * SVG path strings for the chart: a polyline, the area under it and a set of circles. The
 * chart draws straight segments only, so this replaces d3-shape's `line()` and `area()` with
 * their default linear curve (1.6 kB brotli in the bundle, with d3-path) by a few lines that
 * give the same geometry. Numbers are rounded to three decimals as d3-path does.
 * `trend-chart.shape.test.ts` checks the output against d3-shape 3.2.0 (kept as a dev
 * dependency for that test only).
 * Pure: no DOM.
 */

/** Rounded to three decimals, as d3-path's default `digits(3)`. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The polyline through `data`, as d3-shape's `line().x(x).y(y)(data)`: `M…L…L…`; a single
 * point is `M…Z`; no point is the empty string (d3 gives `null`).
 */
export function linePath<T>(
  data: readonly T[],
  x: (datum: T) => number,
  y: (datum: T) => number,
): string {
  let path = '';
  for (let index = 0; index < data.length; index += 1) {
    const datum = data[index]!;
    path += `${index === 0 ? 'M' : 'L'}${round(x(datum))},${round(y(datum))}`;
  }
  return data.length === 1 ? `${path}Z` : path;
}

/**
 * The area between the polyline through `data` (`y1`) and the horizontal line at `y0`, as
 * d3-shape's `area().x(x).y0(y0).y1(y1)(data)`: along the line, back along the baseline, closed.
 */
export function areaPath<T>(
  data: readonly T[],
  x: (datum: T) => number,
  y0: number,
  y1: (datum: T) => number,
): string {
  if (data.length === 0) return '';
  const xs = data.map(x);
  let path = linePath(data, x, y1).replace(/Z$/, '');
  const base = round(y0);
  for (let index = xs.length - 1; index >= 0; index -= 1) path += `L${round(xs[index]!)},${base}`;
  return `${path}Z`;
}

/**
 * Circles of radius `r` around `centres`, as one path of closed subpaths: from the rightmost
 * point of each circle, two half-circle arcs (the arcs of d3-shape's `symbolCircle`), relative
 * so that only the start point varies. One element draws every mark of a kind.
 */
export function circlesPath(centres: readonly {x: number; y: number}[], r: number): string {
  // Each circle writes two numbers: many small charts make this a hot loop.
  const arcs = `a${r},${r},0,1,1,${-2 * r},0a${r},${r},0,1,1,${2 * r},0Z`;
  let path = '';
  for (const {x, y} of centres) path += `M${round(x + r)},${round(y)}${arcs}`;
  return path;
}
