/**
 * The point a key moves the chart's slider to, from point `current` of `count`, or `undefined`
 * for a key the slider leaves alone. The left and right arrows move on screen (with time drawn
 * right to left, `reversed`, right is earlier), up and down to the next and the previous year,
 * Page Up and Page Down by a tenth of the points, Home and End to the first and the last. The
 * index may fall outside the data: the caller keeps it to the first or the last point.
 */
export function keyTarget(
  key: string,
  current: number,
  count: number,
  reversed: boolean,
): number | undefined {
  const page = Math.max(1, Math.round(count / 10));
  const right = reversed ? -1 : 1;
  const moves: Partial<Record<string, number>> = {
    ArrowRight: current + right,
    ArrowLeft: current - right,
    ArrowUp: current + 1,
    ArrowDown: current - 1,
    PageUp: current + page,
    PageDown: current - page,
    Home: 0,
    End: count - 1,
  };
  // Own keys only: "toString" is no move.
  return Object.hasOwn(moves, key) ? moves[key] : undefined;
}
