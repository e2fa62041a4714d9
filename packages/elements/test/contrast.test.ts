// Lines a reader needs, as Chromium paints them: WCAG 1.4.11 asks 3:1 against what is behind
// them. A 1px line that falls between two rows of pixels is painted as two paler rows.
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launch, serve, settle, type Server} from './helpers.js';

let browser: Browser;
let server: Server;

// Where a page's own layout puts the chart: its pixels fall at these fractions.
const OFFSETS = [0, 0.25, 0.5, 0.75];
/**
 * Device pixels per CSS pixel: 1.5 is many Windows laptops' setting. From 2 up, a 1px line covers
 * at least two whole device pixels wherever it falls.
 */
const SCALES = [1, 1.5];

const chartPage = (offset: number, width = 480, side = 'top') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>test</title>
  <meta name="color-scheme" content="light dark">
  <script type="module" src="/dist/cdn/mwfa.js"></script></head>
  <body><div style="padding-${side}: ${offset}px; width: ${width}px">
  <mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart></div></body></html>`;

beforeAll(async () => {
  browser = await launch();
  const pages = Object.fromEntries([
    ...OFFSETS.map((offset) => [`/${offset}.html`, chartPage(offset)]),
    ...OFFSETS.map((offset) => [`/left-${offset}.html`, chartPage(offset, 480, 'left')]),
    ...[480, 333].map((width) => [`/file-${width}.html`, chartPage(0, width)]),
  ]);
  server = await serve({root: process.cwd(), pages});
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

/** WCAG's contrast ratio of two sRGB colours given as [r, g, b] in 0–255. */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((value) => {
      const c = value / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** A chart's page, in a browser context of one device pixel per CSS pixel unless `scale`. */
async function open(path: string, colorScheme: 'light' | 'dark', scale = 1): Promise<Page> {
  const context = await browser.newContext({
    viewport: {width: 600, height: 600},
    deviceScaleFactor: scale,
    colorScheme,
  });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.evaluate(settle);
  return page;
}

/** The pixels of the page inside `clip`, as rows of [r, g, b]. */
async function pixels(
  page: Page,
  clip: {x: number; y: number; width: number; height: number},
): Promise<number[][][]> {
  const png = (await page.screenshot({clip})).toString('base64');
  // The screenshot's pixels, read by a canvas of the page.
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    // An HTML canvas, also in a page that is an SVG document.
    const canvas = document.createElementNS(
      'http://www.w3.org/1999/xhtml',
      'canvas',
    ) as HTMLCanvasElement;
    canvas.width = image.width;
    canvas.height = image.height;
    const context2d = canvas.getContext('2d')!;
    context2d.drawImage(image, 0, 0);
    const {data: pixels} = context2d.getImageData(0, 0, image.width, image.height);
    return Array.from({length: image.height}, (_, y) =>
      Array.from({length: image.width}, (_, x) =>
        Array.from(pixels.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)),
      ),
    );
  }, png);
}

/**
 * The lowest contrast, along a horizontal line starting at `left` whose top is at `top`, of its
 * most contrasting pixel in each column against what is painted four pixels above it.
 */
async function lineContrast(page: Page, left: number, top: number): Promise<number> {
  // Away from the ends, where the first and last marks sit on the line.
  const clip = {x: Math.ceil(left) + 40, y: Math.floor(top) - 4, width: 120, height: 9};
  const rows = await pixels(page, clip);
  const background = rows[0]!;
  let lowest = Infinity;
  for (let x = 0; x < background.length; x += 1) {
    const best = Math.max(...rows.map((row) => contrast(row[x]!, background[x]!)));
    lowest = Math.min(lowest, best);
  }
  return lowest;
}

/** The contrast of the zero line of the chart `offset` px down its page. */
async function zeroLineContrast(
  offset: number,
  colorScheme: 'light' | 'dark',
  scale: number,
): Promise<number> {
  const page = await open(`/${offset}.html`, colorScheme, scale);
  const {left, top} = await page.evaluate(() =>
    document
      .querySelector('mwfa-trend-chart')!
      .shadowRoot!.querySelector('.grid .zero')!
      .getBoundingClientRect()
      .toJSON(),
  );
  const found = await lineContrast(page, left, top);
  await page.context().close();
  return found;
}

/** Tests that `measure` finds 3:1 at every offset, in light and dark mode, at every scale. */
function itHas3To1Everywhere(
  measure: (offset: number, colorScheme: 'light' | 'dark', scale: number) => Promise<number>,
) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const scale of SCALES) {
      it(`has 3:1 against the chart in ${colorScheme} mode at ${scale} device pixels per pixel`, async () => {
        for (const offset of OFFSETS) {
          expect(
            await measure(offset, colorScheme, scale),
            `offset ${offset}px`,
          ).toBeGreaterThanOrEqual(3);
        }
      });
    }
  }
}

describe('the trend chart’s zero line, wherever the page puts it', () => {
  itHas3To1Everywhere(zeroLineContrast);

  // Its height, from lines of text 1.4 times their size, was 355.8 at 480px and 338.2 at 333px.
  for (const width of [480, 333]) {
    it(`has 3:1 against the chart in its SVG file of a chart ${width}px wide, as an image and opened alone`, async () => {
      const page = await open(`/file-${width}.html`, 'light');
      const text = await page.evaluate(async () => {
        const chart = document.querySelector('mwfa-trend-chart')!;
        const file = new Promise<Blob>((resolve) => {
          URL.createObjectURL = (blob) => (resolve(blob as Blob), 'about:blank');
        });
        // Kept on the page: the file is looked at here, not saved.
        HTMLAnchorElement.prototype.click = () => {};
        [...chart.shadowRoot!.querySelectorAll('button')]
          .find((button) => button.textContent!.includes('SVG'))!
          .click();
        return (await file).text();
      });
      // The line's place in the file: its path's y, less where the file's view starts.
      const viewTop = Number(/viewBox="0 (-?[\d.]+)/.exec(text)![1]);
      const [, x, y] = /class="zero" d="M([\d.]+) ([\d.]+)/.exec(text)!;
      const line = {left: Number(x), top: Number(y) - viewTop - 0.5};
      await page.evaluate(async (file) => {
        const image = new Image();
        image.src = `data:image/svg+xml,${encodeURIComponent(file)}`;
        await image.decode();
        document.body.style.margin = '0';
        document.body.replaceChildren(image);
      }, text);
      const asImage = await lineContrast(page, line.left, line.top);
      await page.route('**/chart.svg', (route) =>
        route.fulfill({body: text, contentType: 'image/svg+xml'}),
      );
      await page.goto(`${server.url}/chart.svg`);
      const alone = await lineContrast(page, line.left, line.top);
      await page.context().close();
      expect({asImage: asImage >= 3, alone: alone >= 3}, `${asImage}, ${alone}`).toEqual({
        asImage: true,
        alone: true,
      });
    });
  }
});

/**
 * The lowest contrast of the chart `offset` px from the page's left edge, across the middle rows
 * of two of its year ticks, of their most contrasting pixel against what is painted four pixels
 * to the left.
 */
async function tickContrast(
  offset: number,
  colorScheme: 'light' | 'dark',
  scale: number,
): Promise<number> {
  const page = await open(`/left-${offset}.html`, colorScheme, scale);
  const ticks = await page.evaluate(() => {
    const path = document
      .querySelector('mwfa-trend-chart')!
      .shadowRoot!.querySelector<SVGPathElement>('.axis path')!;
    const matrix = path.getScreenCTM()!;
    // Not the first, at the axis' end.
    return [...path.getAttribute('d')!.matchAll(/M([-\d.]+) ([-\d.]+)/g)]
      .slice(1, 3)
      .map(([, x, y]) => new DOMPoint(Number(x), Number(y)).matrixTransform(matrix))
      .map(({x, y}) => ({x, y}));
  });
  let lowest = Infinity;
  for (const {x, y} of ticks) {
    // The tick is 5px long: its three middle rows.
    const clip = {x: Math.floor(x) - 4, y: Math.ceil(y) + 1, width: 9, height: 3};
    for (const row of await pixels(page, clip)) {
      const best = Math.max(...row.map((pixel) => contrast(pixel, row[0]!)));
      lowest = Math.min(lowest, best);
    }
  }
  await page.context().close();
  return lowest;
}

describe('the trend chart’s year ticks, wherever the page puts them', () => {
  itHas3To1Everywhere(tickContrast);
});
