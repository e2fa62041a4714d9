/// <reference types="node" />
/**
 * Server-side rendering for Node: `@mwfa/elements/ssr`.
 *
 * Importing this module installs Lit's global DOM shim (`window`, `customElements`, …) in the
 * Node process, then registers every element with it: keep it out of browser bundles.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {getIndicator} from '@mwfa/data/indicators';
import {getSeries} from '@mwfa/data/series';
import {css, html} from 'lit';
import {ATTRIBUTES} from 'virtual:mwfa-ssr-attributes';
import {MwfaKeyMessage, MwfaStatCard, MwfaTrendChart, MwfaValue} from '../index.js';
import {warn} from '../internal/warn.js';
import {seriesPoints} from '../stat-card/sparkline.js';
import {readId} from '../internal/suggest.js';
import {usesDecimalComma} from '../internal/format.js';
import {intlLocale, langTag} from '../internal/locale.js';
import {oneLine} from './one-line.js';
import {readTable, type TableData, type TablePart} from '../trend-chart/trend-chart.data.js';
// Every language renders on the server without extra steps (the browser still needs the locale
// module of a page's language to hydrate it: see the README).
import '../locales/all.js';
import {
  MAX_ATTRIBUTES,
  MAX_DEPTH,
  MAX_ELEMENTS,
  MAX_TAGS,
  MAX_LENGTH,
  isMwfaTag,
  MWFA_TAGS,
  SnippetError,
  VOID_TAGS,
  decodeEntities,
  endOfComment,
  escapeAttribute,
  parseElementAt,
  parseSnippet as parseWith,
  type AttributeAllowList,
  type MwfaTag,
  type SnippetElement,
  type SnippetNode,
} from './parse.js';

export {MAX_ATTRIBUTES, MAX_DEPTH, MAX_ELEMENTS, MAX_LENGTH, MAX_TAGS, MWFA_TAGS, SnippetError};
export type {AttributeAllowList, InlineTag, MwfaTag, SnippetNode, TableTag} from './parse.js';

const classes: Record<MwfaTag, CustomElementConstructor> = {
  'mwfa-stat-card': MwfaStatCard,
  'mwfa-value': MwfaValue,
  'mwfa-key-message': MwfaKeyMessage,
  'mwfa-trend-chart': MwfaTrendChart,
};
// The entry modules register through `define()`; registering here as well keeps rendering
// working when a bundler has dropped those imports as side-effect free.
for (const tag of MWFA_TAGS) {
  if (!customElements.get(tag)) customElements.define(tag, classes[tag]);
}

// Server output is read before the elements upgrade, and without JavaScript never upgrades: a
// chart's buttons (table, downloads) and its keyboard layer (a slider over the drawing) would
// then do nothing. The buttons are hidden, their place kept so that nothing moves when they come
// alive; the slider, laid over the drawing, takes no place and is left out. Once upgraded the
// rules no longer apply. With scripting off they never will, and the buttons take no place.
// Added here, where the styles are written into each shadow root (defining the class made
// `elementStyles`), so the browser bundles do not carry it.
MwfaTrendChart.elementStyles.push(css`
  :host(:not(:defined)) .actions {
    visibility: hidden;
  }
  :host(:not(:defined)) .keys {
    display: none;
  }
  @media (scripting: none) {
    :host(:not(:defined)) .actions {
      display: none;
    }
  }
`);

// Each element's documented attributes, built in from custom-elements.json at build time
// (scripts/ssr-attributes.mjs fails the build without them). Checked again here, so that a
// broken build refuses to load rather than let every attribute through.
const allowList: AttributeAllowList = ATTRIBUTES;
for (const tag of MWFA_TAGS) {
  if (!Array.isArray(allowList[tag]) || allowList[tag].length === 0) {
    throw new Error(
      `@mwfa/elements/ssr: no attribute allow-list for <${tag}>; rebuild the package.`,
    );
  }
}

/**
 * Parses a snippet as `renderToString` does: mwfa elements, their documented attributes (or
 * those of `allow`) and text. Throws `SnippetError` naming the first thing it refuses.
 */
