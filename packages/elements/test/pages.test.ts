// The script-tag bundle dropped into pages we do not control, in Chromium: a blank page, a
// strict CSP with Trusted Types, hostile global CSS, two copies of the library, and markup or
// script payloads in every attribute and slot.
import {spawnSync} from 'node:child_process';
import {readFileSync, realpathSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {SAMPLE, TAGS, launch, renderedTexts, serve, settle, type Server} from './helpers.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
// The same, listing the policies the README says to allow: each bundle has its own Lit, and each
// Lit creates a policy named lit-html.
const CSP_LISTED = `${CSP}; trusted-types lit-html 'allow-duplicates'`;

// Lit's packages, side by side in pnpm's store.
const LIT_PACKAGES = dirname(
  realpathSync(fileURLToPath(new URL('../node_modules/lit', import.meta.url))),
);
// Every name Lit reads on the global object (`global.litElementVersions`, `global['litNonce']`),
// from its readable development build: given as ids to elements of the page, each is then that
// element, unless the window has a property of that name.
const LIT_GLOBALS = [
  ...new Set(
    [
      'lit-html/development/lit-html.js',
      'lit-element/development/lit-element.js',
      '@lit/reactive-element/development/reactive-element.js',
      '@lit/reactive-element/development/css-tag.js',
    ].flatMap((file) =>
      Array.from(
        readFileSync(join(LIT_PACKAGES, file), 'utf8').matchAll(
          /\bglobal(?:This)?(?:\.(\w+)|\[['"](\w+)['"]\])/g,
        ),
        (match) => (match[1] ?? match[2])!,
      ),
    ),
  ),
];

const page = (body: string, head = '', lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>test</title>${head}</head><body>${body}</body></html>`;

const bundle = (src = '/dist/cdn/mwfa.js') => `<script type="module" src="${src}"></script>`;

/**
 * What a tag manager or a plugin that delays scripts does with them: adds them once the page has
 * loaded, each when the one before it has.
 */
const addedAfterLoad = (...srcs: string[]) =>
  `<script>addEventListener('load', () => ${JSON.stringify(srcs)}.reduceRight((next, src) => () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = next;
    document.head.append(script);
  }, () => {})());</script>`;

// The note: "there are nearly 6 million migrants trapped in forced labour today".
const FORCED_LABOUR = `<mwfa-stat-card indicator="migrants-in-forced-labour"></mwfa-stat-card>
  <mwfa-stat-card indicator="remittances"></mwfa-stat-card>`;

// Text properties a page's paragraph or table cell passes down to whatever it holds.
const INHERITED = [
  'text-align: justify',
  'text-align: center',
  'text-indent: 2em',
  'white-space: pre-wrap',
  'white-space: nowrap',
  'word-break: break-all',
];
const BLOCKS = `<mwfa-stat-card indicator="remittances" sparkline></mwfa-stat-card>
  <mwfa-key-message message="xenophobic-narratives"></mwfa-key-message>
  <mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart>`;

let browser: Browser;
let open: Server;
let strict: Server;
let listed: Server;

/**
 * What HTML filters leave of a prerendered page: WordPress's KSES and Drupal's text formats
 * remove the `<template>` and `<style>` tags and keep their content as the element's own;
 * sanitize-html also drops the style sheet's text and the comments.
 */
const FILTERS = {
  kses: (html: string) => html.replace(/<\/?(?:template|style)\b[^>]*>/g, ''),
  'sanitize-html': (html: string) =>
    // `[^]*?`: every style sheet holds a "<" (a printed link's `content: ' <' attr(href) '>'`),
    // and `[^<]*` left them all in place, so that this filter was KSES again.
    html.replace(/<style>[^]*?<\/style>|<!--[^]*?-->/g, '').replace(/<\/?template\b[^>]*>/g, ''),
};

/** A key message in the page's own words, which a filter mixes into the leftovers. */
const OWN_WORDS = `<mwfa-key-message kind="call">States should open more legal pathways.</mwfa-key-message>`;

beforeAll(async () => {
  browser = await launch();
  const prerender = (body: string) =>
    spawnSync(process.execPath, ['bin/mwfa.js', 'prerender'], {
      input: page(body, bundle()),
      encoding: 'utf8',
    }).stdout;
  const prerendered = prerender(SAMPLE);
  const ownWords = prerender(OWN_WORDS);
  const pages = {
    '/blank.html': page(SAMPLE, bundle()),
    '/csp.html': page(SAMPLE, bundle()),
    '/csp-per-element.html': page(
      SAMPLE,
      ['stat-card', 'value', 'key-message', 'trend-chart']
        .map((n) => bundle(`/dist/cdn/${n}.js`))
        .join(''),
    ),
    '/baseline.html': page(
      `<div id="frame">${SAMPLE}</div>`,
      '<link rel="stylesheet" href="/frame.css">' + bundle(),
    ),
    '/hostile.html': page(
      `<div id="frame">${SAMPLE}</div>`,
      '<link rel="stylesheet" href="/frame.css"><link rel="stylesheet" href="/hostile.css">' +
        bundle(),
    ),
    // The same bundle under a second URL is a second module instance (its own Lit, its own
    // classes), and the per-element build is a third, different copy.
    '/two-copies.html': page(
      SAMPLE,
      bundle('/dist/cdn/mwfa.js') + bundle('/copy/mwfa.js') + bundle('/dist/cdn/stat-card.js'),
    ),
    // Another script of the page added to every object: the card's sparkline (loaded on demand
    // by npm builds) still draws.
    '/polluted.html': page(
      SAMPLE.replace('"international-migrants"', '"international-migrants" sparkline'),
      `<script>for (const key of ['indicator', 'label', 'lang', 'observations'])
        Object.prototype[key] = 'x';
        Object.prototype.extend = function () {};</script>` + bundle(),
    ),
    // A page's own table with a number struck out and a caption, and a card's label in its slot.
    '/own-table.html': page(
      `<mwfa-stat-card indicator="international-migrants"><span slot="label">people worldwide</span></mwfa-stat-card>
      <mwfa-trend-chart unit="persons"><table><caption>Migrants in our <em>city</em></caption>
        <tr><th>Year</th><th>Migrants</th></tr><tr><td>2021</td><td>800</td></tr>
        <tr><td>2022</td><td><del>250</del> 258</td></tr><tr><td>2023</td><td>950</td></tr>
      </table></mwfa-trend-chart>`,
      bundle(),
    ),
    // A page whose ids name Lit's globals (CMS filters keep ids): window.litElementVersions is
    // then that element. With the per-element bundles too, whose Lit loads after another's.
    '/clobbered.html': page(
      LIT_GLOBALS.map((id) => `<span id="${id}"></span>`).join('') + SAMPLE,
      bundle() + bundle('/dist/cdn/stat-card.js'),
    ),
    // The stat card's bundle and the French locale module, each with its own copy of our
    // internals, in either order; and without the locale module.
    '/locale-after.html': page(
      FORCED_LABOUR,
      bundle('/dist/cdn/stat-card.js') + bundle('/dist/cdn/locales/fr.js'),
      'fr',
    ),
    '/locale-before.html': page(
      FORCED_LABOUR,
      bundle('/dist/cdn/locales/fr.js') + bundle('/dist/cdn/stat-card.js'),
      'fr',
    ),
    '/locale-missing.html': page(FORCED_LABOUR, bundle('/dist/cdn/stat-card.js'), 'fr'),
    '/locale-late.html': page(
      FORCED_LABOUR,
      addedAfterLoad('/dist/cdn/stat-card.js', '/dist/cdn/locales/fr.js'),
      'fr',
    ),
    '/locale-late-missing.html': page(
      FORCED_LABOUR,
      addedAfterLoad('/dist/cdn/stat-card.js'),
      'fr',
    ),
    // An app that switches the page to French, then imports the words (no <script> to find).
    '/locale-imported.html': page(
      FORCED_LABOUR,
      bundle('/dist/cdn/stat-card.js') +
        `<script type="module">addEventListener('load', () => setTimeout(async () => {
          document.documentElement.lang = 'fr';
          await new Promise((done) => setTimeout(done, 200));
          await import('/dist/cdn/locales/fr.js');
        }));</script>`,
    ),
    // Prerendered by the CLI, with the bundle but not the hydration support (or with it loaded
    // after Lit, as a bundler's shared chunk can order it).
    '/prerendered.html': prerendered,
    ...Object.fromEntries(
      Object.entries(FILTERS).map(([name, filter]) => [
        `/filtered-${name}.html`,
        filter(prerendered),
      ]),
    ),
    '/filtered-own-words.html': FILTERS.kses(ownWords),
    // A common theme's way to make 1rem 10px: its text is 16px, as on a plain page.
    '/root-62.html': page(SAMPLE, '<link rel="stylesheet" href="/root-62.css">' + bundle()),
    // An old page without a doctype: the browser lays it out in quirks mode.
    '/quirks.html': page(SAMPLE, bundle()).replace('<!doctype html>', ''),
    // WordPress wraps a custom tag typed in a post in <p>; themes justify or indent paragraphs,
    // keep table cells on one line, or keep the spaces of a verse or preformatted block.
    '/inherited.html': page(
      INHERITED.map((_, i) => `<div class="frame inherit-${i}">${BLOCKS}</div>`).join('') +
        `<div class="frame">${BLOCKS}</div>`,
      '<link rel="stylesheet" href="/inherited.css">' + bundle(),
    ),
    // Chromium asks every origin for one; an empty answer keeps the console clean.
    '/favicon.ico': '',
    '/frame.css': '#frame { display: block; width: 600px; }',
    '/root-62.css': 'html { font-size: 62.5%; } body { font-size: 1.6rem; }',
    '/hostile.css': '* { all: unset; } svg { display: none; } html { font-size: 40px; }',
    '/inherited.css':
      INHERITED.map((css, i) => `.inherit-${i} { ${css} }`).join(' ') + ' .frame { width: 320px; }',
  };
  const root = process.cwd();
  open = await serve({root, pages, alias: {'/copy/': '/dist/cdn/'}});
  strict = await serve({root, pages, headers: {'content-security-policy': CSP}});
  listed = await serve({root, pages, headers: {'content-security-policy': CSP_LISTED}});
});

afterAll(async () => {
  await browser?.close();
  await open?.close();
  await strict?.close();
  await listed?.close();
});

interface Visit {
  page: Page;
  errors: string[];
  warnings: string[];
  requests: string[];
  close(): Promise<void>;
}

/** Runs in the page: waits for the stat cards alone (the pages with its bundle only). */
async function settleCards(): Promise<void> {
  await customElements.whenDefined('mwfa-stat-card');
  const cards = [...document.querySelectorAll('mwfa-stat-card')] as (Element & {
    updateComplete?: Promise<unknown>;
  })[];
  await Promise.all(cards.map((el) => el.updateComplete));
}

async function visit(
  server: Server,
  path: string,
  init?: () => void,
  wait: () => Promise<void> = settle,
): Promise<Visit> {
  const context = await browser.newContext({viewport: {width: 1000, height: 900}});
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  if (init) await page.addInitScript(init);
  await page.goto(`${server.url}${path}`, {waitUntil: 'load'});
  await page.evaluate(wait);
  return {page, errors, warnings, requests, close: () => context.close()};
}

/** What a reader sees of each element: it rendered, with words, and a figure on the card. */
function expectRendered(texts: {tag: string; text: string}[]) {
  expect(texts.map((t) => t.tag).sort()).toEqual([...TAGS].sort());
  for (const {tag, text} of texts) expect(text, `${tag} rendered nothing`).not.toBe('');
  expect(texts.find((t) => t.tag === 'mwfa-stat-card')?.text).toMatch(/\d/);
}

describe('one script tag on a blank page', () => {
  it('defines and renders every element, requesting nothing but the bundle', async () => {
    const v = await visit(open, '/blank.html');
    const texts = await v.page.evaluate(renderedTexts);
    await v.close();
    expectRendered(texts);
    expect(v.errors).toEqual([]);
    const paths = v.requests
      .map((url) => new URL(url).pathname)
      .filter((p) => p !== '/favicon.ico');
    expect(paths).toEqual(['/blank.html', '/dist/cdn/mwfa.js']);
  });
});

describe('a prerendered page with the bundle but without hydration support', () => {
  it('shows each element once, with the text the server rendered', async () => {
    const withoutScripts = await browser.newContext({javaScriptEnabled: false});
    const serverPage = await withoutScripts.newPage();
    await serverPage.goto(`${open.url}/prerendered.html`);
    const prerendered = await serverPage.evaluate(renderedTexts);
    await withoutScripts.close();
    const v = await visit(open, '/prerendered.html');
    const texts = await v.page.evaluate(renderedTexts);
    await v.close();
    expectRendered(texts);
    expect(texts).toEqual(prerendered);
    expect(v.errors).toEqual([]);
  });
});

describe('a prerendered page whose <template> tags an HTML filter removed', () => {
  for (const name of Object.keys(FILTERS)) {
    it(`${name}: shows each element as the plain tag does, none of the leftovers, with a warning`, async () => {
      const plain = await visit(open, '/blank.html');
      const expected = await plain.page.evaluate(renderedTexts);
      await plain.close();
      const v = await visit(open, `/filtered-${name}.html`);
      const texts = await v.page.evaluate(renderedTexts);
      // Leftovers a slot would show: the key message's default slot took them for its own words.
      const slotted = await v.page.evaluate(() =>
        [...document.querySelectorAll('mwfa-key-message, mwfa-stat-card')].flatMap((el) =>
          [...el.shadowRoot!.querySelectorAll('slot')]
            .filter((slot) => slot.checkVisibility())
            .map((slot) =>
              slot
                .assignedNodes()
                .map((node) => node.textContent)
                .join('')
                .trim(),
            )
            .filter(Boolean),
        ),
      );
      await v.close();
      expect(texts).toEqual(expected);
      expect(slotted).toEqual([]);
      expect(v.errors).toEqual([]);
      const filtered = v.warnings.filter((w) => w.includes('an HTML filter removed'));
      expect(filtered.map((w) => w.slice(0, w.indexOf(':')))).toContain('<mwfa-key-message>');
      if (name === 'kses') {
        expect(filtered.map((w) => w.slice(0, w.indexOf(':'))).sort()).toEqual([
          '<mwfa-key-message>',
          '<mwfa-stat-card>',
          '<mwfa-trend-chart>',
        ]);
        expect(v.warnings).toEqual(filtered);
      }
    });
  }

  it('a key message in the page’s own words: one warning, about the filter', async () => {
    // Its words are among the leftovers, not apart from them: no "message is missing" as well.
    const v = await visit(open, '/filtered-own-words.html');
    await v.close();
    expect(v.errors).toEqual([]);
    expect(v.warnings).toHaveLength(1);
    expect(v.warnings[0]).toMatch(/^<mwfa-key-message>: .* an HTML filter removed the <template>/);
  });
});

describe(`strict CSP: ${CSP}`, () => {
  const listen = () => {
    const w = window as unknown as {__violations: string[]};
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__violations.push(
        `${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  };

  for (const [path, server, policy] of [
    ['/csp.html', () => strict, CSP],
    ['/csp-per-element.html', () => strict, CSP],
    // Four bundles, four policies named lit-html.
    ['/csp-per-element.html', () => listed, CSP_LISTED],
  ] as const) {
    it(`${path} under ${policy === CSP ? 'it' : policy}: zero violations, every element renders`, async () => {
      const v = await visit(server(), path, listen);
      // Interact a little: focus moves and hover states must not need inline styles either.
      await v.page.keyboard.press('Tab');
      await v.page.keyboard.press('Tab');
      await v.page.mouse.move(500, 500);
      const texts = await v.page.evaluate(renderedTexts);
      const violations = await v.page.evaluate(
        () => (window as unknown as {__violations: string[]}).__violations,
      );
      await v.close();
      expect(violations).toEqual([]);
      expect(v.errors).toEqual([]);
      expectRendered(texts);
    });
  }
});

describe('hostile global CSS (* { all: unset }, svg { display: none }, html { font-size: 40px })', () => {
  /**
   * Boxes a reader relies on: each element's visible box (its `base` part; such a reset makes
   * the host itself inline, which wraps the block inside it), and the chart's drawing.
   */
  const measure = () => {
    const box = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return r ? {x: r.x, width: r.width, height: r.height, right: r.right} : undefined;
    };
    const chart = document.querySelector('mwfa-trend-chart');
    const svg = chart?.shadowRoot?.querySelector('svg');
    const frame = document.getElementById('frame')!.getBoundingClientRect();
    return {
      frameX: frame.x,
      frameRight: frame.right,
      elements: ['mwfa-stat-card', 'mwfa-key-message', 'mwfa-trend-chart'].map((tag) => ({
        tag,
        box: box(document.querySelector(tag)?.shadowRoot?.querySelector('[part="base"]')),
      })),
      svg: svg ? {display: getComputedStyle(svg).display, box: box(svg)} : undefined,
    };
  };

  it('leaves the elements laid out as on a plain page', async () => {
    const plain = await visit(open, '/baseline.html');
    const before = await plain.page.evaluate(measure);
    await plain.close();
    const v = await visit(open, '/hostile.html');
    const after = await v.page.evaluate(measure);
    const texts = await v.page.evaluate(renderedTexts);
    await v.close();
    expectRendered(texts);
    expect(v.errors).toEqual([]);
    for (const [i, {tag, box}] of after.elements.entries()) {
      const plainBox = before.elements[i]!.box!;
      // The reset also takes away the body's margin: measured from the page's frame.
      expect(box!.x - after.frameX, `${tag} moved`).toBeCloseTo(plainBox.x - before.frameX, 0);
      expect(box!.width, `${tag} width`).toBeCloseTo(plainBox.width, 0);
      expect(box!.right, `${tag} overflows the page`).toBeLessThanOrEqual(after.frameRight + 1);
    }
    expect(after.svg?.display, 'chart drawing hidden').not.toBe('none');
    expect(after.svg?.box?.height ?? 0, 'chart drawing has no height').toBeGreaterThan(0);
  });

  it('keeps the colour scheme an element’s theme attribute asks for', async () => {
    const v = await visit(open, '/hostile.html');
    const scheme = await v.page.evaluate(async () => {
      const card = document.createElement('mwfa-stat-card');
      card.setAttribute('indicator', 'remittances');
      card.setAttribute('theme', 'dark');
      document.body.append(card);
      await (card as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      return getComputedStyle(card.shadowRoot!.querySelector('[part="base"]')!).colorScheme;
    });
    await v.close();
    expect(scheme).toBe('dark');
  });
});

describe('a theme with html { font-size: 62.5% } and body { font-size: 1.6rem }', () => {
  /** Runs in the page: the size of every text the elements render, in document order. */
  const textSizes = () => {
    const sizes: string[] = [];
    const walk = (root: ShadowRoot, host: string) => {
      for (const el of root.querySelectorAll('*')) {
        const text = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
        );
        if (text && el.getClientRects().length > 0) {
          sizes.push(
            `${host} ${el.localName}.${el.getAttribute('class') ?? ''}: ${getComputedStyle(el).fontSize}`,
          );
        }
        if (el.shadowRoot) walk(el.shadowRoot, host);
      }
    };
    for (const el of document.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot, el.localName);
    }
    return sizes;
  };

  it('shows the elements’ text at the sizes of a plain page with 16px text', async () => {
    const plain = await visit(open, '/blank.html');
    const expected = await plain.page.evaluate(textSizes);
    await plain.close();
    const v = await visit(open, '/root-62.html');
    const shown = await v.page.evaluate(textSizes);
    await v.close();
    expect(expected.length).toBeGreaterThan(10);
    expect(shown).toEqual(expected);
  });
});

