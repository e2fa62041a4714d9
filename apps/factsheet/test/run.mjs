// The factsheet in Chromium: layout shift, reading without JavaScript, hydration, no network
// requests elsewhere, no horizontal scrolling on a phone. Runs against dist/ (build first).
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {indicators, keyMessages, series, sources} from '@mwfa/data';
import {annotateClaims} from '../scripts/claim-footnotes.mjs';
import {launch, trackLayoutShifts} from './browser.mjs';
import {run, test} from './harness.mjs';
import {serve} from '../../../.scripts/serve.mjs';

if (!existsSync('dist/index.html') || !existsSync('dist/client-only.html')) {
  console.error('Build the factsheet first: pnpm run build');
  process.exit(1);
}

const server = await serve({root: 'dist', index: true});
const browser = await launch();
const DESKTOP = {width: 1280, height: 800};
const PHONE = {width: 390, height: 844};
/** Every mwfa element, as a selector. */
const ELEMENTS = 'mwfa-stat-card, mwfa-value, mwfa-key-message, mwfa-trend-chart';

/**
 * Opens `path` in a fresh context; collects errors and requests. `withoutPageScripts` shows the
 * page as without JavaScript (its own scripts never load) while tests can still inject theirs.
 */
async function open(
  path,
  {
    javaScript = true,
    withoutPageScripts = false,
    viewport = DESKTOP,
    colorScheme = 'light',
    init,
  } = {},
) {
  const context = await browser.newContext({javaScriptEnabled: javaScript, viewport, colorScheme});
  if (withoutPageScripts) await context.route(/\.m?js(\?|$)/, (route) => route.abort());
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(request.url()));
  if (init) await page.addInitScript(init);
  await page.goto(server.url + path, {waitUntil: 'load'});
  if (javaScript && !withoutPageScripts) {
    await page.evaluate(async (all) => {
      await Promise.all(all.split(', ').map((tag) => customElements.whenDefined(tag)));
      // allSettled: an element that fails to hydrate is reported by the hydration test (as a
      // page error), not by every test that merely waits for the page.
      const settled = () =>
        Promise.allSettled([...document.querySelectorAll(all)].map((el) => el.updateComplete));
      await settled();
      // A prerendered chart draws again at its measured width: its size observer reports in
      // the next frame, and the drawing follows in the frame after. Tests look at the page
      // after that, not while it changes.
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let i = 0; i < 3; i += 1) await frame();
      await settled();
    }, ELEMENTS);
  }
  return {page, context, problems, requests};
}

/**
 * What every card and inline value on the factsheet shows, copied by hand from the background
 * note's sentences (../shared/source/background-note-1.txt), not from the data or the elements:
 * a figure that lost its qualifier, its scale or a digit fails here.
 */
const FIGURES_IN_THE_NOTE = {
  'international-migrants': '258 million', // "There are 258 million international migrants"
  'migrant-growth-since-2000': '48%', // "48% more than in 2000"
  'migrant-share-of-world-population': '3.4%', // "3.4 % of the global population"
  'earnings-spent-in-host-countries': 'some 85%', // "some 85% of their earnings"
  remittances: 'approximately $600 billion', // "Approximately $600 billion was sent"
  'remittances-to-oda-ratio': '3 times', // "3 times all official development assistance"
  'women-share-of-migrants': '48%', // "48% of migrants are women"
  'migrant-women-in-work': 'two-thirds', // "two-thirds are in work"
  'women-in-work-worldwide': 'half', // "half of women worldwide"
  'migrants-in-forced-labour': 'nearly 6 million', // "nearly 6 million migrants"
  'migrant-deaths-since-2014': 'over 20,000', // "Over 20,000 migrants and refugees died"
  'migrant-deaths-2017': 'more than 5,000', // "more than 5,000 of them in 2017 alone"
};

/** Text of an element as a reader gets it: light DOM and open shadow roots, no styles. */
function texts(selector) {
  const collect = (node) => {
    if (node.nodeType === 3) return node.textContent;
    if (node.nodeType !== 1 && node.nodeType !== 11) return '';
    if (node.nodeType === 1 && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.nodeName)) return '';
    // A chart's drawing is laid out again for the width the browser measures (the server cannot
    // know it), so its axis ticks may differ; its figures are also in the summary and the table,
    // which are compared.
    if (node.nodeType === 1 && node.matches('svg[part="chart"]')) return '';
    // A <slot> reads as what is assigned to it, else as its fallback content.
    const assigned = node.nodeName === 'SLOT' ? node.assignedNodes() : [];
    const children = node.shadowRoot
      ? [node.shadowRoot]
      : assigned.length > 0
        ? assigned
        : [...node.childNodes];
    return children.map(collect).join('');
  };
  return [...document.querySelectorAll(selector)].map((el) =>
    collect(el).replace(/\s+/g, ' ').trim(),
  );
}