export function parseSnippet(source: string, allow: AttributeAllowList = allowList): SnippetNode[] {
  return parseWith(source, allow);
}

/** The text of a node, as the DOM's `textContent` gives it. */
const textOf = (node: SnippetNode): string =>
  node.type === 'text' ? node.text : node.children.map(textOf).join('');

/** An attribute's value as `getAttribute` gives it. */
const attribute = (node: SnippetElement, name: string) => {
  const found = node.attributes.find(([key]) => key === name);
  return found ? (found[1] ?? '') : null;
};

/** One selector the stand-in below understands: `:scope > ` or not, a tag name, an attribute. */
const SELECTOR = /^(:scope\s*>\s*)?([a-z][\w-]*)?(?:\[([\w-]+)(?:="([^"]*)")?\])?$/i;

type SelectorTest = (node: SnippetElement, parent: SnippetElement, root: SnippetElement) => boolean;

/**
 * A test for a list of `tag`, `[name]`, `[name="value"]` or `tag[name]`, each maybe after
 * `:scope >`.
 */
function selectorTest(selectors: string): SelectorTest {
  const tests = selectors.split(',').map((selector): SelectorTest => {
    const match = SELECTOR.exec(selector.trim());
    if (!match || (!match[2] && !match[3])) {
      // An element started asking for more than this: fail the render, not the page.
      throw new Error(`@mwfa/elements/ssr: no server support for the selector "${selector}".`);
    }
    const [, scope, tag, name, value] = match;
    return (node, parent, root) =>
      (!scope || parent === root) &&
      (!tag || node.tag === tag.toLowerCase()) &&
      (!name ||
        (value === undefined ? attribute(node, name) !== null : attribute(node, name) === value));
  });
  return (node, parent, root) => tests.some((test) => test(node, parent, root));
}

/**
 * A parsed element as the elements read their light DOM in the browser (a slotted label or
 * footnote, the page's own message, a chart's table). Lit's server shim gives them no children,
 * and what the server renders must be what the browser renders from the same children, or
 * hydration keeps the server's rendering, or fails. Read-only, and only what the elements use.
 */
interface LightElement extends TablePart {
  readonly nodeType: 1;
  readonly localName: string;
  readonly slot: string;
  readonly childNodes: readonly (LightElement | {nodeType: 3; textContent: string})[];
  matches(selectors: string): boolean;
}

function lightElement(node: SnippetElement, parent?: SnippetElement): LightElement {
  const all = (selectors: string) => {
    const test = selectorTest(selectors);
    const found: LightElement[] = [];
    const visit = (element: SnippetElement) => {
      for (const child of element.children) {
        if (child.type === 'text') continue;
        if (test(child, element, node)) found.push(lightElement(child, element));
        visit(child);
      }
    };
    visit(node);
    return found;
  };
  return {
    nodeType: 1,
    localName: node.tag,
    slot: attribute(node, 'slot') ?? '',
    textContent: textOf(node),
    childNodes: node.children.map((child) =>
      child.type === 'text' ? {nodeType: 3, textContent: child.text} : lightElement(child, node),
    ),
    parentElement: parent ? {localName: parent.tag} : null,
    getAttribute: (name) => attribute(node, name),
    matches: (selectors) => selectorTest(selectors)(node, parent ?? node, node),
    querySelector: (selectors) => all(selectors)[0] ?? null,
    querySelectorAll: all,
  };
}

/**
 * A chart's child `<table>` read as the chart reads it in the browser (`readTable`), which it
 * does when connected: the server does not connect it.
 */
function tableOf(chart: SnippetElement): TableData | undefined {
  const tables = lightElement(chart).querySelectorAll(':scope > table');
  const table = tables[0];
  if (!table) return undefined;
  if (tables.length > 1) {
    warn('mwfa-trend-chart', 'content', '<table>', 'is not shown: only the first <table> is drawn');
  }
  // Prerendering gives each element the lang it inherits.
  const lang = intlLocale(langTag(attribute(chart, 'lang') ?? ''));
  const {problem, ...data} = readTable(table, usesDecimalComma(lang));
  if (problem) warn('mwfa-trend-chart', 'table', ...problem);
  return data;
}

/**
 * A stat card's sparkline, which the browser draws once the series has loaded (on demand, so that
 * the browser bundles do not carry every series): drawn here with the same function from the same
 * data, so that it shows without JavaScript and the card hydrates without redrawing it.
 */
function sparklineOf(card: SnippetElement): string {
  const indicator = attribute(card, 'indicator');
  const series =
    indicator && attribute(card, 'sparkline') !== null && getIndicator(readId(indicator)!)?.series;
  return series ? seriesPoints(getSeries(series)) : '';
}

/**
 * A template of `strings`, made here: lit/static-html would keep every distinct static text (and
 * so every attribute value) for the life of the process, a leak in a server rendering snippets.
 * Lit keeps a template only while its strings array is alive.
 */
const template = (strings: string[], ...values: unknown[]) =>
  html(Object.assign(strings, {raw: strings}) as unknown as TemplateStringsArray, ...values);

function toTemplate(node: SnippetNode, content = true): unknown {
  if (node.type === 'text') return node.text; // a child binding: Lit escapes it
  // The tag comes from a fixed list and attribute names were checked by the parser; values
  // are escaped. Only then do they become template text.
  const start = `<${node.tag}${node.attributes
    .map(([name, value]) => (value === null ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('')}`;
  // Without `content`, the element alone: it still reads its content below, as parsed.
  const children = content ? node.children.map((child) => toTemplate(child)) : [];
  if (VOID_TAGS.has(node.tag)) return template([`${start}>`]);
  if (!isMwfaTag(node.tag)) return template([`${start}>`, `</${node.tag}>`], children);
  // On the server's instance only: its light DOM as the browser will give it (see
  // `lightElement`), a chart's table as its connectedCallback reads it, and a stat card's
  // sparkline as it draws it once its series has loaded.
  const {childNodes: nodes, querySelector: query} = lightElement(node);
  // Undefined where it does not apply, which the elements read as not given.
  const table = node.tag === 'mwfa-trend-chart' ? tableOf(node) : undefined;
  const points = node.tag === 'mwfa-stat-card' ? sparklineOf(node) : undefined;
  return template(
    [
      `${start} .childNodes=`,
      ' .querySelector=',
      ' .tableData=',
      ' .points=',
      '>',
      `</${node.tag}>`,
    ],
    nodes,
    query,
    table,
    points,
    children,
  );
}

function renderNodes(nodes: SnippetNode[]): Promise<string> {
  return collectResult(render(nodes.map((node) => toTemplate(node))));
}

/**
 * Renders a snippet of mwfa elements to HTML with declarative shadow DOM
 * (`<template shadowrootmode="open">`), readable without JavaScript, on one line: pasted into
 * Markdown or a CMS that reads line breaks, it stays one block of HTML. Lit's `<!--lit-part-->`
 * comments stay in: elements use them to hydrate (import `@mwfa/elements/hydrate.js` before the
 * elements) and they are harmless elsewhere.
 *
 * @example await renderToString('<mwfa-stat-card indicator="remittances">')
 * @throws SnippetError when the snippet holds anything but mwfa elements, their attributes and
 * text, is longer than `MAX_LENGTH`, has more than `MAX_ELEMENTS` mwfa elements or `MAX_TAGS`
 * tags, or nests them deeper than `MAX_DEPTH`.
 */
export async function renderToString(snippet: string): Promise<string> {
  return oneLine(await renderNodes(placedInSnippet(parseSnippet(snippet))));
}

/**
 * Each mwfa element of `nodes` with the `lang` and `dir` of the snippet's elements around it, as
 * `prerenderPage` gives it the page's: a `<mwfa-value>` in a French `<mwfa-key-message>` was
 * rendered in English, and hydrated so.
 */
function placedInSnippet(nodes: SnippetNode[], open: Open[] = []): SnippetNode[] {
  return nodes.map((node) => {
    if (node.type === 'text') return node;
    const lang = attribute(node, 'lang') ?? undefined;
    const dir = attribute(node, 'dir') ?? undefined;
    const placed = isMwfaTag(node.tag) ? inPlace(node, open) : node;
    return {
      ...placed,
      children: placedInSnippet(node.children, [...open, {name: node.tag, lang, dir}]),
    };
  });
}

/**
 * `parse()`, with where on the page the element it refused starts ("line 212, column 5:"): on
 * a long page, "not <p>" alone left the author to search for it.
 */
function atLine<T>(page: string, at: number, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof SnippetError)) throw error;
    // Not the byte order mark an editor may start the file with: no column of its own.
    const before = page
      .slice(0, at)
      .replace(/^\uFEFF/, '')
      .split('\n');
    error.message = `line ${before.length}, column ${before.at(-1)!.length + 1}: ${error.message}`;
    throw error;
  }
}

