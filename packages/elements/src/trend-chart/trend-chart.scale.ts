/*! Tick algorithm adapted from d3-array, Copyright 2010-2026 Mike Bostock, ISC licence (see the
    LICENSE of @mwfa/elements). */
/**
 * The part of d3-scale's `scaleLinear` the chart uses (domain → range, `invert`, `nice`, `ticks`),
 * with d3-array's tick algorithm. Why not import it: d3-scale's `scaleLinear` brings
 * d3-interpolate, d3-color, d3-format and all of d3-array (8 kB brotli, more than Lit); this is
 * 0.5 kB. `trend-chart.scale.test.ts` checks it against d3-scale.
 */

const e10 = Math.sqrt(50);
const e5 = Math.sqrt(10);
const e2 = Math.sqrt(2);

/** [first index, last index, increment]; a negative increment means "divide by -inc". */
function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) i1 += 1;
    if (i2 / inc > stop) i2 -= 1;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) i1 += 1;
    if (i2 * inc > stop) i2 -= 1;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** Round values between `start` and `stop` (ascending), about `count` of them. */
function ticks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const [i1, i2, inc] = tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const values: number[] = [];
  for (let i = i1; i <= i2; i += 1) values.push(inc < 0 ? i / -inc : i * inc);
  return values;
}

export interface LinearScale {
  (value: number): number;
  invert(value: number): number;
  domain(): [number, number];
  /** Extends the domain to round values, as d3's `scale.nice(count)`. */
  nice(count?: number): LinearScale;
  ticks(count?: number): number[];
}

/** A linear scale from `domain` (ascending) to `range`. */
export function scaleLinear(domain: [number, number], range: [number, number]): LinearScale {
  let [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = ((value: number) =>
    d0 === d1 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0)) as LinearScale;
  scale.invert = (value) => (r0 === r1 ? d0 : d0 + ((value - r0) / (r1 - r0)) * (d1 - d0));
  scale.domain = () => [d0, d1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  scale.nice = (count = 10) => {
    let start = d0;
    let stop = d1;
    let previous: number | undefined;
    for (let tries = 10; tries > 0; tries -= 1) {
      const step = tickSpec(start, stop, count)[2];
      const increment = step < 0 ? -1 / step : step;
      if (step === previous || !Number.isFinite(increment) || increment === 0) break;
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      }
      previous = step;
    }
    d0 = start;
    d1 = stop;
    return scale;
  };
  return scale;
}