async function cumulativeShift(path, viewport) {
  // A viewport as tall as the page counts shifts anywhere on it, not only above the fold.
  const {page, context} = await open(path, {viewport, init: trackLayoutShifts});
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await context.close();
  const again = await open(path, {
    viewport: {width: viewport.width, height: Math.min(height, 16000)},
    init: trackLayoutShifts,
  });
  await again.page.waitForTimeout(600);
  const shifts = await again.page.evaluate(() => window.__mwfaShifts);
  await again.context.close();
  return shifts;
}

for (const [name, path] of [
  ['prerendered', '/'],
  ['not prerendered', '/client-only.html'],
]) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ]) {
    test(`cumulative layout shift is 0 (${name}, ${size} ${viewport.width}px)`, async () => {
      const shifts = await cumulativeShift(path, viewport);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      assert.equal(total, 0, `layout shifts: ${JSON.stringify(shifts)}`);
    });
  }
}

// The build step itself, on snippets: a card keeps its note whatever its other attributes, and
// a figure whose primary source differs cannot be shown only inline, where no note fits.
test('claim footnotes: on any card of a figure a primary source does not confirm, else the build fails', async () => {
  const card = annotateClaims(
    '<mwfa-stat-card sparkline indicator="migrant-growth-since-2000"></mwfa-stat-card>',
  );
  assert.match(card, /<span slot="footnote">Checked against the primary source \(United Nations/);
  assert.match(card, /DESA says “an increase of 49 per cent since 2000”/);
  const agrees = '<mwfa-stat-card indicator="international-migrants"></mwfa-stat-card>';
  assert.equal(annotateClaims(agrees), agrees);
  assert.throws(
    () => annotateClaims('<mwfa-value indicator="remittances-to-oda-ratio"></mwfa-value>'),
    /remittances-to-oda-ratio: the primary source differs/,
  );
});

// On phones "48" ended one line and "%" began the next; so did "US$" and "596 billion".
test('claim footnotes keep a number with its "%", its scale word and "US$" on one line', async () => {
  const nbsp = '\u00a0';
  const growth = annotateClaims(
    '<mwfa-stat-card indicator="migrant-growth-since-2000"></mwfa-stat-card>',
  );
  // The data writes "48%" (no space to break at) since it was read against UN style.
  assert.ok(growth.includes('The note says 48%;'), growth);
  assert.ok(growth.includes('+49.3%)'), growth);
  const ratio = annotateClaims(
    '<mwfa-stat-card indicator="remittances-to-oda-ratio"></mwfa-stat-card>',
  );
  assert.ok(ratio.includes(`US$${nbsp}466${nbsp}bn ÷ ODA US$${nbsp}146.6${nbsp}bn`), ratio);
  assert.ok(ratio.includes(`(US$${nbsp}596–613${nbsp}bn)`), ratio);
});

test('without JavaScript, the prerendered page shows every figure, quote, table and source', async () => {
  const {page, context} = await open('/', {javaScript: false});
  const figures = await page.evaluate(() =>
    [...document.querySelectorAll('mwfa-stat-card, mwfa-value')].map((el) => [
      el.getAttribute('indicator'),
      el.shadowRoot
        ?.querySelector(el.localName === 'mwfa-value' ? '[part~="base"]' : '[part~="value"]')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim() ?? '',
    ]),
  );
  const messages = await page.evaluate(texts, 'mwfa-key-message');
  const charts = await page.evaluate(texts, 'mwfa-trend-chart');
  const tables = await page.evaluate(() =>
    [...document.querySelectorAll('mwfa-trend-chart')].map(
      (el) => el.shadowRoot?.querySelectorAll('table').length ?? 0,
    ),
  );
  const sourceItems = await page.evaluate(() =>
    [...document.querySelectorAll('#sources li')].map((li) => li.textContent),
  );
  await context.close();

  // Each figure as the note writes it, read off the note by hand (see FIGURES_IN_THE_NOTE).
  assert.deepEqual(Object.fromEntries(figures), FIGURES_IN_THE_NOTE);
  assert.equal(figures.length, new Set(figures.map(([id]) => id)).size, 'a figure is shown twice');
  const quotesShown = messages.join(' ');
  const pageMessages = await listed('mwfa-key-message', 'message');
  for (const id of pageMessages) {
    const quote = keyMessages.find((m) => m.id === id)?.quote ?? '';
    assert.ok(
      quotesShown.includes(quote.replace(/\s+/g, ' ')),
      `key message "${id}": quote not shown`,
    );
  }
  assert.ok(
    charts.length > 0 && tables.every((n) => n > 0),
    `a trend chart has no table: ${tables}`,
  );
  assert.equal(sourceItems.length, sources.length);
  for (const source of sources) {
    assert.ok(
      sourceItems.some((item) => item.includes(source.title)),
      `source ${source.id} missing`,
    );
  }
});

// The charts' buttons (show or hide the table, download CSV or SVG) and their keyboard layer (a
// slider over the drawing) need the script: without it they were offered, reachable by Tab and
// read out, and did nothing.
test('without JavaScript no control is offered; with it, each chart has its four', async () => {
  /** Runs in the page: the names of the controls a reader can see and reach, per chart. */
  const buttons = () =>
    [...document.querySelectorAll('mwfa-trend-chart')].map((chart) =>
      [...chart.shadowRoot.querySelectorAll('button, [role="slider"]')]
        .filter((control) => control.checkVisibility({visibilityProperty: true}))
        .map((control) => control.getAttribute('role') ?? control.textContent.trim()),
    );
  const without = await open('/', {javaScript: false});
  const offered = await without.page.evaluate(buttons);
  await without.context.close();
  const withScript = await open('/');
  const working = await withScript.page.evaluate(buttons);
  await withScript.context.close();
  assert.ok(offered.length > 0);
  assert.deepEqual(offered.flat(), []);
  for (const labels of working) {
    assert.deepEqual(labels, ['slider', 'Hide table', 'Download CSV', 'Download SVG']);
  }
});

// The buttons' place is kept while the script loads, so that nothing moves when they come
// alive; without JavaScript it was a blank band of up to two button rows on a phone.
test('without JavaScript, the cards take the heights they have with it (a row, one height)', async () => {
  const rows = async (javaScript) => {
    const {page, context} = await open('/', {javaScript});
    const heights = await page.evaluate(() =>
      [...document.querySelectorAll('.cards')].map((row) =>
        [...row.querySelectorAll(':scope > mwfa-stat-card')].map((card) =>
          Math.round(card.shadowRoot.querySelector('[part="base"]').getBoundingClientRect().height),
        ),
      ),
    );
    await context.close();
    return heights;
  };
  const withScripts = await rows(true);
  assert.ok(withScripts.some((row) => row.length > 1 && new Set(row).size === 1));
  assert.deepEqual(await rows(false), withScripts);
});

test('without JavaScript no blank space is kept for the buttons', async () => {
  const {page, context} = await open('/', {javaScript: false, viewport: PHONE});
  const heights = await page.evaluate(() =>
    [...document.querySelectorAll('mwfa-trend-chart')].map(
      (chart) => chart.shadowRoot.querySelector('.actions').getBoundingClientRect().height,
    ),
  );
  await context.close();
  assert.ok(heights.length > 0);
  assert.deepEqual(
    heights.filter((height) => height > 0),
    [],
  );
});

// The server cannot know a chart's width, and the drawing scales to the box it gets. Drawn for
// a wide box, its axis labels were 6 px on a phone and under 10 px in the desktop column.
test('without JavaScript, chart labels read at 10 to 18 px, on phones and on desktop', async () => {
  for (const viewport of [{width: 320, height: 640}, PHONE, DESKTOP]) {
    const {page, context} = await open('/', {javaScript: false, viewport});
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('mwfa-trend-chart')].flatMap((chart) => {
        const svg = chart.shadowRoot.querySelector('svg[part="chart"]');
        const scale = svg.getScreenCTM().a;
        return [...svg.querySelectorAll('text')].map(
          (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
        );
      }),
    );
    await context.close();
    assert.ok(sizes.length > 0);
    const smallest = Math.min(...sizes);
    const largest = Math.max(...sizes);
    assert.ok(
      smallest >= 10 && largest <= 18,
      `${viewport.width}px: labels from ${smallest.toFixed(1)} to ${largest.toFixed(1)} px`,
    );
  }
});

