// Measures real pages as a reader on a slow phone gets them (a script, not a timed test): the
// built factsheet (prerendered, with and without JavaScript, and its client-only variant) and a
// blank page with the script-tag bundle and 10 stat cards, 5 trend charts and 5 key messages.
// Headless Chromium, 360×740 at device scale 2, CPU slowed 4× (and 6× for the interactions), a
// slow 3G-like network (400 ms round trip, 400 kbit/s each way), files brotli-compressed as a
// CDN would send them. Prints medians of the runs.
// With --turn, it measures instead a page of 20 trend charts (script-tag bundle) on a phone turned
// to landscape and back, three times, at CPU ×4: long tasks and chart updates per turn.
// Usage: node bench/page-perf.mjs [runs] [--interactions | --turn]   (build the elements and
// apps/factsheet first; --interactions skips the page loads)
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {launchOptions} from '../../../.scripts/chromium.mjs';
import {serve} from '../../../.scripts/serve.mjs';

const runs = Number(process.argv[2] ?? 5);
const interactionsOnly = process.argv.includes('--interactions');
const turnOnly = process.argv.includes('--turn');
const root = fileURLToPath(new URL('../../../', import.meta.url));
const NETWORK = {
  offline: false,
  latency: 400,
  downloadThroughput: 400_000 / 8,
  uploadThroughput: 400_000 / 8,
};

const stat = (id) => `<mwfa-stat-card indicator="${id}"></mwfa-stat-card>`;
const blank = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Blank page</title>
<script type="module" src="/cdn/mwfa.js"></script>
<style>body { max-width: 40rem; margin: 0 auto; padding: 1rem; font-family: sans-serif }</style>
</head><body><h1>Blank page</h1>
${[
  'international-migrants',
  'migrant-growth-since-2000',
  'migrant-share-of-world-population',
  'earnings-spent-in-host-countries',
  'remittances',
  'remittances-to-oda-ratio',
  'women-share-of-migrants',
  'migrants-in-forced-labour',
  'migrant-deaths-since-2014',
  'migrant-deaths-2017',
]
  .map(stat)
  .join('\n')}
${[
  'international-migrant-stock',
  'migrant-share-of-world-population',
  'global-remittance-inflows',
  'female-migrant-stock',
  'recorded-migrant-deaths',
]
  .map((id) => `<mwfa-trend-chart series="${id}"></mwfa-trend-chart>`)
  .join('\n')}
${[
  'blaming-migrants',
  'climate-and-demography',
  'call-for-cooperation',
  'xenophobic-narratives',
  'rule-of-law',
]
  .map((id) => `<mwfa-key-message message="${id}"></mwfa-key-message>`)
  .join('\n')}
</body></html>`;

const SERIES = [
  'international-migrant-stock',
  'migrant-share-of-world-population',
  'global-remittance-inflows',
  'female-migrant-stock',
  'female-share-of-migrants',
  'recorded-migrant-deaths',
];
const charts = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>20 charts</title>
<script type="module" src="/cdn/mwfa.js"></script>
<style>body { max-width: 60rem; margin: 0 auto; padding: 1rem; font-family: sans-serif }</style>
</head><body><h1>20 charts</h1>
${Array.from({length: 20}, (_, n) => `<mwfa-trend-chart series="${SERIES[n % SERIES.length]}"></mwfa-trend-chart>`).join('\n')}
</body></html>`;

// The factsheet at /, and the script-tag bundle the blank page loads, brotli-compressed.
const server = await serve({
  root: join(root, 'apps/factsheet/dist'),
  index: true,
  brotli: true,
  pages: {
    '/blank.html': blank,
    '/charts.html': charts,
    '/cdn/mwfa.js': readFileSync(join(root, 'packages/elements/dist/cdn/mwfa.js')),
  },
});
const origin = server.url;

/**
 * Runs in the page before anything else: long tasks, ResizeObserver errors, and every
 * mwfa element's Lit updates (its class's `update` wrapped when it is defined).
 */
function instrument() {
  const perf = (window.__perf = {longTasks: [], errors: [], updates: new Map(), time: {}});
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) perf.longTasks.push([entry.startTime, entry.duration]);
  }).observe({type: 'longtask', buffered: true});
  addEventListener('error', (event) => perf.errors.push(String(event.message)));
  const define = customElements.define.bind(customElements);
  customElements.define = (name, constructor, options) => {
    if (name.startsWith('mwfa-')) {
      const {update, performUpdate} = constructor.prototype;
      constructor.prototype.update = function (changed) {
        perf.updates.set(this, (perf.updates.get(this) ?? 0) + 1);
        return update.call(this, changed);
      };
      // Time of the update cycles (willUpdate, render, commit, updated), by tag.
      constructor.prototype.performUpdate = function () {
        const start = performance.now();
        try {
          return performUpdate.call(this);
        } finally {
          perf.time[name] = (perf.time[name] ?? 0) + performance.now() - start;
        }
      };
    }
    return define(name, constructor, options);
  };
}

