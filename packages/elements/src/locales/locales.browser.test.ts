// Languages besides English are locale modules a page adds: what a reader sees with and without
// them. French registers before the elements (a static import above theirs); Russian only in a
// test below, after elements already show it; Spanish never.
import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {leftOf, warnings} from '../../test/browser.js';
import '@mwfa/elements/locales/fr.js';
import '@mwfa/elements';
import type {MwfaTrendChart} from '@mwfa/elements/trend-chart.js';

const shadowText = (el: Element, selector: string) =>
  el.shadowRoot
    ?.querySelector(selector)
    ?.textContent?.replace(/[ \n\t]+/g, ' ')
    .trim() ?? '';

/**
 * A stat card, a key message and a trend chart in `lang`, rendered; the chart drawn too unless
 * `drawn` is false (it waits for its width, which a loaded machine may take a second to give).
 */
async function page(lang: string, drawn = true) {
  const host = await fixture<HTMLElement>(
    // A fixed width: a scrollbar that comes as fixtures pile up must not resize the chart.
    html`<div lang=${lang} style="width: 600px">
      <mwfa-stat-card indicator="remittances"></mwfa-stat-card>
      <mwfa-stat-card indicator="migrants-in-forced-labour"></mwfa-stat-card>
      <mwfa-key-message message="xenophobic-narratives"></mwfa-key-message>
      <mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart>
    </div>`,
  );
  const [card, second, message, chart] = [...host.children] as HTMLElement[];
  for (const el of drawn ? [card, second, message, chart] : [card, second, message]) {
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
  }
  return {
    card: () => shadowText(card!, '[part="value"]'),
    source: () => shadowText(card!, '[part="source"]'),
    kind: () => shadowText(message!, '[part="kind"]'),
    button: () => shadowText(chart!, '[aria-controls="table"]'),
    dir: () => card!.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir'),
  };
}

describe('a locale module loaded before the elements', () => {
  it('gives every element its words from the first render, without a warning', async () => {
    const fr = await page('fr');
    expect(fr.card()).to.equal('environ 600 milliards de dollars');
    expect(fr.source()).to.match(/^Source\u00a0: /);
    expect(fr.kind()).to.equal('Mise en garde');
    expect(fr.button()).to.equal('Afficher le tableau');
    expect(warnings).to.deep.equal([]);
  });
});

describe('a lang that is no language code', () => {
  it('shows English, and warns once that the lang is a name, not a code', async () => {
    const named = await page('Français');
    expect(named.card()).to.equal('approximately $600 billion');
    expect(named.kind()).to.equal('Warning');
    expect(warnings.map((w) => String(w[0]))).to.deep.equal([
      '<mwfa-stat-card>: lang="Français" is not a language code (fr, ar, zh-Hans…): shown in English.',
    ]);
  });
});

describe('a language whose locale module is not loaded', () => {
  it('shows English words around numbers in the page’s language, and warns once', async () => {
    const es = await page('es');
    // Intl still writes the Spanish number; the words around it are English.
    expect(es.card()).to.equal('approximately 600 mil millones\u00a0US$');
    expect(es.source()).to.match(/^Source: /);
    expect(es.kind()).to.equal('Warning');
    expect(es.button()).to.equal('Show table');
    // Four elements in Spanish, one warning naming the first, the lang and the fix: a second
    // after they rendered, time an app that set lang has to import the words.
    await waitUntil(() => warnings.length > 0, 'a warning', {timeout: 3000});
    expect(warnings).to.have.length(1);
    const [message] = warnings[0] as [string];
    expect(message).to.contain('<mwfa-stat-card>: lang="es"');
    expect(message).to.contain('Spanish words are not loaded');
    expect(message).to.contain('dist/cdn/locales/es.js');
    expect(message).to.contain("import '@mwfa/elements/locales/es.js'");
    // More elements in the same language later on: no second warning.
    await fixture(html`<mwfa-value lang="es-MX" indicator="remittances"></mwfa-value>`);
    expect(warnings).to.have.length(1);
  });

  // As an app does that sets lang, then imports the words: no warning that they are not loaded.
  it('renders again in the language once its module registers, after the elements rendered', async () => {
    // Imported at once: the elements warn about a module that has not come a second after them.
    const ru = await page('ru', false);
    expect(ru.card()).to.match(/^approximately 600 /);
    await import('@mwfa/elements/locales/ru.js');
    await waitUntil(() => ru.card() === 'примерно 600 миллиардов долл.\u00a0США', 'Russian words');
    expect(ru.source()).to.match(/^Источник: /);
    expect(ru.kind()).to.equal('Предупреждение');
    await waitUntil(() => ru.button() === 'Показать таблицу', 'Russian chart words');
    // And elements added afterwards speak Russian at once.
    const later = await page('ru');
    expect(later.card()).to.equal('примерно 600 миллиардов долл.\u00a0США');
    await aTimeout(1100);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps right-to-left for Arabic without its words', async () => {
    const ar = await page('ar');
    expect(ar.dir()).to.equal('rtl');
    // Intl's "US$" after the number, written left to right: "S" then "$", not "$US".
    const card = document.querySelector('[lang="ar"] mwfa-stat-card')!;
    expect(ar.card()).to.contain('US$');
    expect(leftOf(card, '$')).to.be.greaterThan(leftOf(card, 'S'));
    expect(ar.kind()).to.equal('Warning');
    await waitUntil(() => warnings.length > 0, 'a warning', {timeout: 3000});
    expect(warnings).to.have.length(1);
  });
});

