// Shared by both benchmark pages: the same deterministic data, and the timing loop.

/** `count` points from 2000 on, a gentle rise with noise (deterministic: same data every run). */
export function makeData(count) {
  const data = [];
  let seed = 42;
  for (let i = 0; i < count; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const year = count > 1000 ? 2000 + i / 1000 : 2000 + i;
    data.push({year, value: Math.round(150e6 + i * (100e6 / count) + (seed / 2147483648) * 5e6)});
  }
  return data;
}

/** Resolves after the next frame: its style, layout, ResizeObserver callbacks and paint. */
const afterFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Renders `charts` charts of `points` points with `draw(container, data)`, waits until they are
 * rendered, laid out and painted in a frame, and returns the elapsed milliseconds. Both sides
 * wait for the same frame: a chart that draws once its ResizeObserver has measured it pays for
 * that drawing inside the timed span, and one that redraws at the measured width pays for both.
 * Clears the page afterwards.
 */
export async function time(draw, settle, charts, points) {
  const host = document.getElementById('host');
  host.replaceChildren();
  const data = makeData(points);
  await afterFrame();
  const start = performance.now();
  const made = [];
  for (let i = 0; i < charts; i += 1) made.push(draw(host, data));
  await afterFrame();
  await settle(made);
  host.getBoundingClientRect(); // style and layout are part of the cost
  const elapsed = performance.now() - start;
  host.replaceChildren();
  return elapsed;
}
