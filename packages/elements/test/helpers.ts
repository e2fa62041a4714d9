import {chromium, type Browser} from 'playwright-core';
import {launchOptions} from '../../../.scripts/chromium.mjs';
import {ELEMENTS} from '../scripts/elements.mjs';

// The repository's one static file server: `{root, headers, pages, alias}`, see its comment.
export {serve, type Server} from '../../../.scripts/serve.mjs';

export function launch(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

export const TAGS = ELEMENTS.map((element) => element.tag);

/** One of each element with a real id from the data. */
export const SAMPLE = `
  <mwfa-stat-card indicator="international-migrants"></mwfa-stat-card>
  <p>Remittances: <mwfa-value indicator="remittances"></mwfa-value>.</p>
  <mwfa-key-message message="call-for-cooperation"></mwfa-key-message>
  <mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart>`;

/** Runs in the page: waits for every element to be defined and rendered. */
export async function settle(): Promise<void> {
  const tags = ['mwfa-stat-card', 'mwfa-value', 'mwfa-key-message', 'mwfa-trend-chart'];
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const elements = [...document.querySelectorAll(tags.join(','))] as (Element & {
    updateComplete?: Promise<unknown>;
  })[];
  await Promise.all(elements.map((el) => el.updateComplete));
}

/**
 * Runs in the page: each element's rendered text (its shadow root, without styles and chart
 * drawings). `selector` picks the elements (default: every mwfa element).
 */
export function renderedTexts(selector?: string | void): {tag: string; text: string}[] {
  const tags = ['mwfa-stat-card', 'mwfa-value', 'mwfa-key-message', 'mwfa-trend-chart'];
  const read = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof HTMLStyleElement || node instanceof HTMLTemplateElement) return '';
    // A chart's drawing is laid out for the width measured in the browser (the server cannot
    // know it), so its axis ticks depend on the window; the summary and the table carry its
    // figures.
    if (node instanceof SVGElement && node.matches('svg[part="chart"]')) return '';
    return [...node.childNodes].map(read).join('');
  };
  return [...document.querySelectorAll(selector || tags.join(','))].map((el) => ({
    tag: el.localName,
    text: el.shadowRoot ? read(el.shadowRoot).replace(/\s+/g, ' ').trim() : '',
  }));
}
