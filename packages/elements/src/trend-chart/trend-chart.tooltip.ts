import {meets, type Box} from './trend-chart.geometry.js';

/** Where a point's tooltip goes. */
export type TooltipPlace = 'above' | 'beside' | 'under';

/** Between the tooltip and its point, in px. */
const TOOLTIP_GAP = 14;
/** The active point's focus ring (radius 9, stroke 3), which the tooltip keeps clear of. */
const RING = 11;

/** Where a tooltip is: its place and its top left corner. */
export interface TooltipAt {
  place: TooltipPlace;
  left: number;
  top: number;
}

/**
 * The tooltip's place for a point, all in the plot's px: the first of `order` that keeps inside
 * the plot and clear of the point's ring and of `avoid` (the labels of highlighted points),
 * trying first the place it had (`previous`, unless that is the last of `order`), so that it does
 * not jump from point to point. Above and under, it is centred on the point and moved in at the
 * plot's sides; beside, on the side with more room. Where no place is clear of the labels, the
 * first clear of the rest (a label is covered rather than the tooltip leave the plot); where none
 * is, above: out of the plot, over the summary before it, rather than on the point. `jump` says
 * to move there at once, not glide: on its way from `previous` it would cross the point.
 */
export function placeTooltip(
  point: {x: number; y: number},
  plot: {width: number; height: number},
  tip: {width: number; height: number},
  avoid: readonly Box[],
  order: readonly TooltipPlace[],
  previous?: TooltipAt,
): TooltipAt & {jump: boolean} {
  const within = (at: number, most: number) => Math.max(0, Math.min(at, most));
  const centred = within(point.x - tip.width / 2, plot.width - tip.width);
  const places: Record<TooltipPlace, readonly [left: number, top: number]> = {
    above: [centred, point.y - tip.height - TOOLTIP_GAP],
    under: [centred, point.y + TOOLTIP_GAP],
    beside: [
      within(
        point.x < plot.width / 2 ? point.x + TOOLTIP_GAP : point.x - TOOLTIP_GAP - tip.width,
        plot.width - tip.width,
      ),
      within(point.y - tip.height / 2, plot.height - tip.height),
    ],
  };
  const ring: Box = [point.x - RING, point.x + RING, point.y - RING, point.y + RING];
  const box = (left: number, top: number): Box => [left, left + tip.width, top, top + tip.height];
  const clear = (place: TooltipPlace, labels: readonly Box[]) => {
    const [left, top] = places[place];
    const at = box(left, top);
    return (
      top >= 0 &&
      at[3] <= plot.height &&
      !meets(at, ring) &&
      labels.every((label) => !meets(at, label))
    );
  };
  const tried =
    previous && previous.place !== order[order.length - 1] ? [previous.place, ...order] : order;
  const place =
    tried.find((place) => clear(place, avoid)) ??
    tried.find((place) => clear(place, [])) ??
    'above';
  const [left, top] = places[place];
  // Its way there, a straight line (whatever the easing), looked at in tenths.
  let jump = false;
  for (let step = 1; previous && step < 10; step += 1) {
    const along = (from: number, to: number) => from + ((to - from) * step) / 10;
    jump ||= meets(box(along(previous.left, left), along(previous.top, top)), ring);
  }
  return {place, left, top, jump};
}
