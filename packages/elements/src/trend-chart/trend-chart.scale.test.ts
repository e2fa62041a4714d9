import {scaleLinear as d3ScaleLinear} from 'd3-scale';
import {describe, expect, it} from 'vitest';
import {scaleLinear} from './trend-chart.scale.js';

// Domains of the five context series and some awkward ones.
const domains: [number, number][] = [
  [0, 257_715_425],
  [152_542_373, 257_715_425],
  [0, 595_694_727_000],
  [0, 7763],
  [48.4, 49.3],
  [0, 3.4],
  [-5, 10],
  [0, 1],
  [0.0012, 0.0047],
  [1990, 2017],
];

describe('scaleLinear (local)', () => {
  for (const [start, stop] of domains) {
    for (const count of [2, 4, 5, 7]) {
      it(`nice(${count}) and ticks(${count}) of [${start}, ${stop}] match d3-scale 4.0.2`, () => {
        const ours = scaleLinear([start, stop], [300, 20]).nice(count);
        const theirs = d3ScaleLinear().domain([start, stop]).range([300, 20]).nice(count);
        expect(ours.domain()).toEqual(theirs.domain());
        expect(ours.ticks(count)).toEqual(theirs.ticks(count));
        for (const value of [start, (start + stop) / 2, stop]) {
          expect(ours(value)).toBeCloseTo(theirs(value), 6);
          expect(ours.invert(ours(value))).toBeCloseTo(value, 3);
        }
      });
    }
  }
});