/** Elements whose content is text, not markup: mwfa tags in them are left alone. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);

/**
 * HTML's whitespace, inside a regular expression's brackets: tab, line feed, form feed, carriage
 * return and space. Not JavaScript's `\s`, which also takes a vertical tab or a no-break space,
 * where the browser goes on reading a name or a script.
 */
const HTML_SPACE = '\\t\\n\\f\\r ';
const SPACE = new RegExp(`[${HTML_SPACE}]`);

/**
 * The index just past the `>` that ends the tag whose attributes start at `i`, read as the HTML
 * tokenizer reads attributes. A quote opens a value only right after its "=": in `a=b="` the
 * value is `b="`, and a tag that seemed to end inside a later quoted value would let the
 * rendered element's own quotes close the browser's attribute, and what follows run. Also
 * whether the tag ends with "/>" as HTML reads it (`<span/>`, `<b hidden/>`; not `<b title=a/>`,
 * whose value is `a/`): HTML ignores it on an element that has content.
 */
function readTag(page: string, i: number): {end: number; selfClosing: boolean} {
  const at = () => page[i] ?? '';
  while (i < page.length) {
    let slash = false;
    while (SPACE.test(at()) || at() === '/') {
      slash = at() === '/';
      i += 1;
    }
    if (at() === '>') return {end: i + 1, selfClosing: slash};
    // A name: its first character may be "=".
    i += 1;
    while (i < page.length && !SPACE.test(at()) && !'/>='.includes(at())) i += 1;
    while (SPACE.test(at())) i += 1;
    if (at() !== '=') continue;
    i += 1;
    while (SPACE.test(at())) i += 1;
    const quote = at();
    if (quote === '"' || quote === "'") {
      const close = page.indexOf(quote, i + 1);
      if (close === -1) return {end: page.length, selfClosing: false};
      i = close + 1;
    } else {
      while (i < page.length && !SPACE.test(at()) && at() !== '>') i += 1;
    }
  }
  return {end: page.length, selfClosing: false};
}