describe(`text properties inherited from the page (${INHERITED.join(', ')})`, () => {
  /** Runs in the page: where each visible text of the elements in one frame lies in its element. */
  const lines = (frame: number) => {
    const found: string[] = [];
    const host = document.querySelectorAll('.frame')[frame]!;
    for (const el of host.querySelectorAll('mwfa-stat-card, mwfa-key-message, mwfa-trend-chart')) {
      const origin = el.getBoundingClientRect();
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent!.trim();
        if (!text || node.parentElement!.closest('.visually-hidden, style')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const boxes = [...range.getClientRects()].map(
          (r) =>
            `${Math.round(r.left - origin.left)},${Math.round(r.top - origin.top)} ${Math.round(r.width)}`,
        );
        if (boxes.length)
          found.push(`${el.localName} "${text.slice(0, 24)}": ${boxes.join(' | ')}`);
      }
    }
    return found;
  };

  it('sets the elements’ text as in a plain frame: no gaps, indents, blank lines or overflow', async () => {
    const v = await visit(open, '/inherited.html');
    const plain = await v.page.evaluate(lines, INHERITED.length);
    const shown = [];
    for (const i of INHERITED.keys()) shown.push(await v.page.evaluate(lines, i));
    await v.close();
    expect(plain.length).toBeGreaterThan(20);
    for (const [i, css] of INHERITED.entries()) expect.soft(shown[i], css).toEqual(plain);
    expect(v.errors).toEqual([]);
  });
});

