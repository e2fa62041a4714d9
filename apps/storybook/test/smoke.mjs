#!/usr/bin/env node
// Smoke test for the static Storybook: serves `storybook-static/`, reads its `index.json` and
// opens every entry (stories and docs pages) in headless Chromium. An entry passes when it
// renders non-empty content (for each mwfa element: text or a graphic in its shadow root), logs no page error and no console error (warnings are allowed
// where the story's description quotes them: the bad-input stories warn by design), requests nothing outside the local server, and axe
// finds no violation in it. Docs pages, figure galleries and each record's page are checked again on a 375px phone:
// nothing wider than the screen, and axe clean there too. The plain HTML pages under `examples/` (the Introduction's embed
// snippet, using the script-tag bundle) are checked the same way. On each element's docs page,
// the code shown under every story ("Show code") is pasted into a blank page that loads the
// script-tag bundle from the CDN address the docs give (served from the build), and must show what
// the story shows. Every indicator, key message and series of @mwfa/data has a page of its own,
// named by its id. Writes `.reports/smoke.json` and exits non-zero on any failure.
//
//   node test/smoke.mjs [--filter <substring of the entry id>]
//   CHROME_PATH=/path/to/chrome SMOKE_CONCURRENCY=2 node test/smoke.mjs
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {indicators} from '@mwfa/data/indicators';
import {keyMessages} from '@mwfa/data/key-messages';
import {series} from '@mwfa/data/series';
import {chromium} from 'playwright-core';
import {launchOptions} from '../../../.scripts/chromium.mjs';
import {serve} from '../../../.scripts/serve.mjs';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = join(app, 'storybook-static');
const reportFile = join(app, '.reports', 'smoke.json');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const filterIndex = process.argv.indexOf('--filter');
const filter = filterIndex > -1 ? process.argv[filterIndex + 1] : undefined;
const concurrency = Math.max(1, Number(process.env.SMOKE_CONCURRENCY) || 2);
const TIMEOUT = 30_000;
/**
 * How long one entry may take in all. Playwright's evaluate has no limit of its own: a page that
 * never answered would hold the run, its server and Chromium forever.
 */
const ENTRY_LIMIT = 300_000;

function writeReport(passed, failures) {
  mkdirSync(dirname(reportFile), {recursive: true});
  const report = {passed, failed: failures.length, skipped: 0, failures};
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
}

/**
 * Runs in the page before Storybook's own scripts: records the preview's render events, which
 * Storybook publishes on the global channel once it exists.
 */
function watchRenderEvents() {
  const state = {done: false, error: undefined};
  window.__smoke = state;
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const finish = (error) => () => {
        state.done = true;
        if (error) state.error = error;
      };
      // A story is done once Storybook's afterEach hooks (the a11y addon's own axe run) are.
      value.on('storyFinished', finish());
      value.on('docsRendered', finish());
      value.on('storyErrored', (e) =>
        finish(`story errored: ${e?.title ?? ''} ${e?.description ?? ''}`)(),
      );
      value.on('storyThrewException', (e) => finish(`story threw: ${e?.message ?? e}`)());
      value.on('storyMissing', finish('story missing'));
      value.on('playFunctionThrewException', (e) => finish(`play threw: ${e?.message ?? e}`)());
    },
  });
}

/** In the page: waits for every mwfa element under `root` to finish its update, then describes them. */
async function inspect(rootSelector) {
  const root = document.querySelector(rootSelector);
  if (!root) return {problems: [`no ${rootSelector}`], elements: 0};
  const all = [];
  const collect = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('mwfa-')) all.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  // Give late-defined elements a chance to upgrade, then wait for Lit's updates to settle.
  collect(root);
  await Promise.all(
    [...new Set(all.map((e) => e.localName))].map((tag) =>
      Promise.race([customElements.whenDefined(tag), new Promise((r) => setTimeout(r, 5000))]),
    ),
  );
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(all.map((element) => element.updateComplete));
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

  const problems = [];
  for (const element of all) {
    if (!customElements.get(element.localName)) {
      problems.push(`<${element.localName}> is not defined`);
      continue;
    }
    // Only what the element rendered counts: light-DOM children (a value's fallback text, slotted
    // content) are the page's own and show even when the element renders nothing.
    const shadow = element.shadowRoot;
    const shadowText = (node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.textContent
        : node.localName === 'style'
          ? ''
          : [...node.childNodes].map(shadowText).join('');
    const hasText = shadow ? shadowText(shadow).trim().length > 0 : false;
    const hasGraphic = Boolean(shadow?.querySelector('svg, img'));
    const box = element.getBoundingClientRect();
    if (!hasText && !hasGraphic) problems.push(`<${element.localName}> rendered no content`);
    else if (box.width === 0 || box.height === 0) {
      problems.push(`<${element.localName}> has an empty box (${box.width}×${box.height})`);
    }
  }
  const text = root.textContent.trim();
  if (all.length === 0 && text.length === 0) problems.push('the entry rendered nothing');
  return {problems, elements: all.length};
}