/** Ids used on the page at `path` for `attribute` of `tag` (read from the built HTML). */
async function listed(tag, attribute, path = '/') {
  const {page, context} = await open(path, {javaScript: false});
  const ids = await page.evaluate(
    ([t, a]) => [...document.querySelectorAll(t)].map((el) => el.getAttribute(a)),
    [tag, attribute],
  );
  await context.close();
  return ids;
}

for (const path of ['/', '/client-only.html']) {
  test(`every indicator, key message and context series of @mwfa/data is on the page (${path})`, async () => {
    const onPage = new Set([
      ...(await listed('mwfa-stat-card', 'indicator', path)),
      ...(await listed('mwfa-value', 'indicator', path)),
    ]);
    assert.deepEqual(
      indicators.map((i) => i.id).filter((id) => !onPage.has(id)),
      [],
    );
    const messages = new Set(await listed('mwfa-key-message', 'message', path));
    assert.deepEqual(
      keyMessages.map((m) => m.id).filter((id) => !messages.has(id)),
      [],
    );
    const charts = new Set(await listed('mwfa-trend-chart', 'series', path));
    assert.deepEqual(
      series.map((s) => s.id).filter((id) => !charts.has(id)),
      [],
    );
  });
}

test('hydration keeps every element’s text as prerendered, without errors', async () => {
  const before = await open('/', {javaScript: false});
  const prerendered = await before.page.evaluate(texts, ELEMENTS);
  await before.context.close();
  const after = await open('/');
  const hydrated = await after.page.evaluate(texts, ELEMENTS);
  const defined = await after.page.evaluate(() => !document.querySelector(':not(:defined)'));
  await after.context.close();
  assert.deepEqual(after.problems, []);
  assert.ok(defined, 'some elements never upgraded');
  assert.equal(hydrated.length, prerendered.length);
  for (const [i, text] of prerendered.entries())
    assert.equal(hydrated[i], text, `element ${i} changed`);
});