/**
 * The index just past the end tag of the raw-text element `name` whose content starts at `i`.
 * Its name ends as HTML ends it, at a tab, line feed, form feed, carriage return, space, "/" or
 * ">": not at a vertical tab or a no-break space, which JavaScript's `\s` also matches, and
 * after which the browser's script runs on over the elements this would render.
 */
function endOfRawText(page: string, i: number, name: string): number {
  const end = new RegExp(`</${name}[${HTML_SPACE}/>]`, 'ig');
  end.lastIndex = i;
  const match = end.exec(page);
  if (!match) return page.length;
  if (name === 'script' && doubleEscapes(page.slice(i, match.index))) {
    throw new SnippetError(
      `The <script> at position ${i} holds "<!--" and then "<script": browsers do not end it at its first </script>, and prerendering does not follow them there. Move the script to a file.`,
    );
  }
  return readTag(page, match.index + 2 + name.length).end;
}

/**
 * Whether a script's text puts the browser's tokenizer in its "double escaped" state, where a
 * `</script>` does not end the script: a `<script` after `<!--`, with no `-->` between them.
 */
function doubleEscapes(text: string): boolean {
  const script = new RegExp(`<script[${HTML_SPACE}/>]`, 'gi');
  for (let open = text.indexOf('<!--'); open !== -1;) {
    // "<!-->" opens and closes at once: the "--" may be the opening's.
    const close = text.indexOf('-->', open + 2);
    script.lastIndex = open + 4;
    const inner = script.exec(text);
    if (inner && (close === -1 || inner.index < close)) return true;
    if (close === -1) return false;
    open = text.indexOf('<!--', close + 3);
  }
  return false;
}