/** In the page: axe on the rendered entry (Storybook's own chrome is outside the context). */
async function runAxe({rootSelector, wholePage}) {
  // Storybook's accessibility addon runs its own axe after each render; one run at a time.
  for (let waited = 0; window.axe._running && waited < 20_000; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
  }
  // A whole page is checked with every rule; inside Storybook, "region" is off (a story is a
  // fragment of a page, without landmarks), as in Storybook's own accessibility addon.
  const result = await window.axe.run(
    wholePage
      ? document
      : {include: [rootSelector], exclude: ['.sb-wrapper', '#storybook-highlights-root']},
    {rules: wholePage ? {} : {region: {enabled: false}}, resultTypes: ['violations']},
  );
  return result.violations.map(
    (v) =>
      `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/**
 * In the page: what each mwfa element under `root` shows, in order: its words (not those of its
 * drawing, whose tick labels follow its width), the background of its card, its direction and
 * whether it is shown at all.
 */
function shownBy(root) {
  const words = (node) =>
    node.nodeType === Node.TEXT_NODE
      ? node.textContent
      : ['style', 'svg'].includes(node.localName)
        ? ''
        : [...node.childNodes].map(words).join(' ');
  return [...root.querySelectorAll('*')]
    .filter((element) => element.localName.startsWith('mwfa-') && element.shadowRoot)
    .map((element) => {
      const base = element.shadowRoot.querySelector('[part~="base"]') ?? element;
      const text = words(element.shadowRoot).replace(/\s+/g, ' ').trim();
      const {backgroundColor} = getComputedStyle(base);
      // An element inside another's light DOM, outside any slot, is not shown at all.
      const box = element.getClientRects().length > 0 ? '' : ', not shown';
      return `<${element.localName}> ${text} [${backgroundColor}, ${getComputedStyle(element).direction}${box}]`;
    });
}

/** The address the docs give for the script-tag bundles (stories/shared/cdn.ts). */
const CDN = 'https://cdn.jsdelivr.net/npm/@mwfa/elements@1/dist/cdn/';

/**
 * `code` pasted into a blank English page under the bundle's script tag must show `shown` (as
 * shownBy describes it). The bundles come from the build (the same files the CDN serves); any
 * other request is a problem.
 */
async function pasted(context, base, code, shown, where) {
  const problems = [];
  const blank = await context.newPage();
  blank.on('pageerror', (error) => problems.push(`${where}: page error: ${error.message}`));
  blank.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${where}: console error: ${message.text()}`);
  });
  await blank.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${base}/snippet.html`) {
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${CDN}mwfa.js"></script></head><body>${code}</body></html>`,
      });
    }
    if (url.startsWith(CDN)) {
      return route.fulfill({path: join(staticDir, 'cdn', url.slice(CDN.length))});
    }
    problems.push(`${where}: requests ${url}`);
    return route.abort();
  });
  await blank.goto(`${base}/snippet.html`, {waitUntil: 'load', timeout: TIMEOUT});
  await blank.evaluate(inspect, 'body');
  const shownPasted = await blank.evaluate(shownBy, await blank.$('body'));
  await blank.close();
  const n = [...Array(Math.max(shown.length, shownPasted.length)).keys()].find(
    (i) => shown[i] !== shownPasted[i],
  );
  if (n !== undefined) {
    // Where the two first part: long texts differ far from their start.
    const [a = '(nothing)', b = '(nothing)'] = [shown[n], shownPasted[n]];
    let at = 0;
    while (at < a.length && a[at] === b[at]) at += 1;
    const around = (text) => text.slice(Math.max(0, at - 40), at + 80);
    problems.push(
      `${where}, shows otherwise:\n            story:  …${around(a)}\n            pasted: …${around(b)}`,
    );
  }
  return problems;
}