// All at once, hydrating the page was one long task on a slow phone, with no answer to a tap.
test('prerendered elements hydrate at most four per task, in page order', async () => {
  /** Runs before the page's scripts: each task's `defer-hydration` removals, as one batch. */
  const watchHydration = () => {
    const tags = 'mwfa-stat-card, mwfa-value, mwfa-key-message, mwfa-trend-chart';
    window.__batches = [];
    new MutationObserver((records) => {
      const elements = [...document.querySelectorAll(tags)];
      const hydrated = records
        .filter((r) => r.oldValue !== null && !r.target.hasAttribute('defer-hydration'))
        .map((r) => elements.indexOf(r.target));
      if (hydrated.length > 0) window.__batches.push(hydrated);
    }).observe(document, {
      subtree: true,
      attributeFilter: ['defer-hydration'],
      attributeOldValue: true,
    });
  };
  const {page, context, problems} = await open('/', {init: watchHydration});
  const batches = await page.evaluate(() => window.__batches);
  const count = await page.evaluate((all) => document.querySelectorAll(all).length, ELEMENTS);
  await context.close();
  assert.deepEqual(problems, []);
  // Every element, each once, in page order.
  assert.deepEqual(
    batches.flat(),
    Array.from({length: count}, (_, i) => i),
  );
  assert.ok(Math.max(...batches.map((b) => b.length)) <= 4, JSON.stringify(batches));
});

test('the page requests nothing from other origins', async () => {
  const {requests, context} = await open('/');
  await context.close();
  const elsewhere = requests.filter(
    (url) => !url.startsWith(server.url) && !url.startsWith('data:'),
  );
  assert.deepEqual(elsewhere, []);
});

test('printed from a dark screen, the page and its elements are dark text on white paper', async () => {
  const {page, context} = await open('/', {colorScheme: 'dark'});
  const colours = () =>
    page.evaluate(() => {
      const card = document.querySelector('mwfa-stat-card');
      return {
        page: getComputedStyle(document.querySelector('main p')).color,
        card: getComputedStyle(card.shadowRoot.querySelector('[part~="value"]')).color,
      };
    });
  // On screen the dark scheme applies (the factsheet's dark text colour is #eef1f4).
  assert.equal((await colours()).page, 'rgb(238, 241, 244)');
  await page.emulateMedia({media: 'print'});
  const printed = await colours();
  await context.close();
  // The light scheme's text colour (#1a1a1a), and a card's figure as dark.
  assert.equal(printed.page, 'rgb(26, 26, 26)');
  const [r, g, b] = printed.card.match(/\d+/g).map(Number);
  assert.ok(Math.max(r, g, b) < 100, `a card's figure prints in ${printed.card}`);
});

