// The script-tag bundles carry @mwfa/data without the record fields no element reads
// (scripts/drop-unread-data.mjs). Every indicator, key message and series is rendered once from
// the bundle and once from the npm build (dist/, unbundled, all data), in English and French:
// a reader must get the same from both. A field an element does read, dropped, shows up here.
// Each element's own bundle leaves out more (the fields only the other elements read): each
// element alone is compared the same way, the stat cards with their sparklines.
import {existsSync, readFileSync, realpathSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, relative, resolve} from 'node:path';
import {indicators, keyMessages, series, sources} from '@mwfa/data';
import {getSeries} from '@mwfa/data/series';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ELEMENTS} from '../scripts/elements.mjs';
import {launch, serve, settle, type Server} from './helpers.js';

const elements = process.cwd();
const workspace = resolve(elements, '../..');

type Exports = string | {[condition: string]: Exports};

/** The file an `exports` entry gives a browser, as web-test-runner resolves it here. */
function target(entry: Exports): string | undefined {
  if (typeof entry === 'string') return entry;
  for (const condition of ['browser', 'production', 'default']) {
    if (condition in entry) return target(entry[condition]!);
  }
  return undefined;
}

/** The folder of package `name`, resolved by Node from `from` (its real path, as pnpm links). */
function packageDir(name: string, from: string): string {
  let dir = dirname(realpathSync(createRequire(join(from, 'package.json')).resolve(name)));
  const nameIn = (folder: string) => {
    const file = join(folder, 'package.json');
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).name : undefined;
  };
  while (nameIn(dir) !== name) dir = dirname(dir);
  return dir;
}

/**
 * An import map for dist/ in the page: every subpath the packages export, at its URL under the
 * workspace root (the npm build imports Lit and @mwfa/data by name; a bundler would resolve them).
 */
function importMap(): string {
  const lit = packageDir('lit', elements);
  const packages = [
    ['lit', lit],
    ['lit-html', packageDir('lit-html', lit)],
    ['lit-element', packageDir('lit-element', lit)],
    ['@lit/reactive-element', packageDir('@lit/reactive-element', packageDir('lit-element', lit))],
    ['@mwfa/data', packageDir('@mwfa/data', elements)],
  ] as const;
  const imports: Record<string, string> = {};
  for (const [name, dir] of packages) {
    const {exports} = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const [subpath, entry] of Object.entries(exports as Record<string, Exports>)) {
      const file = target(entry);
      if (subpath.includes('*') || !file?.endsWith('.js')) continue;
      imports[name + subpath.slice(1)] = `/${relative(workspace, join(dir, file))}`;
    }
  }
  return JSON.stringify({imports});
}

/** One element per record, in document order. */
const each = (records: readonly {id: string}[], element: (id: string) => string) =>
  records.map(({id}) => element(id)).join('');
const statCards = each(indicators, (id) => `<mwfa-stat-card indicator="${id}"></mwfa-stat-card>`);

/** Every record once per element that shows it; the stat cards again in French. */
const BODY = [
  '<section lang="en">',
  statCards,
  each(indicators, (id) => `<p><mwfa-value indicator="${id}"></mwfa-value></p>`),
  each(keyMessages, (id) => `<mwfa-key-message message="${id}"></mwfa-key-message>`),
  each(series, (id) => `<mwfa-trend-chart series="${id}"></mwfa-trend-chart>`),
  '</section><section lang="fr">',
  statCards,
  '</section>',
].join('');

/** Each element's bundle -> every record the element shows, each once. */
const ALONE: Record<string, string> = {
  'stat-card': each(
    indicators,
    (id) => `<mwfa-stat-card indicator="${id}" sparkline></mwfa-stat-card>`,
  ),
  value: each(indicators, (id) => `<p><mwfa-value indicator="${id}"></mwfa-value></p>`),
  'key-message': each(keyMessages, (id) => `<mwfa-key-message message="${id}"></mwfa-key-message>`),
  // Each series, and the page's own figures citing each source by id.
  'trend-chart':
    each(series, (id) => `<mwfa-trend-chart series="${id}"></mwfa-trend-chart>`) +
    each(
      sources,
      (id) =>
        `<mwfa-trend-chart label="Own" source="${id}"><table><tr><td>2016</td><td>1</td></tr><tr><td>2017</td><td>2</td></tr></table></mwfa-trend-chart>`,
    ),
};
/** Cards that draw a line, in English and French: their indicator has a series of two points or more. */
const sparklines =
  2 *
  indicators.filter(
    (indicator) => (getSeries(indicator.series ?? '')?.observations.length ?? 0) > 1,
  ).length;

