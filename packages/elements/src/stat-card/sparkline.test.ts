import {describe, expect, it} from 'vitest';
import {sparklinePoints} from './sparkline.js';

/** "x,y x,y" → [[x, y], …] so points compare as numbers (d3's assertPathEqual habit). */
const parse = (points: string) => points.split(' ').map((pair) => pair.split(',').map(Number));

describe('sparklinePoints', () => {
  it('spans the box inside the padding: lowest value at the bottom, highest at the top', () => {
    const points = sparklinePoints(
      [
        {x: 2000, y: 10},
        {x: 2010, y: 20},
      ],
      100,
      20,
      2,
    );
    expect(parse(points)).toEqual([
      [2, 18],
      [98, 2],
    ]);
  });
  it('places uneven years by their distance: 1990, 2015, 2017', () => {
    const points = sparklinePoints(
      [
        {x: 1990, y: 0},
        {x: 2015, y: 5},
        {x: 2017, y: 10},
      ],
      29,
      12,
      1,
    );
    // x: 1 + (year - 1990) / 27 * 27; y: 12 - (1 + value / 10 * 10)
    expect(parse(points)).toEqual([
      [1, 11],
      [26, 6],
      [28, 1],
    ]);
  });
  it('sorts by x and drops points that are not numbers', () => {
    const points = sparklinePoints(
      [
        {x: 3, y: 1},
        {x: 1, y: 1},
        {x: 2, y: Number.NaN},
      ],
      10,
      10,
      0,
    );
    expect(parse(points)).toEqual([
      [0, 5],
      [10, 5],
    ]);
  });
  it('gives "" for fewer than two points', () => {
    expect(sparklinePoints([{x: 1, y: 1}], 10, 10)).toBe('');
    expect(sparklinePoints([], 10, 10)).toBe('');
  });
});
