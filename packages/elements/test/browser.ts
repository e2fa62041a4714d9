// Helpers shared by the element tests in Chromium (src/**/*.browser.test.ts).
import {expect, fixture} from '@open-wc/testing';
import type {AxeResults} from 'axe-core';
import 'axe-core';

const axe = (window as unknown as {axe: {run: (el: Element) => Promise<AxeResults>}}).axe;

/** axe-core's violations inside `el`, one line each: rule id and the offending markup. */
export async function axeViolations(el: Element): Promise<string[]> {
  const {violations} = await axe.run(el);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

export async function expectAccessible(el: Element): Promise<void> {
  expect(await axeViolations(el)).to.deep.equal([]);
}

/**
 * Renders `template` and returns the first `tag` element in it (the template itself, or an
 * element inside a wrapper), once it has rendered.
 */
export async function renderedElement<T extends HTMLElement & {updateComplete: Promise<unknown>}>(
  template: Parameters<typeof fixture>[0],
  tag: string,
): Promise<T> {
  const host = await fixture(template);
  const el = (host.localName === tag ? host : host.querySelector(tag)!) as T;
  await el.updateComplete;
  return el;
}

/**
 * `waitUntil` options for a change that waits on the test server (a module loaded on demand) or
 * on a frame (a chart drawn at its measured width). Its own limit, 1 s, is short when the CI
 * machine is busy: a series that took 1.5 s to arrive failed the sparkline's test with "Timeout:
 * the series loads". Mocha still ends any test at 10 s.
 */
export const LOADS = {timeout: 5000};

/** Arguments of every console.warn during the running test (console.warn is restored after). */
export const warnings: unknown[][] = [];
const originalWarn = console.warn;
beforeEach(() => {
  warnings.length = 0;
  console.warn = (...args: unknown[]) => warnings.push(args);
});
afterEach(() => {
  console.warn = originalWarn;
});

/**
 * A range over the characters of a value's or stat card's figure (its `base` part) from `from`
 * (an index into its text) to its end.
 */
export function rangeFrom(el: Element, from: number): Range {
  return rangeIn(el.shadowRoot!.querySelector('[part="base"]')!, from);
}

/** A range over the text of `root` from `from` (an index into its text) to its end. */
function rangeIn(root: Node, from: number): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  range.selectNodeContents(root);
  for (let node = walker.nextNode() as Text | null, seen = 0; node;) {
    if (from < seen + node.length) {
      range.setStart(node, from - seen);
      break;
    }
    seen += node.length;
    node = walker.nextNode() as Text | null;
  }
  return range;
}

/** Left edge of the first `char` of a value's or stat card's figure, as drawn. */
export function leftOf(el: Element, char: string): number {
  const text = el.shadowRoot!.querySelector('[part="value"], [part="base"]')!.textContent!;
  const range = rangeFrom(el, text.indexOf(char));
  range.setEnd(range.startContainer, range.startOffset + 1);
  return range.getBoundingClientRect().left;
}

/** Left edge of the first `text` inside `root` (a part), as drawn. */
export function textLeft(root: Node, text: string): number {
  const at = root.textContent!.indexOf(text);
  if (at < 0) throw new Error(`no "${text}" in the text`);
  return charBox(root, at).left;
}

/** The box of the character at `at` (an index into the text of `root`), as drawn. */
export function charBox(root: Node, at: number): DOMRect {
  const range = rangeIn(root, at);
  range.setEnd(range.startContainer, range.startOffset + 1);
  return range.getBoundingClientRect();
}

/** The box of the text inside `root` as drawn, not of `root`'s own box (a block spans its line). */
export function textExtent(root: Node): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(root);
  return range.getBoundingClientRect();
}

/** How many lines the text of `range` is laid out on (each line's boxes share a top). */
export function linesOf(range: Range): number {
  const boxes = [...range.getClientRects()].filter((rect) => rect.width > 0);
  return new Set(boxes.map((rect) => Math.round(rect.top))).size;
}

interface AxeNode {
  actualNode: Node;
  children: AxeNode[];
}
const commons = (
  window as unknown as {
    axe: {
      setup: (root: Node) => AxeNode;
      teardown: () => void;
      utils: {getNodeFromTree: (node: Node) => AxeNode};
      commons: {
        aria: {getRole: (node: AxeNode) => string | null};
        dom: {isVisibleToScreenReaders: (node: AxeNode) => boolean};
        text: {
          accessibleTextVirtual: (
            node: AxeNode,
            context?: {inLabelledByContext: boolean},
          ) => string;
        };
      };
    };
  }
).axe;

/**
 * What a screen reader reads of `el` in reading mode, in order: each text not hidden from it, and
 * the name of each image and named list as it reaches them (an image's inside is not read).
 * Roles, visibility and names are axe-core's; shadow roots are followed.
 */
export function readAloud(el: Element): string[] {
  const read: string[] = [];
  const walk = (node: AxeNode) => {
    if (node.actualNode.nodeType === Node.TEXT_NODE) {
      const text = node.actualNode.textContent!.replace(/\s+/g, ' ').trim();
      if (text) read.push(text);
      return;
    }
    if (!commons.commons.dom.isVisibleToScreenReaders(node)) return;
    const role = commons.commons.aria.getRole(node);
    if (role === 'img' || role === 'list') {
      const name = commons.commons.text.accessibleTextVirtual(node);
      if (name) read.push(name);
      if (role === 'img') return;
    }
    node.children.forEach(walk);
  };
  try {
    walk(commons.setup(el));
  } finally {
    commons.teardown();
  }
  return read;
}

/**
 * The description a screen reader gives `node` inside `host` (the text of the elements its
 * `aria-describedby` names, each computed as axe-core computes a name from `aria-labelledby`).
 */
export function describedAs(host: Element, node: Element): string {
  const root = node.getRootNode() as ShadowRoot | Document;
  const ids = node.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  try {
    commons.setup(host);
    return ids
      .map((id) => root.getElementById(id))
      .map((ref) =>
        ref
          ? commons.commons.text.accessibleTextVirtual(commons.utils.getNodeFromTree(ref), {
              inLabelledByContext: true,
            })
          : '',
      )
      .join(' ')
      .trim();
  } finally {
    commons.teardown();
  }
}

/**
 * The language a screen reader reads each text of `host`'s shadow root (or of its `part`) in
 * that holds `words`: the nearest `lang` inside the element, else around it.
 */
export function languagesOf(host: Element, words: string, part?: string): string[] {
  const root = part ? host.shadowRoot!.querySelector(`[part="${part}"]`)! : host.shadowRoot!;
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    if (!node.textContent!.includes(words)) continue;
    const marked = node.parentElement!.closest('[lang]') ?? host.closest('[lang]');
    found.push(marked?.getAttribute('lang') ?? '');
  }
  return found;
}
