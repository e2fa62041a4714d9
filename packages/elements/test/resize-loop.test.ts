// Issue #5: "ResizeObserver loop completed with undelivered notifications" from
// <mwfa-trend-chart>. The loop needs a redraw that changes the width of a chart (its own or
// another's) inside the observer's delivery: a scrollbar that comes or goes when the page's
// height changes. Playwright hides scrollbars in headless Chromium (`--hide-scrollbars`, also in
// web-test-runner), so these pages run here with classic scrollbars that take width.
// The loop also ends so when a chart is first observed inside another chart's delivery (a page
// that adds the next chart once `updateComplete` says the last one is drawn): its ruler is no
// deeper in the page than the ruler just delivered, and the loop only goes deeper.
import type {Browser, Page} from 'playwright-core';
import {chromium} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchOptions} from '../../../.scripts/chromium.mjs';
import {serve, type Server} from './helpers.js';

const CHART = '<mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart>';
const TABLE =
  '<mwfa-trend-chart><table><caption>Own figures</caption>' +
  '<tr><td>2000</td><td>10</td></tr><tr><td>2010</td><td>20</td></tr>' +
  '<tr><td>2017</td><td>25</td></tr></table></mwfa-trend-chart>';
/** A page that lets the SVG's aspect ratio (which follows the drawn width) set its height. */
const BY_WIDTH = 'mwfa-trend-chart::part(chart) { height: auto; }';

// The error event is what error trackers (and test runners) report: listened for from the start.
const page = (body: string, css = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>charts</title>` +
  `<style>${css}</style><script>window.__errors = [];` +
  `addEventListener('error', (event) => __errors.push(String(event.message)));</script>` +
  `<script type="module" src="/dist/cdn/trend-chart.js"></script></head><body>${body}</body></html>`;

const pages: Record<string, string> = {
  '/by-width.html': page(CHART, BY_WIDTH),
  '/by-width-many.html': page(CHART.repeat(4), BY_WIDTH),
  '/tall.html': page(CHART.repeat(4)),
  '/shrink-to-fit.html': page(
    `<div style="display: flex; gap: 1rem">${CHART}<p>Beside the chart.</p></div>` +
      `<table><tr><td>${CHART}</td><td>${TABLE}</td></tr></table>${CHART}`,
    BY_WIDTH,
  ),
  // A page that adds charts after load, one after another ("load more", a route change): each
  // chart is added once the one before it is drawn.
  '/one-after-another.html': page(
    `<script type="module">window.__adding = (async () => {` +
      `await customElements.whenDefined('mwfa-trend-chart');` +
      `for (let count = 0; count < 4; count += 1) {` +
      `const chart = document.createElement('mwfa-trend-chart');` +
      `chart.setAttribute('series', 'international-migrant-stock');` +
      `document.body.append(chart);` +
      `await chart.updateComplete;` +
      `}})();</script>`,
  ),
  '/favicon.ico': '',
};

let browser: Browser;
let server: Server;

beforeAll(async () => {
  browser = await chromium.launch({...launchOptions, ignoreDefaultArgs: ['--hide-scrollbars']});
  server = await serve({root: process.cwd(), pages});
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits for every chart's drawing, then for two more frames (a redraw may wait for one). */
async function settled(p: Page): Promise<void> {
  await p.evaluate(async () => {
    await customElements.whenDefined('mwfa-trend-chart');
    // A page still adding charts: wait until it has added them all.
    await (window as {__adding?: Promise<void>}).__adding;
    const charts = [...document.querySelectorAll('mwfa-trend-chart')];
    await Promise.all(
      charts.map((el) => (el as Element & {updateComplete: unknown}).updateComplete),
    );
    for (let frame = 0; frame < 3; frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
}

interface Result {
  errors: string[];
  /** Per chart: the width the SVG was drawn at, and the chart's own width in the page. */
  widths: [string | null, number][];
  /** Whether the page has a vertical scrollbar that takes width. */
  scrollbar: boolean;
}

/** Opens `path` at `width`×`height`, then narrows and widens the window by `steps` pixels. */
async function visit(path: string, width: number, height: number, steps: number[] = []) {
  const context = await browser.newContext({viewport: {width, height}});
  const p = await context.newPage();
  const pageErrors: string[] = [];
  p.on('pageerror', (error) => pageErrors.push(error.message));
  await p.goto(`${server.url}${path}`);
  await settled(p);
  for (const step of steps) {
    await p.setViewportSize({width: width + step, height});
    await settled(p);
  }
  const result: Result = await p.evaluate(() => ({
    errors: (window as unknown as {__errors: string[]}).__errors,
    widths: [...document.querySelectorAll('mwfa-trend-chart')].map((el) => [
      el.shadowRoot!.querySelector('svg[part="chart"]')!.getAttribute('width'),
      el.clientWidth,
    ]),
    scrollbar: window.innerWidth > document.documentElement.clientWidth,
  }));
  await context.close();
  return {...result, errors: [...result.errors, ...pageErrors]};
}

const expectDrawnAtTheirWidth = (widths: Result['widths']) => {
  for (const [drawn, width] of widths) expect(drawn).toBe(String(width));
};

describe('<mwfa-trend-chart> with classic scrollbars: no ResizeObserver loop', () => {
  it('a page that sizes the chart by its width, where the drawing removes the scrollbar', async () => {
    // Before the drawing, the SVG has the default 320×220 aspect: at 1249 px wide it is 859 px
    // tall, and the page scrolls; drawn at that width it is 420 px tall, and the scrollbar goes.
    const result = await visit('/by-width.html', 1280, 720);
    expect(result.errors).toEqual([]);
    expect(result.scrollbar).toBe(false);
    expectDrawnAtTheirWidth(result.widths);
  });

  it('the same page, the window widened until a redraw removes the scrollbar', async () => {
    const result = await visit('/by-width.html', 800, 600, [250]);
    expect(result.errors).toEqual([]);
    expectDrawnAtTheirWidth(result.widths);
  });

  for (const [path, steps] of [
    ['/by-width-many.html', [-17, -100, 60, 250, 0]],
    ['/tall.html', [-17, -100, 60, 250, 0]],
    ['/shrink-to-fit.html', [-100, 250, 0]],
  ] as const) {
    for (const [width, height] of [
      [1280, 720],
      [800, 600],
      [375, 667],
    ] as const) {
      it(`${path} at ${width}×${height}, window resized by ${steps.join(', ')} px`, async () => {
        const result = await visit(path, width, height, [...steps]);
        expect(result.errors).toEqual([]);
        if (path !== '/shrink-to-fit.html') expectDrawnAtTheirWidth(result.widths);
      });
    }
  }
});

describe('<mwfa-trend-chart> added after load: no ResizeObserver loop', () => {
  it('a page that adds charts one after another, each once the one before is drawn', async () => {
    const result = await visit('/one-after-another.html', 375, 667);
    expect(result.errors).toEqual([]);
    expect(result.widths).toHaveLength(4);
    expectDrawnAtTheirWidth(result.widths);
  });
});