describe('a page in quirks mode (no doctype)', () => {
  const heights = () =>
    ['mwfa-stat-card', 'mwfa-key-message', 'mwfa-trend-chart'].map((tag) =>
      Math.round(document.querySelector(tag)!.getBoundingClientRect().height),
    );

  it('lays the elements out as a page with a doctype does', async () => {
    const standard = await visit(open, '/blank.html');
    const expected = await standard.page.evaluate(heights);
    await standard.close();
    const v = await visit(open, '/quirks.html');
    const mode = await v.page.evaluate(() => document.compatMode);
    const shown = await v.page.evaluate(heights);
    await v.close();
    expect(mode).toBe('BackCompat');
    expect(shown).toEqual(expected);
    expect(v.errors).toEqual([]);
  });
});

describe('a locale module beside a per-element bundle (html lang="fr")', () => {
  const figures = (v: Visit) =>
    v.page.evaluate(() =>
      [...document.querySelectorAll('mwfa-stat-card')].map(
        (el) => el.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim() ?? '',
      ),
    );
  const paths = (v: Visit) =>
    v.requests.map((url) => new URL(url).pathname).filter((p) => p !== '/favicon.ico');

  for (const [path, when] of [
    ['/locale-after.html', "comes after the stat card's"],
    ['/locale-before.html', "comes before the stat card's"],
    // As a tag manager or a plugin that delays scripts loads them.
    ['/locale-late.html', "and the stat card's are added after the page loaded"],
  ] as const) {
    it(`French words when the locale script ${when}, no warning`, async () => {
      const v = await visit(open, path, undefined, settleCards);
      await v.page.waitForFunction(() =>
        document
          .querySelector('mwfa-stat-card')
          ?.shadowRoot?.querySelector('[part="value"]')
          ?.textContent?.includes('près de'),
      );
      const shown = await figures(v);
      await v.close();
      expect(shown).toEqual(['près de 6 millions', 'environ 600 milliards de dollars']);
      expect(v.errors).toEqual([]);
      expect(v.warnings).toEqual([]);
      expect(paths(v).sort()).toEqual(
        [path, '/dist/cdn/stat-card.js', '/dist/cdn/locales/fr.js'].sort(),
      );
    });
  }

  it('no warning when an app sets lang="fr" and then imports the French words', async () => {
    const v = await visit(open, '/locale-imported.html', undefined, settleCards);
    await v.page.waitForFunction(() =>
      document
        .querySelector('mwfa-stat-card')
        ?.shadowRoot?.querySelector('[part="value"]')
        ?.textContent?.includes('près de'),
    );
    // Past the second the elements wait for the words.
    await v.page.waitForTimeout(1500);
    await v.close();
    expect(v.errors).toEqual([]);
    expect(v.warnings).toEqual([]);
  });

  it('one warning when the stat card’s script alone is added after the page loaded', async () => {
    const v = await visit(open, '/locale-late-missing.html', undefined, settleCards);
    // A second after the element, time for an app to import the words.
    await expect.poll(() => v.warnings.length, {timeout: 5000}).toBe(1);
    const shown = await figures(v);
    await v.close();
    expect(shown).toEqual(['nearly 6 millions', 'approximately 600 milliards\u00a0$US']);
    expect(v.errors).toEqual([]);
    expect(v.warnings).toHaveLength(1);
    expect(v.warnings[0]).toContain('French words are not loaded');
  });

  it('without it: English words, French numbers, one warning that says what to add', async () => {
    const v = await visit(open, '/locale-missing.html', undefined, settleCards);
    const shown = await figures(v);
    await v.close();
    expect(shown).toEqual(['nearly 6 millions', 'approximately 600 milliards\u00a0$US']);
    expect(v.errors).toEqual([]);
    expect(v.warnings).toHaveLength(1);
    expect(v.warnings[0]).toContain('<mwfa-stat-card>: lang="fr"');
    expect(v.warnings[0]).toContain('French words are not loaded');
    expect(v.warnings[0]).toContain('/dist/cdn/locales/fr.js');
    expect(paths(v)).toEqual(['/locale-missing.html', '/dist/cdn/stat-card.js']);
  });
});