/**
 * On an element's docs page: each story's "Show code", pasted, must show what the story shows.
 */
async function checkSnippets(context, page, base) {
  // A story's code is rendered under it once its "Show code" button (beside it) is pressed.
  const toggles = page.locator('.sbdocs-preview-actions button', {hasText: 'Show code'});
  await toggles.first().waitFor({timeout: TIMEOUT});
  // Clicked from the page: once pressed, a button reads "Hide code" and leaves the locator.
  await page.evaluate(() => {
    for (const button of document.querySelectorAll('.sbdocs-preview-actions button')) {
      if (button.textContent.includes('Show code')) button.click();
    }
  });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.sbdocs-preview')].every((preview) =>
        preview.querySelector('pre')?.textContent.trim(),
      ),
    undefined,
    {timeout: TIMEOUT},
  );
  const stories = [];
  for (const preview of await page.$$('.sbdocs-preview')) {
    stories.push({
      id: await preview.$eval('.sb-story', (story) => story.id.replace(/^story--/, '')),
      code: await preview.$eval('pre', (pre) => pre.textContent).catch(() => ''),
      shown: await page.evaluate(shownBy, await preview.$('.docs-story')),
    });
  }
  const problems = [];
  for (const {id, code, shown} of stories) {
    if (!code) {
      problems.push(`${id}: no code shown`);
      continue;
    }
    // Pasted twice, a locale script or the lang wrapper would render the same: checked apart.
    const scripts = code.match(/<script[^>]*>/g) ?? [];
    if (new Set(scripts).size < scripts.length || (code.match(/<div lang=/g) ?? []).length > 1) {
      problems.push(`${id}: its code repeats a script or the lang wrapper:\n${code}`);
    }
    if (/ [a-z-]+=""/.test(code)) problems.push(`${id}: its code has an empty attribute value`);
    // No story writes one: a <tbody> there is the template parser's, out of the code's indentation.
    if (/<tbody/.test(code)) problems.push(`${id}: its code has a <tbody> the story did not write`);
    problems.push(...(await pasted(context, base, code, shown, `${id}, its code pasted`)));
  }
  return problems;
}

/**
 * On a Playground story: each control, set as a reader would (every choice of a select), reaches
 * the element (an attribute of that name, or the property an object control edits) and the
 * element still shows something.
 */
async function checkControls(page, storyId) {
  const controls = await page.evaluate(() =>
    Object.entries(window.__STORYBOOK_PREVIEW__.currentRender.story.argTypes)
      .map(([key, argType]) => ({
        key,
        type: typeof argType.control === 'string' ? argType.control : argType.control?.type,
        options: argType.options,
      }))
      .filter(({type}) => type),
  );
  // In the page: sets the story's args (or resets them) and waits for the story to render again.
  const setArgs = (updatedArgs) =>
    page.evaluate(
      async ({storyId, updatedArgs}) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const rendered = new Promise((resolve) => channel.once('storyRendered', resolve));
        if (updatedArgs) channel.emit('updateStoryArgs', {storyId, updatedArgs});
        else channel.emit('resetStoryArgs', {storyId});
        await rendered;
      },
      {storyId, updatedArgs},
    );
  const problems = [];
  // Every choice of a select; one value of each other kind.
  const settings = controls.flatMap(({key, type, options}) =>
    (type === 'boolean'
      ? [true]
      : type === 'select'
        ? options.filter(Boolean)
        : type === 'object'
          ? [
              [
                {year: 2000, value: 1},
                {year: 2001, value: 2},
              ],
            ]
          : ['2000']
    ).map((value) => ({key, value})),
  );
  for (const {key, value} of settings) {
    await setArgs({[key]: value});
    const reached = await page.evaluate(
      ({key, value}) => {
        const element = [...document.querySelectorAll('#storybook-root *')].find((e) =>
          e.localName.startsWith('mwfa-'),
        );
        if (!element) return 'no element';
        // An attribute of the control's name; else the property it edits, or the element's own
        // text (the value's fallback control).
        const got =
          typeof value === 'object'
            ? JSON.stringify(element[key])
            : (element.getAttribute(key) ?? element.textContent.trim());
        const want =
          typeof value === 'object' ? JSON.stringify(value) : value === true ? '' : value;
        return got === want ? undefined : `${got}`;
      },
      {key, value},
    );
    if (reached !== undefined) {
      problems.push(`control ${key} set to ${JSON.stringify(value)}: the element has ${reached}`);
    }
    // An Arabic element is right to left, as on a page: the docs' wrapper set dir="ltr" around it.
    if (key === 'lang') {
      const direction = await page.evaluate(() => {
        const element = [...document.querySelectorAll('#storybook-root *')].find((e) =>
          e.localName.startsWith('mwfa-'),
        );
        const base = element?.shadowRoot?.querySelector('[part~="base"]') ?? element;
        return base && getComputedStyle(base).direction;
      });
      const want = value === 'ar' ? 'rtl' : 'ltr';
      if (direction !== want) problems.push(`control lang set to "${value}": ${direction} text`);
    }
    const {problems: blank} = await page.evaluate(inspect, '#storybook-root');
    problems.push(
      ...blank.map((problem) => `control ${key} = ${JSON.stringify(value)}: ${problem}`),
    );
    await setArgs(undefined);
  }
  return problems;
}

