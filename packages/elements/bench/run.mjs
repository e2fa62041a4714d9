// Benchmark (a script, not a timed test): renders N = 100 and 500 charts of 20 points and one
// chart of 100,000 points in headless Chromium, with <mwfa-trend-chart> and with two hand-written
// plain baselines (the same chart with its title, summary and buttons; the SVG drawing alone),
// interleaving the runs, and prints the medians.
// Usage: node bench/run.mjs [runs]   (CHROME_PATH picks the browser; default /usr/bin/chromium)
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {launchOptions} from '../../../.scripts/chromium.mjs';
import {format} from 'prettier';
import {bundleTrendChart} from './bundle.mjs';
import {serve} from './serve.mjs';

const runs = Number(process.argv[2] ?? 7);
/** Pause before every timed run, the same for every side. */
const QUIET_MS = 250;
const scenarios = [
  {name: '100 charts × 20 points', charts: 100, points: 20},
  {name: '500 charts × 20 points', charts: 500, points: 20},
  {name: '1 chart × 100,000 points', charts: 1, points: 100_000},
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

await bundleTrendChart();
const {origin, close} = await serve();
const browser = await chromium.launch(launchOptions);
const version = browser.version();
try {
  const pages = {};
  const names = ['mwfa', 'plain-chart', 'plain'];
  for (const name of names) {
    const page = await browser.newPage({viewport: {width: 800, height: 600}});
    page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
    await page.goto(`${origin}/packages/elements/bench/${name}.html`);
    await page.waitForFunction(() => window.ready === true);
    // Warm-up: compile and JIT before anything is timed.
    for (const {charts, points} of scenarios) {
      await page.evaluate(([c, p]) => window.run(c, p), [Math.min(charts, 50), points]);
    }
    pages[name] = page;
  }
  const results = scenarios.map((scenario) => ({
    ...scenario,
    ...Object.fromEntries(names.map((name) => [name, []])),
  }));
  for (let run = 0; run < runs; run += 1) {
    for (const result of results) {
      // Interleaved, rotating which goes first, so drift hits all alike.
      const order = names.map((_, i) => names[(i + run) % names.length]);
      for (const name of order) {
        // Every side starts from a quiet browser: the pages share it, and the garbage one run
        // leaves (the 100,000-point chart's above all) must not be collected in the next one's time.
        await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
        const ms = await pages[name].evaluate(
          ([c, p]) => window.run(c, p),
          [result.charts, result.points],
        );
        result[name].push(ms);
      }
    }
    process.stdout.write(`run ${run + 1}/${runs}\n`);
  }

  const rows = results.map((result) => {
    const mwfa = median(result.mwfa);
    const chart = median(result['plain-chart']);
    const plain = median(result.plain);
    return {name: result.name, mwfa, chart, plain, perChart: mwfa / result.charts};
  });
  const lines = [
    '| scenario | mwfa-trend-chart (ms) | plain, same chart (ms) | ratio | plain, drawing only (ms) | ratio | mwfa per chart (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.mwfa.toFixed(1)} | ${row.chart.toFixed(1)} | ${(row.mwfa / row.chart).toFixed(2)}× | ${row.plain.toFixed(1)} | ${(row.mwfa / row.plain).toFixed(2)}× | ${row.perChart.toFixed(2)} |`,
    ),
  ];
  const table = lines.join('\n');
  console.log(`\n${table}\n`);
  const a = rows[0];
  const b = rows[1];
  const linear = `From 100 to 500 charts the mwfa time grows ${(b.mwfa / a.mwfa).toFixed(2)}× (5× would be linear).`;
  console.log(linear);
  const results_md = `# Trend chart benchmark

Medians of ${runs} interleaved runs (after a warm-up) in headless Chromium ${version},
${new Date().toISOString().slice(0, 10)}, on this machine (2 shared cores; absolute numbers vary,
ratios are what to read). Each run creates the charts in a 640px column, waits for the next
frame (style, layout, ResizeObserver callbacks and the renders they cause, paint) and for
every chart's \`updateComplete\`, forces layout, and removes them. All three sides wait for the
same frame, and every timed run starts after a ${QUIET_MS} ms pause (the pages share one browser:
without it, one page's leftover garbage collection lands in the next page's time).

- \`<mwfa-trend-chart>\` (\`bench/mwfa.html\`): the minified bundle a consumer would ship, given
  \`label\` and \`observations\`. It shows a title, the summary sentence, the drawing (value grid
  with labels, year axis with ticks, line, a mark per point), a keyboard slider over the plot
  and three buttons; the data table is closed (not built) until asked for.
- "plain, same chart" (\`bench/plain-chart.html\`): the same visible content by hand with plain
  DOM calls in the light DOM, styled by a few page rules: title, summary sentence (cached
  \`Intl\` formatters), the SVG drawing below and the three buttons. No shadow DOM, no keyboard
  support, no table, no locale or input checks.
- "plain, drawing only" (\`bench/plain.html\`, the earlier baseline): the SVG drawing alone:
  value grid with labels, year axis with ticks, the line, a mark per point (\`bench/plain-draw.js\`).

The 100,000-point chart is decimated by the element (first, lowest, highest and last point per
pixel column) and drawn point by point by the plain baselines.

Reproduce: \`node bench/run.mjs [runs]\` in \`packages/elements\`.

${table}

${linear}
`;
  const file = fileURLToPath(new URL('RESULTS.md', import.meta.url));
  // The notes written by hand (every section after the table: where the time goes, pages,
  // earlier runs) stay below the new table.
  const notes = readFileSync(file, 'utf8').match(/^## [^]*/m)?.[0] ?? '';
  // Formatted as the repository's Prettier check expects.
  writeFileSync(
    file,
    await format(`${results_md}\n${notes}`, {filepath: file, proseWrap: 'preserve'}),
  );
  console.log('Written to bench/RESULTS.md');
} finally {
  await browser.close();
  close();
}