describe('two copies of the library on one page', () => {
  it('loads both without errors and the elements work', async () => {
    const v = await visit(open, '/two-copies.html');
    const texts = await v.page.evaluate(renderedTexts);
    await v.close();
    expect(v.errors).toEqual([]);
    expectRendered(texts);
  });
});

describe('a page with its own globals', () => {
  it('that added properties to Object.prototype: no errors, the elements and a sparkline work', async () => {
    const v = await visit(open, '/polluted.html');
    const texts = await v.page.evaluate(renderedTexts);
    const sparkline = await v.page.evaluate(async () => {
      const card = document.querySelector('mwfa-stat-card')!;
      for (let frame = 0; frame < 50; frame++) {
        const points = card.shadowRoot?.querySelector('polyline')?.getAttribute('points');
        if (points) return points;
        await new Promise(requestAnimationFrame);
      }
      return null;
    });
    await v.close();
    expect(v.errors).toEqual([]);
    expectRendered(texts);
    expect(sparkline).toMatch(/^\d/);
  });

  // MooTools 1.3–1.6 (Joomla 1.6–3 ship it) and Prototype.js replace Array.from with one that
  // ignores its second argument: a chart read "<del>250</del> 258" as 250,258 and titled itself
  // "[object Text]".
  it('that replaced Array.from with one of a single argument (MooTools, Prototype.js): the same figures and names', async () => {
    const read = () => {
      const card = document.querySelector('mwfa-stat-card')!.shadowRoot!;
      const chart = document.querySelector('mwfa-trend-chart')!.shadowRoot!;
      return {
        cardName: card.querySelector('.visually-hidden')!.textContent!.replace(/\s+/g, ' ').trim(),
        title: chart.querySelector('#title')!.textContent!.trim(),
        slider: chart.querySelector('[role="slider"]')!.getAttribute('aria-label'),
        summary: chart.querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ').trim(),
        notDrawn: chart.textContent!.match(/Not drawn: [^\n]*/)?.[0]?.trim(),
      };
    };
    const plain = await visit(open, '/own-table.html');
    const expected = await plain.page.evaluate(read);
    await plain.close();
    expect(expected.cardName).toBe('258 million people worldwide');
    expect(expected.summary).toMatch(/^Migrants in our city rose from 800 in 2021 to 950 in 2023/);
    expect(expected.notDrawn).toBe('Not drawn: 2022 (250 258)');
    expect(expected.title).toBe('Migrants in our city');
    expect(expected.slider).toContain('Migrants in our city');
    const v = await visit(open, '/own-table.html', () => {
      Array.from = function (items: ArrayLike<unknown>) {
        return Array.prototype.slice.call(items);
      } as typeof Array.from;
    });
    const texts = await v.page.evaluate(read);
    await v.close();
    expect(v.errors).toEqual([]);
    expect(texts).toEqual(expected);
  });

  it(`whose elements have ids named like Lit's globals (litElementVersions, …): no errors, the elements work`, async () => {
    expect(LIT_GLOBALS).toEqual(
      expect.arrayContaining(['litElementVersions', 'litPropertyMetadata', 'litNonce', 'ShadyCSS']),
    );
    // Under the strict CSP: with id="ShadyCSS", Lit wrote its styles as <style> elements.
    const v = await visit(strict, '/clobbered.html');
    const texts = await v.page.evaluate(renderedTexts);
    await v.close();
    expect(v.errors).toEqual([]);
    expectRendered(texts);
  });
});