for (const colorScheme of ['light', 'dark']) {
  test(`a chart's hollow marks and labels' halos are of the page's colour, not see-through (${colorScheme})`, async () => {
    const {page, context} = await open('/', {colorScheme});
    const colours = await page.evaluate(() => {
      const chart = document.querySelector('mwfa-trend-chart[series="global-remittance-inflows"]');
      const style = (selector) => getComputedStyle(chart.shadowRoot.querySelector(selector));
      return {
        page: getComputedStyle(document.documentElement).backgroundColor,
        mark: style('.projection-mark').fill,
        halo: style('.grid text').stroke,
      };
    });
    await context.close();
    // The factsheet's background: #fff and #0d1117.
    const expected = colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(13, 17, 23)';
    assert.deepEqual(colours, {page: expected, mark: expected, halo: expected});
  });
}

test('the page names its icon, and the icon is there (no 404 in the console)', async () => {
  const {page, context} = await open('/');
  const icon = await page.evaluate(async () => {
    const href = document.querySelector('link[rel~="icon"]')?.href;
    return href && {href, status: (await fetch(href)).status};
  });
  await context.close();
  assert.ok(icon, 'no <link rel="icon">: browsers ask for /favicon.ico and log its 404');
  assert.equal(icon.status, 200, icon.href);
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/** axe-core's WCAG 2.x A/AA violations on the whole page, one line each. */
async function axeViolations(page) {
  await page.addScriptTag({content: axeSource});
  return page.evaluate(async () => {
    const {violations} = await window.axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
    });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

for (const [name, options] of [
  ['with JavaScript, light', {}],
  ['with JavaScript, dark', {colorScheme: 'dark'}],
  ['without its scripts (prerendered)', {withoutPageScripts: true}],
]) {
  test(`axe finds no WCAG 2.2 A/AA violation on the page ${name}`, async () => {
    const {page, context} = await open('/', options);
    const violations = await axeViolations(page);
    await context.close();
    assert.deepEqual(violations, []);
  });
}

// WCAG 1.4.12: a reader's own text spacing (line height 1.5, letter spacing 0.12em, word spacing
// 0.16em, paragraph spacing 2em) loses no text. The chart places its labels by estimated widths,
// and inherits the letter spacing.
test('with WCAG 1.4.12 text spacing no text is cut off, and no chart label overlaps another', async () => {
  for (const viewport of [{width: 320, height: 640}, PHONE, DESKTOP]) {
    const {page, context} = await open('/', {viewport});
    await page.addStyleTag({
      content: `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
        word-spacing: 0.16em !important } p { margin-bottom: 2em !important }`,
    });
    const problems = await page.evaluate(async (all) => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const found = [];
      for (const host of document.querySelectorAll(all)) {
        const id = ['indicator', 'series', 'message']
          .map((a) => host.getAttribute(a))
          .find(Boolean);
        const name = `${host.localName}[${id}]`;
        for (const el of host.shadowRoot.querySelectorAll('*')) {
          if (el.matches('.visually-hidden, style')) continue;
          const {overflowX, overflowY} = getComputedStyle(el);
          const clipsX = overflowX !== 'visible' && overflowX !== 'auto' && overflowX !== 'scroll';
          const clipsY = overflowY !== 'visible' && overflowY !== 'auto' && overflowY !== 'scroll';
          if (
            (clipsX && el.scrollWidth > el.clientWidth + 1) ||
            (clipsY && el.scrollHeight > el.clientHeight + 1)
          ) {
            found.push(`${name}: ${el.localName}.${el.getAttribute('class')} cuts its text off`);
          }
        }
        const labels = [...host.shadowRoot.querySelectorAll('svg[part="chart"] text')].map(
          (text) => [text.textContent, text.getBoundingClientRect()],
        );
        for (const [i, [a, boxA]] of labels.entries()) {
          for (const [b, boxB] of labels.slice(i + 1)) {
            const apart =
              boxA.right <= boxB.left + 0.5 ||
              boxB.right <= boxA.left + 0.5 ||
              boxA.bottom <= boxB.top + 0.5 ||
              boxB.bottom <= boxA.top + 0.5;
            if (!apart) found.push(`${name}: "${a}" overlaps "${b}"`);
          }
        }
      }
      return found;
    }, ELEMENTS);
    await context.close();
    assert.deepEqual(problems, [], `${viewport.width}px`);
  }
});

test('the first Tab shows a link past the list of questions; after it, Tab goes on in the text', async () => {
  const {page, context} = await open('/', {viewport: PHONE});
  await page.keyboard.press('Tab');
  const link = await page.evaluate(() => {
    const focused = document.activeElement;
    const box = focused.getBoundingClientRect();
    return {text: focused.textContent, width: box.width, height: box.height, top: box.top};
  });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => ({
    inMain: document.querySelector('main').contains(document.activeElement),
    inNav: document.querySelector('nav').contains(document.activeElement),
  }));
  await context.close();
  assert.equal(link.text, 'Skip to main content');
  // Seen where it is: a 24px target at least (WCAG 2.5.8), at the top of the screen.
  assert.ok(link.width >= 24 && link.height >= 24 && link.top >= 0, JSON.stringify(link));
  assert.deepEqual(next, {inMain: true, inNav: false});
});

test('on a 390px phone nothing scrolls sideways', async () => {
  const {page, context} = await open('/', {viewport: PHONE});
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await context.close();
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
});

// A reader who sets 200% text: WCAG 1.4.4 asks for no loss of content, and sideways scrolling
// loses the end of every line.
test('on a 320px phone with 200% text nothing scrolls sideways', async () => {
  const {page, context} = await open('/', {viewport: {width: 320, height: 640}});
  await page.addStyleTag({content: 'html { font-size: 32px }'});
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))),
  );
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => el.localName + (el.id ? `#${el.id}` : '')),
  );
  // The figure grows with the text too, and stays the card's largest text.
  const smallFigures = await page.evaluate(() =>
    [...document.querySelectorAll('mwfa-stat-card')]
      .filter((card) => {
        const size = (part) =>
          parseFloat(getComputedStyle(card.shadowRoot.querySelector(`[part="${part}"]`)).fontSize);
        return size('value') <= size('label');
      })
      .map((card) => card.getAttribute('indicator')),
  );
  await context.close();
  assert.deepEqual(wide, []);
  assert.deepEqual(smallFigures, []);
});

