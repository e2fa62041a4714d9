import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {LOADS, axeViolations} from '../../test/browser.js';
import '@mwfa/elements';

// The reader's settings, emulated in Chromium: colour scheme, forced colours, reduced motion.

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;

const elements = [
  html`<mwfa-stat-card indicator="migrant-women-in-work"></mwfa-stat-card>`,
  html`<mwfa-key-message message="xenophobic-narratives"></mwfa-key-message>`,
  html`<mwfa-trend-chart series="global-remittance-inflows"></mwfa-trend-chart>`,
];

afterEach(() =>
  emulateMedia({colorScheme: 'light', forcedColors: 'none', reducedMotion: 'no-preference'}),
);

describe('prefers-color-scheme', () => {
  it('light: dark text on a light card', async () => {
    await emulateMedia({colorScheme: 'light'});
    const el = await fixture(elements[0]!);
    const style = getComputedStyle(base(el));
    expect(luminance(style.backgroundColor)).to.be.above(0.8);
    expect(luminance(style.color)).to.be.below(0.05);
  });

  for (const template of elements) {
    it(`dark, on a page with a dark mode: light text on a dark surface, axe-clean (${template.strings[0]!.trim()})`, async () => {
      await emulateMedia({colorScheme: 'dark'});
      // The page says it has a dark mode (color-scheme: light dark) and is dark for this reader.
      const wrapper = await fixture(
        html`<div style="color-scheme: light dark; background: #000">${template}</div>`,
      );
      const el = wrapper.firstElementChild!;
      const style = getComputedStyle(base(el));
      expect(luminance(style.color)).to.be.above(0.7);
      if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') {
        expect(luminance(style.backgroundColor)).to.be.below(0.05);
      }
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  for (const template of elements) {
    it(`dark, on a page without a dark mode: dark text, as on the page (${template.strings[0]!.trim()})`, async () => {
      await emulateMedia({colorScheme: 'dark'});
      // Most CMS pages are light whatever the reader prefers, and declare no color-scheme: light
      // text there would sit on the page's white.
      const wrapper = await fixture(html`<div style="background: #fff">${template}</div>`);
      expect(luminance(getComputedStyle(base(wrapper.firstElementChild!)).color)).to.be.below(0.05);
      expect(await axeViolations(wrapper)).to.deep.equal([]);
    });
  }

  it('the page can force the dark scheme with --mwfa-color-scheme', async () => {
    const wrapper = await fixture(
      html`<div style="--mwfa-color-scheme: dark; background: #000">${elements[1]}</div>`,
    );
    expect(luminance(getComputedStyle(base(wrapper.firstElementChild!)).color)).to.be.above(0.7);
  });

  it('the page can force the light scheme with --mwfa-color-scheme', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const wrapper = await fixture(
      html`<div style="--mwfa-color-scheme: light">${elements[0]}</div>`,
    );
    expect(
      luminance(getComputedStyle(base(wrapper.firstElementChild!)).backgroundColor),
    ).to.be.above(0.8);
  });
});

describe('forced-colors: active', () => {
  for (const template of elements) {
    it(`keeps text at maximal contrast, axe-clean (${template.strings[0]!.trim()})`, async () => {
      await emulateMedia({forcedColors: 'active'});
      const el = await fixture(template);
      const style = getComputedStyle(base(el));
      // Forced colours map text and background to the system pair: contrast stays maximal.
      const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort(
        (a, b) => b - a,
      );
      if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') {
        expect((light! + 0.05) / (dark! + 0.05)).to.be.above(7);
      }
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('draws the chart line in the system text colour, also where the page coloured it', async () => {
    await emulateMedia({forcedColors: 'active'});
    const wrapper = await fixture(
      html`<div>
        <span style="color: CanvasText">system text colour</span>
        <div style="--mwfa-trend-chart-line-color: rgb(0, 90, 156)">${elements[2]}</div>
      </div>`,
    );
    const canvasText = getComputedStyle(wrapper.querySelector('span')!).color;
    const chart = wrapper.querySelector('mwfa-trend-chart')!;
    await waitUntil(
      () => chart.shadowRoot!.querySelector('path.line'),
      'the chart is drawn',
      LOADS,
    );
    expect(getComputedStyle(chart.shadowRoot!.querySelector('path.line')!).stroke).to.equal(
      canvasText,
    );
  });

  it('draws a stat card’s sparkline in the system text colour, also where the page coloured its part', async () => {
    await emulateMedia({forcedColors: 'active'});
    const wrapper = await fixture(
      html`<div>
        <style>
          .brand mwfa-stat-card::part(sparkline) {
            color: rgb(255, 204, 0);
          }
        </style>
        <span style="color: CanvasText">system text colour</span>
        <div class="brand">
          <mwfa-stat-card indicator="international-migrants" sparkline></mwfa-stat-card>
        </div>
      </div>`,
    );
    const canvasText = getComputedStyle(wrapper.querySelector('span')!).color;
    const line = wrapper.querySelector('mwfa-stat-card')!.shadowRoot!.querySelector('polyline')!;
    expect(line, 'the sparkline').not.to.equal(null);
    expect(getComputedStyle(line).stroke).to.equal(canvasText);
  });

  it('draws the grid in system colours, also where the page set its own', async () => {
    await emulateMedia({forcedColors: 'active'});
    const wrapper = await fixture(
      html`<div>
        ${elements[2]}
        <div style="--mwfa-trend-chart-grid-color: rgb(244, 244, 244)">${elements[2]}</div>
      </div>`,
    );
    const grid = (el: Element) =>
      getComputedStyle(el.shadowRoot!.querySelector('.grid path')!).stroke;
    const charts = [...wrapper.querySelectorAll('mwfa-trend-chart')];
    // Drawn once its width is measured.
    await waitUntil(
      () => charts.every((chart) => chart.shadowRoot!.querySelector('.grid path')),
      'the charts are drawn',
      LOADS,
    );
    expect(grid(charts[1]!)).to.equal(grid(charts[0]!));
  });
});

describe('print', () => {
  it('prints black on white where the page coloured a card or a message for the screen', async () => {
    // A dark card: printed without its background, its white figure and light kind word came
    // out pale on the paper.
    const wrapper = await fixture(
      html`<div
        style="--mwfa-stat-card-background: #036; --mwfa-stat-card-value-color: #fff;
          --mwfa-key-message-background: #036; --mwfa-key-message-kind-color: #ffd24d"
      >
        ${elements[0]} ${elements[1]}
      </div>`,
    );
    const [card, message] = wrapper.children as unknown as [Element, Element];
    const style = (el: Element, part: string) =>
      getComputedStyle(el.shadowRoot!.querySelector(`[part="${part}"]`)!);
    await emulateMedia({media: 'print'});
    try {
      expect(style(card, 'value').color).to.equal('rgb(0, 0, 0)');
      expect(style(card, 'base').backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(style(message, 'kind').color).to.equal('rgb(0, 0, 0)');
      expect(style(message, 'base').backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });
});

describe('prefers-reduced-motion: reduce', () => {
  /** The chart's tooltip glides to the focused point; it must jump instead. Its longest glide. */
  async function tooltipDuration() {
    const el = await fixture(elements[2]!);
    const slider = el.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!;
    slider.focus();
    slider.dispatchEvent(new KeyboardEvent('keydown', {key: 'End', bubbles: true}));
    await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    const {transitionDuration} = getComputedStyle(el.shadowRoot!.querySelector('.tooltip')!);
    return Math.max(...transitionDuration.split(',').map(parseFloat));
  }

  it('the tooltip moves without animation', async () => {
    expect(await tooltipDuration()).to.be.above(0);
    await emulateMedia({reducedMotion: 'reduce'});
    expect(await tooltipDuration()).to.equal(0);
  });
});