describe('markup and script payloads in every attribute and slot', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
    modules: {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}[];
  };
  const attributes = (tag: string) => {
    const declared = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName === tag)
      .flatMap((d) => (d.attributes ?? []).map((a) => a.name));
    return [...new Set([...declared, 'indicator', 'message', 'series', 'lang', 'dir', 'title'])];
  };
  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    '"><script>window.__pwned=1</script>',
    "'><svg onload=window.__pwned=1>",
    'javascript:window.__pwned=1',
    '{{constructor.constructor("window.__pwned=1")()}}',
    '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  ];

  it('nothing executes, no dialog opens, nothing executable is rendered, all still render', async () => {
    const v = await visit(open, '/blank.html');
    await v.page.evaluate(
      async ({tags, attributesByTag, payloads}) => {
        const frame = document.createElement('div');
        frame.id = 'payloads';
        document.body.append(frame);
        for (const tag of tags) {
          for (const payload of payloads) {
            const el = document.createElement(tag);
            for (const name of attributesByTag[tag]!) el.setAttribute(name, payload);
            // Slots: payloads as text (markup typed into a page is the page's own, not ours).
            el.append(document.createTextNode(payload));
            const named = document.createElement('span');
            named.slot = 'label';
            named.textContent = payload;
            el.append(named);
            frame.append(el);
          }
        }
        // Each has rendered (a chart once its width is measured, in a later frame) ...
        await Promise.all(
          [...frame.children].map(
            (el) => (el as Element & {updateComplete: unknown}).updateComplete,
          ),
        );
        // ... and what a payload could set off late (an image's error event) has had its time.
        await new Promise((resolve) => setTimeout(resolve, 300));
      },
      {
        tags: [...TAGS],
        attributesByTag: Object.fromEntries(TAGS.map((t) => [t, attributes(t)])),
        payloads,
      },
    );
    await v.page.waitForTimeout(300);
    const pwned = await v.page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned);
    // Every element and attribute the elements rendered, through nested shadow roots: no
    // event handler attribute, no javascript: URL, no srcdoc, no script or frame.
    const injected = await v.page.evaluate(() => {
      const found: string[] = [];
      const walk = (root: ShadowRoot, host: string) => {
        for (const el of root.querySelectorAll('*')) {
          const where = `${host} > ${el.localName}`;
          if (/^(script|iframe|frame|object|embed)$/.test(el.localName)) found.push(where);
          for (const {name, value} of el.attributes) {
            // As URL parsing does: spaces and control characters do not hide the scheme.
            const url = [...value]
              .filter((c) => c.charCodeAt(0) > 0x20)
              .join('')
              .toLowerCase();
            if (name.startsWith('on')) found.push(`${where} [${name}]`);
            else if (name === 'srcdoc') found.push(`${where} [srcdoc]`);
            else if (url.startsWith('javascript:')) found.push(`${where} [${name}=${value}]`);
          }
          if (el.shadowRoot) walk(el.shadowRoot, where);
        }
      };
      for (const el of document.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot, el.localName);
      }
      return found;
    });
    // The sample elements still show their figures, and every payload-carrying element shows
    // something (its fallback) instead of nothing.
    const sample = await v.page.evaluate(
      renderedTexts,
      TAGS.map((tag) => `${tag}:not(#payloads *)`).join(', '),
    );
    const attacked = await v.page.evaluate(renderedTexts, '#payloads > *');
    await v.close();
    expect(pwned).toBeUndefined();
    expect(injected).toEqual([]);
    expectRendered(sample);
    expect(attacked).toHaveLength(TAGS.length * payloads.length);
    for (const {tag, text} of attacked) expect(text, `${tag} rendered nothing`).not.toBe('');
    expect(v.errors.filter((e) => e.startsWith('dialog') || e.startsWith('pageerror'))).toEqual([]);
  });
});