const manifest = JSON.parse(
  readFileSync(require.resolve('@mwfa/elements/custom-elements.json'), 'utf8'),
);

/** The attributes an element documents, from the manifest its docs page is built from. */
function attributesOf(tagName) {
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tagName);
  if (!declaration) throw new Error(`${tagName} is not in custom-elements.json`);
  return (declaration.attributes ?? []).map(({name}) => name);
}

/** In a docs page: names in the attributes section of the API table that have no control. */
function attributesWithoutControl() {
  const rows = document.querySelectorAll('table.docblock-argstable tbody tr');
  let section = '';
  const missing = [];
  for (const row of rows) {
    if (row.children.length === 1) section = row.textContent.trim().toLowerCase();
    else if (section.endsWith('attributes')) {
      const control = row.children[3]?.querySelector('select, input, textarea, button');
      if (!control) missing.push(row.children[0].textContent.trim());
    }
  }
  return missing;
}

const PHONE_WIDTH = 375;
const WINDOW_WIDTH = 1024;

/** The galleries of Data › Figures and the page of each record (Data › Indicators, …). */
const isFigurePage = (id) => /^data-(figures|indicators|key-messages|series)--/.test(id);

/** Each record of @mwfa/data has its own page, which the sidebar's search finds by its id. */
function recordsWithoutPage(index) {
  const groups = {indicators, 'key-messages': keyMessages, series};
  return Object.entries(groups).flatMap(([group, records]) =>
    records
      .map(({id}) => `data-${group}--${id}`)
      .filter((id) => index.entries[id]?.name !== id.split('--')[1]),
  );
}

/**
 * A story whose element warns (the bad-input stories) quotes each warning in its description, so
 * that readers who never open the console see what a page with that mistake gets, word for word;
 * and each warning its description quotes is one the story gives.
 */
