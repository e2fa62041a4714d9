import {describe, expect, it} from 'vitest';
import {placeTooltip, type TooltipPlace} from './trend-chart.tooltip.js';

const plot = {width: 300, height: 200};
const tip = {width: 80, height: 30};
const KEYBOARD: TooltipPlace[] = ['above', 'beside', 'under'];
const MOUSE: TooltipPlace[] = ['above', 'under', 'beside'];

describe('placeTooltip', () => {
  it('puts the tooltip above its point, centred, 14px from it, and moved in at the sides', () => {
    expect(placeTooltip({x: 100, y: 100}, plot, tip, [], KEYBOARD)).toEqual({
      place: 'above',
      left: 60,
      top: 56,
      jump: false,
    });
    expect(placeTooltip({x: 290, y: 100}, plot, tip, [], KEYBOARD).left).toBe(220);
    expect(placeTooltip({x: 5, y: 100}, plot, tip, [], KEYBOARD).left).toBe(0);
  });

  // Above a high point it sat on the summary before the plot.
  it('puts it beside a point too high for it, on the side with more room, inside the plot', () => {
    expect(placeTooltip({x: 250, y: 20}, plot, tip, [], KEYBOARD)).toEqual({
      place: 'beside',
      left: 156,
      top: 5,
      jump: false,
    });
    expect(placeTooltip({x: 50, y: 5}, plot, tip, [], KEYBOARD)).toEqual({
      place: 'beside',
      left: 64,
      top: 0,
      jump: false,
    });
  });

  it('keeps clear of a highlighted point’s label', () => {
    // "2016: 7,763 / +47% since 2014" over the point.
    const label = [60, 140, 40, 70] as const;
    expect(placeTooltip({x: 100, y: 100}, plot, tip, [label], KEYBOARD).place).toBe('beside');
  });

  it('with a mouse, goes under the point rather than beside it, in the way along the line', () => {
    expect(placeTooltip({x: 250, y: 20}, plot, tip, [], MOUSE)).toEqual({
      place: 'under',
      left: 210,
      top: 34,
      jump: false,
    });
  });

  it('keeps the place it had while that is clear, so that it does not jump from point to point', () => {
    const was = {place: 'beside', left: 100, top: 60} as const;
    expect(placeTooltip({x: 150, y: 100}, plot, tip, [], KEYBOARD, was).place).toBe('beside');
    // Not the last resort, though: under a finger, or beside a mouse's way.
    const under = {place: 'under', left: 110, top: 114} as const;
    expect(placeTooltip({x: 150, y: 100}, plot, tip, [], KEYBOARD, under).place).toBe('above');
    expect(placeTooltip({x: 150, y: 100}, plot, tip, [], MOUSE, was).place).toBe('above');
  });

  // From beside 2009 to beside 2008, on the other side of it, it glided across 2008's dot.
  it('says to jump, not glide, where the way from its last place crosses the point', () => {
    const left = placeTooltip({x: 160, y: 20}, plot, tip, [], KEYBOARD);
    expect(left).toMatchObject({place: 'beside', left: 66, jump: false});
    const next = placeTooltip({x: 140, y: 20}, plot, tip, [], KEYBOARD, left);
    expect(next).toMatchObject({place: 'beside', left: 154, jump: true});
    // Along the line, above one point and then above the next, it glides.
    const above = placeTooltip({x: 100, y: 100}, plot, tip, [], KEYBOARD);
    expect(placeTooltip({x: 120, y: 110}, plot, tip, [], KEYBOARD, above).jump).toBe(false);
  });

  // At 200% text in a 240px chart the tooltip is nearly as wide as the chart: beside a point
  // there is no room, and moved in it sat on the point.
  it('never covers its point, in a chart barely wider than the tooltip', () => {
    const narrow = {width: 240, height: 220};
    const wide = {width: 224, height: 44};
    const covered: string[] = [];
    for (let x = 0; x <= narrow.width; x += 10) {
      for (let y = 0; y <= narrow.height; y += 10) {
        for (const order of [KEYBOARD, MOUSE]) {
          const {left, top} = placeTooltip({x, y}, narrow, wide, [], order);
          const [right, bottom] = [left + wide.width, top + wide.height];
          if (left < x + 9 && right > x - 9 && top < y + 9 && bottom > y - 9) {
            covered.push(`${x},${y}`);
          }
        }
      }
    }
    expect(covered).toEqual([]);
    expect(placeTooltip({x: 120, y: 20}, narrow, wide, [], KEYBOARD).place).toBe('under');
  });

  // At 200% text in a small chart no place missed every label, and it went out of the plot.
  it('covers a label rather than leave the plot, where no place misses every label', () => {
    const everywhere = [0, 300, 0, 200] as const;
    expect(placeTooltip({x: 250, y: 20}, plot, tip, [everywhere], KEYBOARD)).toEqual({
      place: 'beside',
      left: 156,
      top: 5,
      jump: false,
    });
  });

  it('goes above the plot, not on the point, where no place in it is clear', () => {
    const low = {width: 100, height: 40};
    expect(placeTooltip({x: 50, y: 20}, low, tip, [], KEYBOARD)).toEqual({
      place: 'above',
      left: 10,
      top: -24,
      jump: false,
    });
  });
});