const median = (values) => {
  const sorted = values.filter((value) => value !== undefined).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * The last largest-contentful-paint candidate of the page's navigation in a trace, in ms from
 * its start (the page's own observers need its JavaScript, which may be off).
 */
function largestPaint(events, url) {
  const start = events.find(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL === url,
  );
  const id = start?.args.data.navigationId;
  const candidates = events.filter(
    (event) =>
      event.name === 'largestContentfulPaint::Candidate' && event.args?.data?.navigationId === id,
  );
  if (!start || !candidates.length) return undefined;
  return (Math.max(...candidates.map((event) => event.ts)) - start.ts) / 1000;
}

/** Forced layouts from a trace: Layout events with a JavaScript stack, by function. */
function forcedLayouts(events) {
  const byFunction = {};
  let count = 0;
  for (const event of events) {
    if (event.name !== 'Layout' || event.ph !== 'X') continue;
    const stack = event.args?.beginData?.stackTrace;
    if (!stack?.length) continue;
    count += 1;
    const frame = stack[0];
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    byFunction[key] = (byFunction[key] ?? 0) + 1;
  }
  return {count, byFunction};
}

const browser = await chromium.launch(launchOptions);

/** Loads a page at CPU ×`rate`, then scrolls it through; returns the measures. */
async function load(path, {javaScript = true, rate = 4} = {}) {
  const context = await browser.newContext({
    viewport: {width: 360, height: 740},
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate});
  await cdp.send('Performance.enable');
  const traceEvents = [];
  cdp.on('Tracing.dataCollected', ({value}) => traceEvents.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.stack',
      'loading',
      'blink.user_timing',
    ].join(','),
    transferMode: 'ReportEvents',
  });
  await page.goto(origin + path, {waitUntil: 'load'});
  // Quiet: every chart measured and drawn, the sparklines' series loaded.
  await page.waitForTimeout(3000);
  // Scrolled through as a reader would, a screen at a time.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => scrollTo(0, top), y);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await traced;
  const result = javaScript
    ? await page.evaluate(() => {
        const {longTasks, errors, updates, time} = window.__perf;
        const counts = {};
        for (const [element, n] of updates) (counts[element.localName] ??= []).push(n);
        return {longTasks, errors, counts, time};
      })
    : {longTasks: [], errors: [], counts: {}};
  // Read through the protocol, so also with JavaScript off (the init script did not run there).
  result.fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  );
  result.lcp = largestPaint(traceEvents, origin + path);
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map(({name, value}) => [name, value]),
  );
  const fcp = result.fcp;
  result.tbt = result.longTasks
    .filter(([start]) => start >= fcp)
    .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
  result.longest = Math.max(0, ...result.longTasks.map(([, duration]) => duration));
  result.forced = forcedLayouts(traceEvents);
  result.heapMB = metrics.JSHeapUsedSize / 1e6;
  result.nodes = metrics.Nodes;
  await context.close();
  return result;
}

/** At CPU ×6: arrow keys on a chart's slider, then the pointer across its plot. */
async function interact(path) {
  const context = await browser.newContext({
    viewport: {width: 360, height: 740},
    deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(origin + path, {waitUntil: 'load'});
  await page.waitForTimeout(1000);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 6});
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__events.push([entry.name, entry.duration]);
    }).observe({type: 'event', durationThreshold: 16, buffered: false});
    // Pointer moves are not in the Event Timing API: time each to the frame after it.
    window.__moves = [];
    addEventListener(
      'pointermove',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() =>
          setTimeout(() => window.__moves.push(performance.now() - start)),
        );
      },
      {capture: true},
    );
  });
  const chart = page.locator('mwfa-trend-chart').first();
  await chart.scrollIntoViewIfNeeded();
  const slider = chart.locator('[role="slider"]');
  await slider.focus();
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press(i < 6 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(50);
  }
  await page.keyboard.press('End');
  await page.waitForTimeout(50);
  await page.keyboard.press('Home');
  await page.waitForTimeout(100);
  const box = await chart.locator('svg[part="chart"]').boundingBox();
  // The sweep is traced: the main thread's work while the tooltip follows the pointer.
  const traceEvents = [];
  cdp.on('Tracing.dataCollected', ({value}) => traceEvents.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,toplevel',
    transferMode: 'ReportEvents',
  });
  for (let i = 0; i <= 30; i += 1) {
    await page.mouse.move(box.x + (box.width * i) / 30, box.y + box.height / 2);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await traced;
  const main = traceEvents.find((event) => event.name === 'EventDispatch')?.tid;
  const busy = (name) =>
    traceEvents
      .filter((event) => event.name === name && event.ph === 'X' && event.tid === main)
      .reduce((sum, event) => sum + event.dur / 1000, 0);
  const {events, moves} = await page.evaluate(() => ({
    events: window.__events,
    moves: window.__moves,
  }));
  await context.close();
  const keys = events.filter(([name]) => name === 'keydown').map(([, duration]) => duration);
  return {
    keyMedian: median(keys),
    keyMax: Math.max(0, ...keys),
    keyCount: keys.length,
    moveMedian: median(moves),
    moveMax: Math.max(0, ...moves),
    sweepBusy: busy('RunTask'),
    sweepPaint: busy('Paint'),
    sweepLayout: busy('Layout'),
  };
}