async function warningsUnsaid(page, storyId, warnings) {
  const description = await page.evaluate(async (storyId) => {
    const story = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({storyId});
    return story.parameters.docs?.description?.story ?? '';
  }, storyId);
  const said = description.replace(/\s+/g, ' ');
  const given = warnings
    .filter((text) => text.startsWith('<mwfa-'))
    .map((text) => text.replace(/\s+/g, ' '));
  const quoted = [...said.matchAll(/`(<mwfa-[a-z-]+>: [^`]+)`/g)].map(([, text]) => text);
  return [
    ...given
      .filter((text) => !said.includes(text))
      .map((text) => `warns without quoting it in its description: ${text}`),
    ...quoted
      .filter((text) => !given.includes(text))
      .map((text) => `its description quotes a warning the story does not give: ${text}`),
  ];
}

/** In the page: the outermost element that reaches past `width`, described, or undefined. */
function widestElement(width) {
  if (document.documentElement.scrollWidth <= width) return undefined;
  const past = [...document.querySelectorAll('body *')].filter(
    (element) => element.getBoundingClientRect().right > width + 1,
  );
  const outermost = past.find((element) => !past.includes(element.parentElement)) ?? past[0];
  if (!outermost) return `the page is ${document.documentElement.scrollWidth}px wide`;
  const name = [outermost.localName, ...outermost.classList].join('.');
  return `${name} (${Math.round(outermost.getBoundingClientRect().width)}px wide)`;
}

async function visit(context, base, entry, index) {
  const problems = [];
  const page = await context.newPage();
  // Closing the page ends whatever waits on it: the entry fails, and the run goes on.
  const limit = setTimeout(() => {
    problems.push(`did not finish in ${ENTRY_LIMIT / 1000} s`);
    void page.close();
  }, ENTRY_LIMIT);
  // It must not keep the run alive: an entry that fails before its try block never clears it.
  limit.unref();
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    problems.push(`network request outside the static build: ${url}`);
    return route.abort();
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const isPage = entry.type === 'page';
  // A story tagged `forced-colors` is shown as in Windows High Contrast mode.
  if (entry.tags?.includes('forced-colors')) await page.emulateMedia({forcedColors: 'active'});
  if (!isPage) await page.addInitScript(watchRenderEvents);
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const rootSelector = isPage
    ? 'body'
    : viewMode === 'docs'
      ? '#storybook-docs'
      : '#storybook-root';
  const url = isPage
    ? `${base}/${entry.id}`
    : `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`;
  try {
    await page.goto(url, {waitUntil: 'load', timeout: TIMEOUT});
    if (!isPage) {
      await page.waitForFunction(() => window.__smoke?.done, undefined, {timeout: TIMEOUT});
      const renderError = await page.evaluate(() => window.__smoke.error);
      if (renderError) problems.push(renderError);
    }
    const inspected = await page.evaluate(inspect, rootSelector);
    problems.push(...inspected.problems);
    // Storybook's MDX has no GitHub tables: one written in Markdown shows as text with pipes.
    const pipes = await page.evaluate(
      (rootSelector) =>
        [...document.querySelectorAll(`${rootSelector} p`)]
          .map((p) => p.textContent.trim())
          .find((text) => /^\|.*\|.*\|/.test(text)),
      rootSelector,
    );
    if (pipes) problems.push(`a Markdown table shown as text: ${pipes.slice(0, 60)}…`);
    // Links to other pages of the site (./?path=/docs/<id>) and to anchors of this one must land.
    const links = await page.$$eval(`${rootSelector} a[href]`, (anchors) =>
      anchors.map((a) => ({
        href: a.getAttribute('href'),
        target:
          a.hash.length > 1 &&
          Boolean(document.getElementById(decodeURIComponent(a.hash.slice(1)))),
      })),
    );
    for (const {href, target} of links) {
      const path = /\?path=\/(?:docs|story)\/([^&#]+)/.exec(href)?.[1];
      if (path && !index.entries[path])
        problems.push(`link to a page the site does not have: ${href}`);
      if (href.startsWith('#') && !target) problems.push(`link to no anchor of the page: ${href}`);
    }
    if (isPage && inspected.elements === 0) problems.push('the page shows no mwfa element');
    await page.addScriptTag({content: axeSource});
    problems.push(...(await page.evaluate(runAxe, {rootSelector, wholePage: isPage})));
    if (isFigurePage(entry.id)) {
      // The markup under each item of a gallery, copied one after another into a page.
      const code = await page.$$eval('#storybook-root .mwfa-gallery > li > code', (codes) =>
        codes.map((c) => c.textContent).join('\n'),
      );
      const shown = await page.evaluate(shownBy, await page.$('#storybook-root'));
      problems.push(...(await pasted(context, base, code, shown, "the gallery's markup pasted")));
    }
    // What the story itself warns, not what the controls a Playground's check sets make it warn.
    let storyWarnings = Infinity;
    if (entry.id.startsWith('elements-') && entry.id.endsWith('--playground')) {
      storyWarnings = warnings.length;
      problems.push(...(await checkControls(page, entry.id)));
    }
    // An element's page (made from its stories, not a page of prose such as Elements/Theming):
    // "Elements/Stat card" documents <mwfa-stat-card>, and each of its attributes has a control.
    if (
      viewMode === 'docs' &&
      entry.tags?.includes('autodocs') &&
      entry.id.startsWith('elements-')
    ) {
      const tagName = `mwfa-${entry.title.split('/')[1].toLowerCase().replaceAll(' ', '-')}`;
      const without = await page.evaluate(attributesWithoutControl);
      for (const name of attributesOf(tagName)) {
        if (without.includes(name)) problems.push(`attribute ${name} has no control in the table`);
      }
      problems.push(...(await checkSnippets(context, page, base)));
    }
    // A source's figure is shown in its own words: IOM counted "over 22,500" deaths, and the
    // World Bank's October 2017 figure for 2017 was a projection.
    if (entry.id === 'data-claim-checks--docs') {
      for (const [indicator, words] of [
        ['migrant-deaths-since-2014', 'over 22,500 persons'],
        ['remittances', 'US$ 595,694,727,000 (projection)'],
      ]) {
        const cell = page.locator('tr', {has: page.locator(`th code:text-is("${indicator}")`)});
        const said = await cell.locator('td').nth(1).innerText();
        if (!said.includes(words)) problems.push(`${indicator}: "${said}" does not say "${words}"`);
      }
    }
    // Docs and the figure galleries are read on phones too: nothing may widen the page past a
    // phone's width, and what scrolls instead must still pass axe there.
    if (!isPage && (viewMode === 'docs' || isFigurePage(entry.id))) {
      // Nor past a desktop window: a quoted warning in inline code ran 1,700px wide.
      const wider = await page.evaluate(widestElement, WINDOW_WIDTH);
      if (wider) problems.push(`wider than a ${WINDOW_WIDTH}px window: ${wider}`);
      await page.setViewportSize({width: PHONE_WIDTH, height: 800});
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
      const wide = await page.evaluate(widestElement, PHONE_WIDTH);
      if (wide) problems.push(`wider than a ${PHONE_WIDTH}px phone: ${wide}`);
      problems.push(...(await page.evaluate(runAxe, {rootSelector, wholePage: false})));
    }
    if (!isPage && viewMode === 'story') {
      problems.push(...(await warningsUnsaid(page, entry.id, warnings.slice(0, storyWarnings))));
    }
  } catch (error) {
    problems.push(
      `did not finish: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
  } finally {
    clearTimeout(limit);
    await page.close();
  }
  return problems;
}

