/// <reference types="node" />
/**
 * Server-side rendering for Node: `@mwfa/elements/ssr`.
 *
 * Importing this module installs Lit's global DOM shim (`window`, `customElements`, …) in the
 * Node process, then registers every element with it: keep it out of browser bundles.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import {readFileSync} from 'node:fs';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {MwfaKeyMessage, MwfaStatCard, MwfaTrendChart, MwfaValue} from '../index.js';
import {
  MWFA_TAGS,
  SnippetError,
  escapeAttribute,
  parseSnippet,
  type AttributeAllowList,
  type MwfaTag,
  type SnippetNode,
} from './parse.js';

export {MWFA_TAGS, SnippetError, parseSnippet};
export type {MwfaTag, SnippetNode};

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

interface Manifest {
  modules?: {declarations?: {tagName?: string; attributes?: {name: string}[]}[]}[];
}

// Read at run time, next to dist/ (a variable, so that Vite does not inline it as an asset).
const MANIFEST = '../../custom-elements.json';

/** Each element's attributes, from the package's custom-elements.json (the public API). */
function attributeAllowList(): AttributeAllowList | undefined {
  try {
    const manifest = JSON.parse(
      readFileSync(new URL(MANIFEST, import.meta.url), 'utf8'),
    ) as Manifest;
    const allow: AttributeAllowList = {};
    for (const declaration of manifest.modules?.flatMap((m) => m.declarations ?? []) ?? []) {
      const tag = declaration.tagName as MwfaTag | undefined;
      const names = (declaration.attributes ?? []).map((a) => a.name);
      // A declaration without attributes says nothing about them: leave the tag unchecked.
      if (tag && MWFA_TAGS.includes(tag) && names.length > 0) {
        allow[tag] = [...(allow[tag] ?? []), ...names];
      }
    }
    return allow;
  } catch {
    // Without a manifest, any well-formed attribute name passes (still no style, no on*).
    return undefined;
  }
}

const allowList = attributeAllowList();

function toTemplate(node: SnippetNode): unknown {
  if (node.type === 'text') return node.text; // a child binding: Lit escapes it
  // The tag comes from a fixed list and attribute names were checked by the parser; values
  // are escaped. Only then do they become static template text.
  const tag = unsafeStatic(node.tag);
  const attributes = unsafeStatic(
    node.attributes
      .map(([name, value]) =>
        value === null ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`,
      )
      .join(''),
  );
  // lit/static-html.js: static values may stand for tag names (the lint rules know only `html`).
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag}${attributes}>${node.children.map(toTemplate)}</${tag}>`;
}

/**
 * Renders a snippet of mwfa elements to HTML with declarative shadow DOM
 * (`<template shadowrootmode="open">`), readable without JavaScript. Lit's `<!--lit-part-->`
 * comments stay in: elements use them to hydrate (load
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` before the elements) and they are
 * harmless elsewhere.
 *
 * @example await renderToString('<mwfa-stat-card indicator="remittances">')
 * @throws SnippetError when the snippet holds anything but mwfa elements, their attributes and text.
 */
export async function renderToString(snippet: string): Promise<string> {
  return collectResult(render(parseSnippet(snippet, allowList).map(toTemplate)));
}

const START = /<(\/?)(mwfa-[a-z-]+)\b/g;

/**
 * Renders every mwfa element found in a trusted HTML page (e.g. at build time) and leaves the
 * rest of the page as it is. Each outermost mwfa element, with what it contains, goes through
 * `renderToString`, so its content obeys the same rules.
 */
export async function prerenderPage(page: string): Promise<string> {
  let out = '';
  let from = 0;
  START.lastIndex = 0;
  for (let match = START.exec(page); match; match = START.exec(page)) {
    if (match[1]) continue; // a stray closing tag outside any element: leave it
    const begin = match.index;
    let depth = 0;
    let end = -1;
    START.lastIndex = begin;
    for (let inner = START.exec(page); inner; inner = START.exec(page)) {
      const tagEnd = page.indexOf('>', inner.index);
      const selfClosing = !inner[1] && page[tagEnd - 1] === '/';
      if (inner[1]) depth -= 1;
      else if (!selfClosing) depth += 1;
      if (depth === 0) {
        end = tagEnd + 1;
        break;
      }
    }
    if (end === -1) throw new SnippetError(`Unclosed <${match[2]}> at position ${begin}.`);
    out += page.slice(from, begin) + (await renderToString(page.slice(begin, end)));
    from = end;
    START.lastIndex = end;
  }
  return out + page.slice(from);
}