/** At CPU ×4, on the page of 20 charts: the phone turned to landscape and back, three times. */
async function turn() {
  const context = await browser.newContext({
    viewport: {width: 360, height: 740},
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/charts.html`, {waitUntil: 'load'});
  await page.waitForTimeout(3000);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  const turns = [];
  for (let n = 0; n < 6; n += 1) {
    const since = await page.evaluate(() => ({
      at: performance.now(),
      updates: [...window.__perf.updates.values()].reduce((sum, count) => sum + count, 0),
    }));
    await page.setViewportSize(n % 2 ? {width: 360, height: 740} : {width: 740, height: 360});
    await page.waitForTimeout(2000);
    turns.push(
      await page.evaluate(({at, updates}) => {
        const tasks = window.__perf.longTasks.filter(([start]) => start >= at).map(([, d]) => d);
        return {
          longest: Math.max(0, ...tasks),
          blocking: tasks.reduce((sum, duration) => sum + duration - 50, 0),
          updates:
            [...window.__perf.updates.values()].reduce((sum, count) => sum + count, 0) - updates,
        };
      }, since),
    );
  }
  await context.close();
  return turns;
}

if (turnOnly) {
  try {
    const turns = [];
    for (let run = 0; run < runs; run += 1) turns.push(...(await turn()));
    const pick = (key) => Math.round(median(turns.map((result) => result[key])));
    console.log(
      `20 charts, phone turned (${turns.length} turns, CPU ×4), medians per turn: longest task ${pick('longest')} ms, blocking time ${pick('blocking')} ms, chart updates ${pick('updates')}`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}

const pages = [
  ['factsheet, prerendered', '/', {}],
  ['factsheet, prerendered, no JavaScript', '/', {javaScript: false}],
  ['factsheet, client-only', '/client-only.html', {}],
  ['blank page, CDN bundle', '/blank.html', {}],
];

const collected = pages.map(() => []);
try {
  for (let run = 0; run < (interactionsOnly ? 0 : runs); run += 1) {
    for (const [index, [, path, options]] of pages.entries()) {
      collected[index].push(await load(path, options));
    }
    process.stdout.write(`run ${run + 1}/${runs}\n`);
  }
  const fmt = (value, digits = 0) => (value === undefined ? '–' : value.toFixed(digits));
  if (!interactionsOnly) {
    console.log(
      '\n| page (CPU ×4, slow 3G) | FCP ms | LCP ms | TBT ms | longest task ms | forced layouts | heap MB | DOM nodes |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [index, [name]] of pages.entries()) {
      const all = collected[index];
      const pick = (key) => median(all.map((result) => result[key]));
      console.log(
        `| ${name} | ${fmt(pick('fcp'))} | ${fmt(pick('lcp'))} | ${fmt(pick('tbt'))} | ${fmt(pick('longest'))} | ${fmt(median(all.map((r) => r.forced.count)))} | ${fmt(pick('heapMB'), 1)} | ${fmt(pick('nodes'))} |`,
      );
    }
    for (const [index, [name]] of pages.entries()) {
      const first = collected[index][0];
      console.log(`\n${name} (first run):`);
      console.log('  updates per element:', JSON.stringify(first.counts));
      console.log(
        '  update time by tag (ms):',
        JSON.stringify(first.time, (key, value) => (key ? Math.round(value) : value)),
      );
      console.log(
        '  long tasks (start+duration ms):',
        first.longTasks.map(([s, d]) => `${Math.round(s)}+${Math.round(d)}`).join(', '),
      );
      console.log('  FCP, LCP:', Math.round(first.fcp), Math.round(first.lcp));
      console.log('  forced layouts:', JSON.stringify(first.forced.byFunction));
      console.log('  errors:', JSON.stringify(first.errors));
    }
  }
  console.log('\nInteractions at CPU ×6 (first trend chart):');
  for (const path of ['/', '/blank.html']) {
    const results = [];
    for (let run = 0; run < runs; run += 1) results.push(await interact(path));
    const pick = (key) => median(results.map((result) => result[key]));
    console.log(
      `  ${path}: keydown (of 12, those over 16 ms: ${fmt(pick('keyCount'))}) median ${fmt(pick('keyMedian'))} ms, slowest ${fmt(pick('keyMax'))} ms; pointer move to next frame median ${fmt(pick('moveMedian'))} ms, max ${fmt(pick('moveMax'))} ms; main thread over the sweep of 31 moves: busy ${fmt(pick('sweepBusy'))} ms, paint ${fmt(pick('sweepPaint'))} ms, layout ${fmt(pick('sweepLayout'))} ms`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
