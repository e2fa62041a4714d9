// d3-shape is a dev dependency for this test only: the chart ships its own small path module.
import {area as d3Area, line as d3Line, symbol as d3Symbol, symbolCircle} from 'd3-shape';
import {describe, expect, it} from 'vitest';
import {areaPath, circlesPath, linePath} from './trend-chart.shape.js';

type Pair = [number, number];
const x = (d: Pair) => d[0];
const y = (d: Pair) => d[1];

/** Numbers of an SVG path, rounded to two decimals (d3's assertPathEqual habit). */
function pathNumbers(path: string | null): number[] {
  return (path?.match(/-?\d*\.?\d+(e-?\d+)?/g) ?? []).map((n) => Math.round(Number(n) * 100) / 100);
}
/** The commands of a path, in order ("MLLZ"). */
const commands = (path: string | null) => (path ?? '').replace(/[^A-Za-z]/g, '');

/** Deterministic awkward inputs: fractions, negatives, big values, repeated x. */
function series(count: number, seed: number): Pair[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({length: count}, (_, index) => [
    19 + index * 31.123456 - (index === 3 ? 31.123456 : 0),
    (next() - 0.2) * 400.98765,
  ]);
}

const inputs: [string, Pair[]][] = [
  [
    'two points',
    [
      [0, 0],
      [10, 20],
    ],
  ],
  ['the benchmark chart', series(20, 42)],
  ['negative and fractional values', series(7, 7).map(([a, b]) => [-a / 3, -b / 7])],
  ['many points', series(500, 3)],
  ['one point', [[12.3456789, 98.7654321]]],
  ['no point', []],
];

describe('linePath', () => {
  for (const [name, data] of inputs) {
    it(`draws ${name} as d3-shape 3.2.0's line() does`, () => {
      const theirs = d3Line<Pair>().x(x).y(y)(data);
      const ours = linePath(data, x, y);
      expect(commands(ours)).toBe(commands(theirs));
      expect(pathNumbers(ours)).toEqual(pathNumbers(theirs));
    });
  }

  it('writes straight segments between the given points', () => {
    expect(
      linePath(
        [
          [0, 0],
          [10, 20],
          [20, 5.5],
        ],
        x,
        y,
      ),
    ).toBe('M0,0L10,20L20,5.5');
  });

  it('rounds to three decimals', () => {
    expect(
      linePath(
        [
          [1 / 3, 2 / 3],
          [1e-9, 10],
        ],
        x,
        y,
      ),
    ).toBe('M0.333,0.667L0,10');
  });

  it('is empty without points', () => {
    expect(linePath([], x, y)).toBe('');
  });
});

describe('areaPath', () => {
  for (const [name, data] of inputs.filter(([, data]) => data.length > 0)) {
    for (const baseline of [0, 332, 123.45678]) {
      it(`fills under ${name} down to ${baseline} as d3-shape 3.2.0's area() does`, () => {
        const theirs = d3Area<Pair>().x(x).y0(baseline).y1(y)(data);
        const ours = areaPath(data, x, baseline, y);
        expect(commands(ours)).toBe(commands(theirs));
        expect(pathNumbers(ours)).toEqual(pathNumbers(theirs));
      });
    }
  }

  it('goes along the line, back along the baseline, and closes', () => {
    expect(
      areaPath(
        [
          [0, 10],
          [10, 20],
          [20, 5],
        ],
        x,
        30,
        y,
      ),
    ).toBe('M0,10L10,20L20,5L20,30L10,30L0,30Z');
  });

  it('is empty without points', () => {
    expect(areaPath([], x, 30, y)).toBe('');
  });
});

/** A circles path with its relative arcs made absolute: "M…a…" to "M…A…" (this module's form). */
function absolute(path: string): string {
  return path.replace(
    /M([-\d.]+),([-\d.]+)a([\d.]+),([\d.]+),0,1,1,([-\d.]+),0a[\d.]+,[\d.]+,0,1,1,([-\d.]+),0/g,
    (_, x, y, rx, ry, dx1, dx2) => {
      const left = Number(x) + Number(dx1);
      return `M${x},${y}A${rx},${ry},0,1,1,${left},${y}A${rx},${ry},0,1,1,${left + Number(dx2)},${y}`;
    },
  );
}

describe('circlesPath', () => {
  it('draws each circle as two half-circle arcs from its rightmost point, closed', () => {
    expect(circlesPath([{x: 10, y: 20}], 4)).toBe('M14,20a4,4,0,1,1,-8,0a4,4,0,1,1,8,0Z');
  });

  it('draws one closed subpath per centre, in order', () => {
    const path = circlesPath(
      [
        {x: 10, y: 20},
        {x: 40.5, y: 7.25},
        {x: 70, y: 20},
      ],
      4,
    );
    expect(path.match(/M/g)).toHaveLength(3);
    expect(path.match(/Z/g)).toHaveLength(3);
    expect(path.split('M').slice(1)[1]).toBe('44.5,7.25a4,4,0,1,1,-8,0a4,4,0,1,1,8,0Z');
  });

  it("is d3-shape 3.2.0's symbolCircle of the same radius, moved to each centre", () => {
    const r = 4;
    // symbolCircle's size is the area: π r².
    const symbol = pathNumbers(d3Symbol(symbolCircle, Math.PI * r * r)());
    for (const {x: cx, y: cy} of [
      {x: 0, y: 0},
      {x: 19.123456, y: 300.98765},
      {x: -5, y: 2.5},
    ]) {
      const moved = [...symbol];
      // Coordinates of the start point and of each arc's end point: [0, 1], [7, 8], [14, 15].
      for (const index of [0, 7, 14]) {
        moved[index] = Math.round((moved[index]! + cx) * 100) / 100;
        moved[index + 1] = Math.round((moved[index + 1]! + cy) * 100) / 100;
      }
      const ours = absolute(circlesPath([{x: cx, y: cy}], r));
      expect(commands(ours)).toBe('MAAZ');
      expect(pathNumbers(ours)).toEqual(moved);
    }
  });

  it('is empty without centres', () => {
    expect(circlesPath([], 4)).toBe('');
  });
});