/**
 * The text of `node` (in a shadow root) as a screen reader voices it, each run of one language
 * as `lang{text}`: the language is the nearest `lang`, inside the shadow root or above the host.
 * Parts hidden from screen readers are left out.
 */
function voiced(node: Element): string {
  const host = (node.getRootNode() as ShadowRoot).host;
  const runs: [string, string][] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement!;
    const words = text.textContent!.replace(/\s+/g, ' ');
    if (parent.closest('[aria-hidden="true"]')) continue;
    const lang = (parent.closest('[lang]') ?? host.closest('[lang]'))!.getAttribute('lang')!;
    const last = runs[runs.length - 1];
    // Spaces between elements belong to no language: they join the run before them.
    if (last && (last[0] === lang || !words.trim())) last[1] += words;
    else if (words.trim()) runs.push([lang, words]);
  }
  return runs.map(([lang, words]) => `${lang}{${words.replace(/ +/g, ' ').trim()}}`).join(' ');
}

/** The shadow roots of the elements in `template` (a wrapper around them), once rendered. */
async function renderedRoots(template: ReturnType<typeof html>): Promise<ShadowRoot[]> {
  const host = await fixture<HTMLElement>(template);
  const elements = [...host.children] as (HTMLElement & {updateComplete: Promise<unknown>})[];
  for (const el of elements) await el.updateComplete;
  return elements.map((el) => el.shadowRoot!);
}

/** Every element, as a page in `lang` pastes them, rendered. */
async function allElements(lang: string) {
  const [card, message, chart, value] = await renderedRoots(
    html`<div lang=${lang} style="width: 600px">
      <mwfa-stat-card indicator="remittances"></mwfa-stat-card>
      <mwfa-key-message message="overwhelming-evidence"></mwfa-key-message>
      <mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart>
      <mwfa-value indicator="migrant-deaths-2017"></mwfa-value>
    </div>`,
  );
  return {card: card!, message: message!, chart: chart!, value: value!};
}

describe('English words on a page in another language', () => {
  it('are marked English for screen readers; the numbers keep the page’s language', async () => {
    const {card, message, chart} = await allElements('de');
    expect(voiced(card.querySelector('[part="source"]')!)).to.match(
      /^en\{Source: United Nations, Background Note 1/,
    );
    expect(voiced(message.querySelector('[part="kind"]')!)).to.equal('en{Finding}');
    expect(message.querySelector('.heading')!.getAttribute('lang')).to.equal('en');
    expect(voiced(chart.querySelector('.actions')!)).to.equal(
      'en{Show table Download CSV Download SVG}',
    );
    expect(voiced(chart.querySelector('.source')!)).to.match(/^en\{Source: United Nations, /);
    chart.querySelector<HTMLButtonElement>('[aria-controls="table"]')!.click();
    await (chart.host as MwfaTrendChart).updateComplete;
    expect(voiced(chart.querySelector('thead')!)).to.equal('en{Year Value (persons)}');
    // Numbers formatted for the page are not marked English.
    expect(voiced(card.querySelector('figcaption')!)).to.match(/^de\{[^}]*600 Milliarden \$\}/);
    expect(voiced(chart.querySelector('tbody')!)).to.match(/^de\{1990 152\.542\.373 /);
    expect(warnings).to.deep.equal([]);
  });

  it('are marked in a chart’s legend and notes, and in every element’s fallback', async () => {
    const [chart, missing, unlabelled, value] = await renderedRoots(
      html`<div lang="de" style="width: 600px">
        <mwfa-trend-chart series="global-remittance-inflows" y-axis="data"></mwfa-trend-chart>
        <mwfa-stat-card indicator="no-such-indicator"></mwfa-stat-card>
        <mwfa-stat-card value="12"></mwfa-stat-card>
        <mwfa-value indicator="no-such-indicator"></mwfa-value>
      </div>`,
    );
    expect(voiced(chart!.querySelector('.legend')!)).to.equal('en{Observed Projection: 2017}');
    expect(voiced(chart!.querySelector('.notes li')!)).to.equal(
      'en{The vertical axis does not start at zero.}',
    );
    expect(voiced(missing!.querySelector('figcaption')!)).to.equal('en{Figure not available}');
    expect(voiced(unlabelled!.querySelector('figcaption')!)).to.equal('de{12} en{No label given}');
    expect(voiced(value!.querySelector('[part="base"]')!)).to.equal('en{Figure not available}');
  });

  it('are marked in a UN language whose module is not loaded too (Spanish)', async () => {
    const {message, chart} = await allElements('es');
    expect(voiced(message.querySelector('[part="kind"]')!)).to.equal('en{Finding}');
    expect(voiced(chart.querySelector('.actions')!)).to.equal(
      'en{Show table Download CSV Download SVG}',
    );
  });

  for (const [lang, words] of [
    ['en-GB', /approximately|some|times|two-thirds|more than|Source|Finding|rose from|Show table/],
    ['fr', /environ|quelque|fois|deux tiers|plus de|Source|Constat|en hausse|Afficher/],
  ] as const) {
    it(`are not marked where the words are the page’s language (${lang})`, async () => {
      const {card, message, chart, value} = await allElements(lang);
      // Only the report's own English is marked: titles, labels, quotes, citations.
      for (const root of [card, message, chart, value]) {
        const marked = [...root.querySelectorAll('[lang]')].map((el) => el.textContent).join('|');
        expect(marked).not.to.match(words);
      }
    });
  }
});
