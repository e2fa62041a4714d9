import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {extname, join, normalize} from 'node:path';
import {chromium, type Browser} from 'playwright-core';
import {launchOptions} from '../../../.scripts/chromium.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface Server {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` plus in-memory `pages` (path -> body); `headers` go on every response, so a
 * Content-Security-Policy arrives as a real HTTP header. `alias` maps a path prefix to another
 * (the same bundle under a second URL is a second copy of the library for the browser).
 */
export async function serve(options: {
  root: string;
  pages?: Record<string, string>;
  headers?: Record<string, string>;
  alias?: Record<string, string>;
}): Promise<Server> {
  const {root, pages = {}, headers = {}, alias = {}} = options;
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    for (const [from, to] of Object.entries(alias)) {
      if (path.startsWith(from)) path = to + path.slice(from.length);
    }
    const send = (status: number, body: string | Buffer, type: string) => {
      response.writeHead(status, {'content-type': type, ...headers});
      response.end(body);
    };
    if (pages[path] !== undefined)
      return send(200, pages[path]!, TYPES[extname(path)] ?? TYPES['.html']!);
    readFile(join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''))).then(
      (body) => send(200, body, TYPES[extname(path)] ?? 'application/octet-stream'),
      () => send(404, 'not found', 'text/plain'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch(launchOptions);
}

export const TAGS = [
  'mwfa-stat-card',
  'mwfa-value',
  'mwfa-key-message',
  'mwfa-trend-chart',
] as const;

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

/** Runs in the page: each element's rendered text (its shadow root, styles left out). */
export function renderedTexts(): {tag: string; text: string}[] {
  const tags = ['mwfa-stat-card', 'mwfa-value', 'mwfa-key-message', 'mwfa-trend-chart'];
  const read = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof HTMLStyleElement || node instanceof HTMLTemplateElement) return '';
    return [...node.childNodes].map(read).join('');
  };
  return [...document.querySelectorAll(tags.join(','))].map((el) => ({
    tag: el.localName,
    text: el.shadowRoot ? read(el.shadowRoot).replace(/\s+/g, ' ').trim() : '',
  }));
}
