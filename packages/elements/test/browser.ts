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