/** Whether the element whose content starts at `i` already has a declarative shadow root. */
function hasShadowRoot(page: string, i: number): boolean {
  // A comment cannot run past its "-->": one that could (`[\s\S]*?`) made many comments take
  // exponential time.
  const shadowTemplate =
    /\s*(?:<!--(?:[^-]|-(?!->))*-->\s*)*<template\b[^>]*?\sshadowroot(?:mode)?\s*=/iy;
  shadowTemplate.lastIndex = i;
  return shadowTemplate.test(page);
}

/** Elements without an end tag. */
const HTML_VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Start tags that close an open element whose end tag HTML lets an author leave out, as the
 * browser does (`<li lang="fr">Un<li>…` is two items, the second not French): the names they
 * close, and the names that stop the search (a list inside an item is a list of its own).
 */
const CLOSES = new Map<string, readonly [closes: string[], within: string[]]>();
for (const [names, closes, within] of [
  ['li', 'li', 'ul ol menu'],
  ['dt dd', 'dt dd', 'dl'],
  ['td th', 'td th', 'tr table'],
  ['tr', 'td th tr', 'table'],
  ['thead tbody tfoot', 'td th tr thead tbody tfoot', 'table'],
  ['option', 'option', 'select datalist'],
  ['optgroup', 'option optgroup', 'select'],
  [
    'address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre search section summary table ul',
    'p',
    'button table td th caption template',
  ],
] as [string, string, string][]) {
  for (const name of names.split(' ')) CLOSES.set(name, [closes.split(' '), within.split(' ')]);
}

/** An open element of the page, with the `lang` and `dir` it gives what it contains. */
interface Open {
  name: string;
  lang: string | undefined;
  dir: string | undefined;
  /** An mwfa element this call renders: its content is what the server rendered it from. */
  rendered?: boolean;
}

/** `lang` and `dir` of the start tag whose attributes are `attributes` (`' lang="fr" id=x'`). */
function langAndDir(attributes: string): Pick<Open, 'lang' | 'dir'> {
  const found: Pick<Open, 'lang' | 'dir'> = {lang: undefined, dir: undefined};
  const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;
  for (const [, name = '', ...values] of attributes.matchAll(attributePattern)) {
    const key = name.toLowerCase();
    if ((key === 'lang' || key === 'dir') && found[key] === undefined) {
      found[key] = decodeEntities(values.find((value) => value !== undefined) ?? '', true);
    }
  }
  return found;
}

/**
 * The element with `lang` and `dir` as the page gives them at its place, unless it has its own:
 * the server cannot see the page around an element, and the browser takes over what the server
 * rendered, words included.
 */
function inPlace(node: SnippetElement, open: Open[]): SnippetElement {
  const attributes = [...node.attributes];
  const own = new Set(attributes.map(([name]) => name.toLowerCase()));
  let lang: string | undefined;
  let dir: string | undefined;
  for (const element of open) {
    lang = element.lang ?? lang;
    // As the platform reads it: only `ltr` and `rtl` set a direction.
    if (/^(ltr|rtl)$/i.test(element.dir ?? '')) dir = element.dir!.toLowerCase();
  }
  if (lang !== undefined && !own.has('lang')) attributes.push(['lang', lang]);
  if (dir !== undefined && !own.has('dir')) attributes.push(['dir', dir]);
  return {...node, attributes};
}

