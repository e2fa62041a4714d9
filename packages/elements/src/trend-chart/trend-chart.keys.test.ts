import {describe, expect, it} from 'vitest';
import {keyTarget} from './trend-chart.keys.js';

describe('keyTarget(key, current, count, reversed)', () => {
  it('moves one point with the arrow keys, right and up to later years', () => {
    expect(keyTarget('ArrowRight', 3, 8, false)).toBe(4);
    expect(keyTarget('ArrowLeft', 3, 8, false)).toBe(2);
    expect(keyTarget('ArrowUp', 3, 8, false)).toBe(4);
    expect(keyTarget('ArrowDown', 3, 8, false)).toBe(2);
  });

  it('moves on screen when time runs right to left: right is earlier, up is still later', () => {
    expect(keyTarget('ArrowRight', 3, 8, true)).toBe(2);
    expect(keyTarget('ArrowLeft', 3, 8, true)).toBe(4);
    expect(keyTarget('ArrowUp', 3, 8, true)).toBe(4);
    expect(keyTarget('ArrowDown', 3, 8, true)).toBe(2);
  });

  it('moves a tenth of the points with Page Up and Page Down, at least one', () => {
    expect(keyTarget('PageUp', 10, 100, false)).toBe(20);
    expect(keyTarget('PageDown', 10, 100, false)).toBe(0);
    expect(keyTarget('PageUp', 2, 8, false)).toBe(3);
    expect(keyTarget('PageDown', 2, 4, false)).toBe(1);
  });

  it('jumps to the first and the last point with Home and End', () => {
    expect(keyTarget('Home', 5, 8, false)).toBe(0);
    expect(keyTarget('End', 5, 8, true)).toBe(7);
  });

  it('leaves other keys to the page', () => {
    expect(keyTarget('Tab', 5, 8, false)).toBeUndefined();
    expect(keyTarget('Enter', 5, 8, false)).toBeUndefined();
    expect(keyTarget('a', 5, 8, false)).toBeUndefined();
  });
});
