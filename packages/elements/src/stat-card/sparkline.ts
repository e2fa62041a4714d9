import type {Series} from '@mwfa/data';

export interface Point {
  x: number;
  y: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The `points` attribute of an SVG polyline drawing `data` in a `width` × `height` box (y grows
 * downwards), sorted by x, with `pad` units kept free on every side so the stroke is not cut.
 * The y range is the data's own (a sparkline shows shape, not size). Fewer than two points: "".
 */
export function sparklinePoints(data: readonly Point[], width: number, height: number, pad = 2) {
  const points = data
    .filter(({x, y}) => Number.isFinite(x) && Number.isFinite(y))
    .sort((a, b) => a.x - b.x);
  if (points.length < 2) return '';
  const xs = points.map(({x}) => x);
  const ys = points.map(({y}) => y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (v: number, from: number, to: number, size: number) =>
    to === from ? size / 2 : pad + ((v - from) / (to - from)) * (size - 2 * pad);
  return points
    .map(
      ({x, y}) => `${round(scale(x, x0, x1, width))},${round(height - scale(y, y0, y1, height))}`,
    )
    .join(' ');
}

/** viewBox of the stat card's sparkline; it stretches to the card's width. */
export const SPARK_WIDTH = 240;
export const SPARK_HEIGHT = 32;

/**
 * The stat card's sparkline of `series`: one function for the server (`@mwfa/elements/ssr`) and
 * the browser, so that the line a prerendered card shows is the one it draws once hydrated.
 */
export function seriesPoints(series: Series | undefined): string {
  const data = series?.observations.map(({year, value}) => ({x: year, y: value}));
  return sparklinePoints(data ?? [], SPARK_WIDTH, SPARK_HEIGHT);
}