// Also in a wide typeface: DejaVu Sans (the default of many Linux desktops, and on Debian where
// Chromium is) sets "approximately" about an eighth wider than Noto Sans.
for (const [typeface, font] of [
  ['the page’s own font', undefined],
  ['DejaVu Sans', '"DejaVu Sans", sans-serif'],
]) {
  test(`no word of a card’s figure is split across lines, from 320 to 1280px wide, in ${typeface}`, async () => {
    const {page, context} = await open('/', {viewport: {width: 320, height: 800}});
    if (font) await page.addStyleTag({content: `body { font-family: ${font} !important }`});
    const split = [];
    for (let width = 320; width <= 1280; width += 16) {
      await page.setViewportSize({width, height: 800});
      const words = await page.evaluate(() => {
        const found = [];
        for (const card of document.querySelectorAll('mwfa-stat-card')) {
          const value = card.shadowRoot.querySelector('[part="value"]');
          const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            // Intl separates a number from its unit word with a no-break space in some locales.
            for (const word of node.data.matchAll(/[^\s\u00a0\u202f]+/g)) {
              const range = document.createRange();
              range.setStart(node, word.index);
              range.setEnd(node, word.index + word[0].length);
              const lines = new Set(
                [...range.getClientRects()].map((rect) => Math.round(rect.top)),
              );
              if (lines.size > 1) found.push(word[0]);
            }
          }
        }
        return found;
      });
      split.push(...words.map((word) => `"${word}" at ${width}px`));
    }
    await context.close();
    assert.deepEqual(split, []);
  });
}

test('copying a row of cards copies each figure and label once', async () => {
  const {page, context} = await open('/');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.url});
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelectorAll('.cards')[1]);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await context.close();
  for (const text of ['approximately $600 billion', 'sent home by migrants in remittances']) {
    assert.equal(copied.split(text).length - 1, 1, `"${text}" copied as: ${copied}`);
  }
});

const failed = await run('factsheet');
await browser.close();
await server.close();
process.exitCode = failed > 0 ? 1 : 0;