/**
 * The rendered element without Lit's markers in the page's own DOM: the comments before and after
 * it, and around its light-DOM children. An element hydrates from its shadow root's markers alone,
 * which stay. In the page the others are comment nodes among its own, and a framework that
 * hydrates the page node by node (Angular) takes them for its own nodes and fails
 * ("hasAttribute is not a function"). Attribute values and text are escaped (no `<` in them), so
 * every `<template` and `<!--` found is markup.
 */
function withoutPageMarkers(markup: string): string {
  let depth = 0; // inside how many declarative shadow roots
  return markup.replace(
    /<template\b[^>]*>|<\/template>|<!--\/?lit-(?:part|node)\b[^>]*?-->/g,
    (token) => {
      if (token.startsWith('<template')) depth += 1;
      else if (token === '</template>') depth -= 1;
      else if (depth === 0) return '';
      return token;
    },
  );
}

/** The start tag and declarative shadow root of a rendered element: what precedes its content. */
function startAndShadowRoot(markup: string): string {
  let depth = 0;
  for (const {0: token, index} of markup.matchAll(/<template\b[^>]*>|<\/template>/g)) {
    depth += token === '</template>' ? -1 : 1;
    if (depth === 0) return markup.slice(0, index + token.length);
  }
  return markup.slice(0, markup.indexOf('>') + 1);
}

/**
 * Renders every mwfa element found in a trusted HTML page (e.g. at build time) and leaves the
 * rest of the page as it is. Each outermost mwfa element, with what it contains, obeys the
 * rules of `renderToString`, but for attributes: any is kept (a framework's own, Angular's
 * `_ngcontent-…`), except `style` and `on…`. Comments, `<template>` content and raw-text
 * elements (`<script>`, `<style>`, `<textarea>`, …) are left alone, and so are mwfa elements that
 * already have a declarative shadow root: prerendering a prerendered page changes nothing. It
 * adds only the shadow roots (and `lang`, `dir`): the elements' content stays as written, and,
 * unlike `renderToString`, it leaves Lit's `<!--lit-part-->` markers out of the page's own DOM
 * (the shadow roots keep theirs), so that a framework hydrating the page finds its nodes where it
 * left them.
 *
 * @throws SnippetError when an mwfa element breaks those rules or is not closed.
 */