async function main() {
  const indexFile = join(staticDir, 'index.json');
  if (!existsSync(indexFile)) {
    const message = 'storybook-static/index.json is missing: run "pnpm run build" first.';
    console.error(message);
    writeReport(0, [{name: 'storybook smoke', message}]);
    process.exit(1);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  const examples = join(staticDir, 'examples');
  const pages = existsSync(examples)
    ? readdirSync(examples)
        .filter((file) => file.endsWith('.html'))
        .map((file) => ({type: 'page', id: `examples/${file}`}))
    : [];
  const entries = [...Object.values(index.entries), ...pages].filter(
    (entry) => !filter || entry.id.includes(filter),
  );
  if (entries.length === 0) {
    const message = 'index.json lists no entries to visit.';
    console.error(message);
    writeReport(0, [{name: 'storybook smoke', message}]);
    process.exit(1);
  }

  const server = await serve({root: staticDir, index: true});
  const base = server.url;
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext({viewport: {width: WINDOW_WIDTH, height: 768}});

  let passed = 0;
  const failures = [];
  const unlisted = recordsWithoutPage(index);
  if (unlisted.length > 0) {
    // Said so that a data editor who added a record knows what to add, and where.
    const message = `no page named by its id: ${unlisted.join(', ')}. Add a story for each record to apps/storybook/stories/figures/<group>.stories.ts, named by the record's id (\`name: '<id>'\`), as the stories beside it.`;
    failures.push({name: 'index.json', message});
    console.log(`  FAIL  index.json: ${message}`);
  }
  const started = Date.now();
  const queue = [...entries];
  const worker = async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const problems = await visit(context, base, entry, index);
      const name = `${entry.type === 'story' ? '' : `${entry.type} `}${entry.id}`;
      if (problems.length === 0) {
        passed += 1;
        console.log(`  ok    ${name}`);
      } else {
        const distinct = [...new Set(problems)];
        failures.push({name, message: distinct.join('\n')});
        console.log(`  FAIL  ${name}`);
        for (const problem of distinct) console.log(`          ${problem}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({length: concurrency}, worker));
  } finally {
    await browser.close();
    await server.close();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\nstorybook smoke: ${passed} passed, ${failures.length} failed (${entries.length} entries, ${seconds} s)`,
  );
  writeReport(passed, failures);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  writeReport(0, [{name: 'storybook smoke', message: String(error?.stack ?? error)}]);
  process.exit(1);
});