const page = (head: string, body = BODY) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>data</title>${head}</head><body>${body}</body></html>`;
const dist = '/packages/elements/dist';

let browser: Browser;
let server: Server;

beforeAll(async () => {
  browser = await launch();
  const pages = {
    '/cdn.html': page(
      `<script type="module" src="${dist}/cdn/mwfa.js"></script>` +
        `<script type="module" src="${dist}/cdn/locales/fr.js"></script>`,
    ),
    '/npm.html': page(
      `<script type="importmap">${importMap()}</script>` +
        `<script type="module">import '${dist}/index.js'; import '${dist}/locales/fr.js';</script>`,
    ),
    // Each element alone from its bundle, and from the npm build, in English and French.
    ...Object.fromEntries(
      Object.entries(ALONE).flatMap(([name, records]) => {
        const body = `<section lang="en">${records}</section><section lang="fr">${records}</section>`;
        return [
          [
            `/cdn-${name}.html`,
            page(
              `<script type="module" src="${dist}/cdn/${name}.js"></script>` +
                `<script type="module" src="${dist}/cdn/locales/fr.js"></script>`,
              body,
            ),
          ],
          [
            `/npm-${name}.html`,
            page(
              `<script type="importmap">${importMap()}</script>` +
                `<script type="module">import '${dist}/${name}.js'; import '${dist}/locales/fr.js';</script>`,
              body,
            ),
          ],
        ];
      }),
    ),
    '/favicon.ico': '',
  };
  server = await serve({root: workspace, pages});
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Reading {
  /** The element, its data attribute and the language around it. */
  element: string;
  /** Its shadow tree as a reader's tools see it: text, elements and their attributes. */
  shadow: string;
}

/**
 * Runs in the page: each element's shadow tree, text collapsed, styles left out, every
 * attribute (links, `cite`, `lang`, `dir`, ARIA labels, the chart's drawing) in name order.
 * Each element is named by its tag, its attributes' values and its language.
 */
function readerView(tags: string): Reading[] {
  const read = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof HTMLStyleElement) return '';
    const children = [...node.childNodes].map(read).join('');
    if (!(node instanceof Element)) return children;
    const attributes = [...node.attributes]
      .map(({name, value}) => ` ${name}="${value}"`)
      .sort()
      .join('');
    return `<${node.localName}${attributes}>${children}</${node.localName}>`;
  };
  return [...document.querySelectorAll(tags)].map((el) => ({
    element: `${el.localName} ${[...el.attributes].map(({value}) => value).join(' ')} ${el.closest('[lang]')?.getAttribute('lang')}`,
    shadow: el.shadowRoot ? read(el.shadowRoot).replace(/\s+/g, ' ').trim() : '',
  }));
}

/** Runs in the page: resolves when `count` stat cards have drawn their sparkline. */
function sparklinesDrawn(count: number): boolean {
  const cards = [...document.querySelectorAll('mwfa-stat-card')];
  return (
    cards.filter((card) => card.shadowRoot?.querySelector('polyline[points]')).length === count
  );
}

/** Runs in the page: resolves once every `tag` element has rendered. */
async function settleAlone(tag: string): Promise<void> {
  await customElements.whenDefined(tag);
  const elements = [...document.querySelectorAll(tag)] as (Element & {
    updateComplete?: Promise<unknown>;
  })[];
  await Promise.all(elements.map((el) => el.updateComplete));
}

/**
 * What a reader gets from every element of `path`, once drawn, and what the console said.
 * `alone`: the page has this element only (and its stat cards draw their sparklines).
 */
async function visit(path: string, alone?: string) {
  const context = await browser.newContext({viewport: {width: 1000, height: 900}});
  const tab = await context.newPage();
  const messages: string[] = [];
  tab.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) messages.push(message.text());
  });
  await tab.goto(`${server.url}${path}`, {waitUntil: 'load'});
  await (alone ? tab.evaluate(settleAlone, `mwfa-${alone}`) : tab.evaluate(settle));
  if (alone === 'stat-card') await tab.waitForFunction(sparklinesDrawn, sparklines);
  // The charts draw again at their measured width, a frame after their first render.
  await tab.evaluate(async () => {
    for (let frame = 0; frame < 3; frame += 1) await new Promise(requestAnimationFrame);
  });
  const readings = await tab.evaluate(readerView, ELEMENTS.map(({tag}) => tag).join(', '));
  await context.close();
  return {readings, messages};
}

describe('the script-tag bundle without the unread data fields', () => {
  it('shows every indicator, key message and series as the npm build does', async () => {
    const npm = await visit('/npm.html');
    const cdn = await visit('/cdn.html');
    expect(npm.messages).toEqual([]);
    expect(cdn.messages).toEqual([]);
    // Every record rendered from both (not two empty pages alike).
    expect(npm.readings).toHaveLength(indicators.length * 3 + keyMessages.length + series.length);
    for (const {element, shadow} of npm.readings) expect(shadow, element).not.toBe('');
    expect(cdn.readings).toEqual(npm.readings);
  });

  // Every element shows data: a bundle missing here would drop fields unchecked.
  it('checks the bundle of every element', () => {
    expect(Object.keys(ALONE).sort()).toEqual(ELEMENTS.map(({name}) => name).sort());
  });

  it.each(Object.keys(ALONE))(
    'shows every record of %s as the npm build does, from its own bundle',
    async (name) => {
      const npm = await visit(`/npm-${name}.html`, name);
      const cdn = await visit(`/cdn-${name}.html`, name);
      expect(npm.messages).toEqual([]);
      expect(cdn.messages).toEqual([]);
      expect(npm.readings.length).toBeGreaterThan(0);
      for (const {element, shadow} of npm.readings) expect(shadow, element).not.toBe('');
      expect(cdn.readings).toEqual(npm.readings);
    },
  );
});