export async function prerenderPage(page: string): Promise<string> {
  // A tag's name ends at HTML's whitespace only (not at a no-break space, as `\s` would).
  const tagName = new RegExp(`<(/?)([a-zA-Z][^${HTML_SPACE}/>]*)`, 'y');
  let out = '';
  let copied = 0;
  let i = 0;
  let templates = 0;
  // The elements open at `i`, for the language and direction around an mwfa element. An end tag
  // closes the nearest open element of its name, and those opened after it: an end tag left out
  // (`<p>`, `<li>`, `<path/>` in SVG) is closed with the parent's.
  const open: Open[] = [];
  // Where each name is open, innermost last: an end tag (`</b>` after many `<p>`) and a start
  // tag that closes one (`<div>` a `<p>`, but not across a `<button>` and 40,000 `<div>`) find it
  // without walking every open element each time.
  const positions = new Map<string, number[]>();
  const openAt = (name: string) => positions.get(name)?.at(-1) ?? -1;
  // How many of them this call renders (a `<br/>` in one is read as the snippet parser reads it).
  let rendering = 0;
  const push = (element: Open) => {
    if (element.rendered) rendering += 1;
    const at = positions.get(element.name);
    if (at) at.push(open.length);
    else positions.set(element.name, [open.length]);
    open.push(element);
  };
  const closeFrom = (index: number) => {
    for (const closed of open.splice(index)) {
      positions.get(closed.name)!.pop();
      if (closed.rendered) rendering -= 1;
    }
  };
  while (i < page.length) {
    const lt = page.indexOf('<', i);
    if (lt === -1) break;
    if (page.startsWith('<!--', lt)) {
      const end = endOfComment(page, lt);
      i = end === -1 ? page.length : end;
      continue;
    }
    if (
      page[lt + 1] === '!' ||
      page[lt + 1] === '?' ||
      (page[lt + 1] === '/' && !/[a-zA-Z]/.test(page[lt + 2] ?? ''))
    ) {
      // <!doctype …>, <![CDATA[…]]> (in SVG), processing instructions, and "</" followed by no
      // letter, which the browser reads as a comment up to the next ">" (an element written
      // inside it is not on the page).
      const end = page.startsWith('<![CDATA[', lt)
        ? page.indexOf(']]>', lt) + 2
        : page.indexOf('>', lt);
      i = end < lt ? page.length : end + 1;
      continue;
    }
    tagName.lastIndex = lt;
    const tag = tagName.exec(page);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    const name = tag[2]!.toLowerCase();
    const {end, selfClosing} = readTag(page, lt + tag[0].length);
    const [closes, within] = (!tag[1] && CLOSES.get(name)) || [[], []];
    // The innermost open element it closes (a <p> for a <div>), unless an element it does not
    // close across (a <button>) is open inside that one.
    const closing = Math.max(-1, ...closes.map(openAt));
    if (closing > Math.max(-1, ...within.map(openAt))) closeFrom(closing);
    // In SVG and MathML `/>` closes the element (`<svg/>`); in HTML the "/" means nothing.
    const foreign = name === 'svg' || name === 'math' || openAt('svg') >= 0 || openAt('math') >= 0;
    if (tag[1]) {
      if (name === 'template' && templates > 0) templates -= 1;
      const at = openAt(name);
      if (at >= 0) closeFrom(at);
      i = end;
    } else if (RAW_TEXT.has(name)) {
      i = endOfRawText(page, end, name);
    } else if (
      templates === 0 &&
      isMwfaTag(name) &&
      !hasShadowRoot(page, end) &&
      // In SVG or MathML a <template> is no shadow root: its styles would apply to the page.
      openAt('svg') < 0 &&
      openAt('math') < 0
    ) {
      // Checks the element and its content, which it renders from.
      // Any attribute the page gives: a framework's own (Angular's `_ngcontent-…`) stays on it.
      const element = atLine(page, lt, () => parseElementAt(page, lt, allowList, true));
      const placed = inPlace(element.node, open);
      if (element.end === end) {
        // No content and no end tag (`<mwfa-value … />`): the rendered element, closed.
        out += page.slice(copied, lt) + withoutPageMarkers(await renderNodes([placed]));
        copied = i = end;
        continue;
      }
      // Its start tag and shadow root; its content stays as the page wrote it, comments and
      // whitespace included, for a framework that hydrates the page node by node (Angular's
      // `@for` leaves comments in a chart's table). The mwfa elements in it are rendered in turn.
      // Rendered without its content, which would render the mwfa elements in it twice.
      const alone = await collectResult(render(toTemplate(placed, false)));
      out += page.slice(copied, lt) + startAndShadowRoot(withoutPageMarkers(alone));
      copied = i = end;
      push({name, ...langAndDir(page.slice(lt + tag[0].length, end)), rendered: true});
    } else if (selfClosing && !HTML_VOID.has(name) && rendering > 0) {
      // In the content of an element rendered here, which the server read as the snippet parser
      // does: `<span slot="label"/>` closed. HTML ignores the "/" and takes in what follows, and
      // the element, finding other content than the server's, failed to hydrate ("Hydration value
      // mismatch"). Its end tag makes the page say what the server read, as rendering the content
      // did before it was kept as written.
      out += `${page.slice(copied, end)}</${name}>`;
      copied = i = end;
    } else {
      if (name === 'template') templates += 1;
      if (!HTML_VOID.has(name) && !(selfClosing && foreign)) {
        push({name, ...langAndDir(page.slice(lt + tag[0].length, end))});
      }
      i = end;
    }
  }
  return out + page.slice(copied);
}
