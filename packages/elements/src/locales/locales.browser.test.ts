// Languages besides English are locale modules a page adds: what a reader sees with and without
// them. French registers before the elements (a static import above theirs); Russian only in a
// test below, after elements already show it; Spanish never.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {warnings} from '../../test/browser.js';
import '@mwfa/elements/locales/fr.js';
import '@mwfa/elements';

const shadowText = (el: Element, selector: string) =>
  el.shadowRoot
    ?.querySelector(selector)
    ?.textContent?.replace(/[ \n\t]+/g, ' ')
    .trim() ?? '';

/** A stat card, a key message and a trend chart in `lang`, rendered. */
async function page(lang: string) {
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
  for (const el of [card, second, message, chart]) {
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
    expect(fr.card()).to.equal('environ 600 milliards\u00a0$US');
    expect(fr.source()).to.match(/^Source\u00a0: /);
    expect(fr.kind()).to.equal('Mise en garde');
    expect(fr.button()).to.equal('Afficher le tableau');
    expect(warnings).to.deep.equal([]);
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
    // Four elements in Spanish, one warning naming the first, the lang and the fix.
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

  it('renders again in the language once its module registers, after the elements rendered', async () => {
    const ru = await page('ru');
    expect(ru.card()).to.match(/^approximately 600 /);
    expect(warnings).to.have.length(1);
    await import('@mwfa/elements/locales/ru.js');
    await waitUntil(() => ru.card() === 'примерно 600 миллиардов\u00a0$', 'Russian words');
    expect(ru.source()).to.match(/^Источник: /);
    expect(ru.kind()).to.equal('Предупреждение');
    await waitUntil(() => ru.button() === 'Показать таблицу', 'Russian chart words');
    // And elements added afterwards speak Russian at once, without a warning.
    const later = await page('ru');
    expect(later.card()).to.equal('примерно 600 миллиардов\u00a0$');
    expect(warnings).to.have.length(1);
  });

  it('keeps right-to-left for Arabic without its words', async () => {
    const ar = await page('ar');
    expect(ar.dir()).to.equal('rtl');
    expect(ar.kind()).to.equal('Warning');
    expect(warnings).to.have.length(1);
  });
});
