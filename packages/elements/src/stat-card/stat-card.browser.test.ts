import {aTimeout, expect, fixture, html, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {indicators} from '@mwfa/data/indicators';
import {
  LOADS,
  charBox,
  expectAccessible,
  languagesOf,
  linesOf,
  readAloud,
  renderedElement,
  textExtent,
  textLeft,
  warnings,
} from '../../test/browser.js';
import '@mwfa/elements/stat-card.js';
import '@mwfa/elements/value.js';
import '@mwfa/elements/locales/all.js';
import type {MwfaStatCard} from '@mwfa/elements/stat-card.js';

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
// Collapses the template's line breaks, not the no-break spaces Intl writes.
const text = (el: Element, name: string) =>
  part(el, name)
    ?.textContent?.replace(/[ \n\t]+/g, ' ')
    .trim();
/** What a screen reader reads for the headline: one phrase. */
const phrase = (el: Element) =>
  el
    .shadowRoot!.querySelector('.visually-hidden')!
    .textContent!.replace(/[ \n\t]+/g, ' ')
    .trim();

/** The card's own label where it is drawn (a slotted label replaces it). */
const drawnLabel = (el: Element) => part(el, 'label')!.innerText.trim();

const card = (template: ReturnType<typeof html>) =>
  renderedElement<MwfaStatCard>(template, 'mwfa-stat-card');

describe('<mwfa-stat-card>', () => {
  describe('defaults', () => {
    it('shows the figure, label, period and source of an indicator', async () => {
      const el = await card(
        html`<mwfa-stat-card indicator="international-migrants"></mwfa-stat-card>`,
      );
      expect(text(el, 'value')).to.equal('258 million');
      expect(text(el, 'label')).to.equal('international migrants worldwide');
      // The note gives no year ("There are 258 million"): 2017 is the report's, and says so.
      expect(text(el, 'period')).to.equal('2017 (year of the report)');
      // Ended by a full stop, as a chart's source line and the factsheet's sources are.
      expect(text(el, 'source')).to.equal(
        'Source: United Nations, Background Note 1: Making Migration Work for All — an urgent call for international cooperation on migration, summarizing report A/72/643 of 12 December 2017.',
      );
      // The background note has no address of its own: the citation is text, not a link.
      expect(part(el, 'source')!.querySelector('a')).to.equal(null);
      expect(part(el, 'comparison')?.localName).to.equal(undefined);
      expect(part(el, 'sparkline')?.localName).to.equal(undefined);
      expect(warnings).to.deep.equal([]);
      await expectAccessible(el);
    });

    it('reads the figure and its label as one phrase', async () => {
      const el = await card(
        html`<mwfa-stat-card indicator="migrant-deaths-since-2014"></mwfa-stat-card>`,
      );
      expect(phrase(el)).to.equal(
        'over 20,000 migrants and refugees died while looking for safety and dignity abroad',
      );
      expect(part(el, 'value')!.closest('[aria-hidden="true"]')).not.to.equal(null);
      expect(text(el, 'period')).to.equal('2014–2017');
    });

    it('marks its “(year of the report)” English on a page in a language without its words', async () => {
      const el = await card(
        html`<div lang="de">
          <mwfa-stat-card indicator="international-migrants"></mwfa-stat-card>
        </div>`,
      );
      expect(text(el, 'period')).to.equal('2017 (year of the report)');
      expect(languagesOf(el, 'year of the report')).to.deep.equal(['en']);
      // Its years are the page's, written by Intl in its language: "2014年～2017年".
      expect(languagesOf(el, '2017', 'period')).to.deep.equal(['de']);
      const ja = await card(
        html`<div lang="ja">
          <mwfa-stat-card indicator="migrant-deaths-since-2014"></mwfa-stat-card>
        </div>`,
      );
      expect(text(ja, 'period')).to.equal('2014年～2017年');
      expect(languagesOf(ja, '2014年', 'period')).to.deep.equal(['ja']);
      // In a language with its words, they are the page's.
      const fr = await card(
        html`<div lang="fr">
          <mwfa-stat-card indicator="international-migrants"></mwfa-stat-card>
        </div>`,
      );
      expect(languagesOf(fr, 'année du rapport')).to.deep.equal(['fr']);
    });

    it('says when the period is the year of the report, not one the note gives', async () => {
      const periods = {
        // "there are nearly 6 million migrants trapped in forced labour today"
        'migrants-in-forced-labour': '2017 (year of the report)',
        // "two-thirds are in work": the ILO figure behind it is of 2013
        'migrant-women-in-work': '2017 (year of the report)',
        // "48% more than in 2000": the note names the start (in the label), not the end
        'migrant-growth-since-2000': '2017 (year of the report)',
        // "Approximately $600 billion was sent in remittances in 2017"
        remittances: '2017',
        'migrant-deaths-2017': '2017',
      };
      for (const [id, expected] of Object.entries(periods)) {
        const el = await card(html`<mwfa-stat-card indicator=${id}></mwfa-stat-card>`);
        expect(text(el, 'period'), id).to.equal(expected);
      }
      expect(warnings).to.deep.equal([]);
    });

    it('words the report’s qualifiers and expressions', async () => {
      const figures = {
        remittances: 'approximately $600 billion',
        'migrants-in-forced-labour': 'nearly 6 million',
        'earnings-spent-in-host-countries': 'some 85%',
        'migrant-deaths-2017': 'more than 5,000',
        'remittances-to-oda-ratio': '3 times',
        'women-in-work-worldwide': 'half',
      };
      for (const [id, expected] of Object.entries(figures)) {
        const el = await card(html`<mwfa-stat-card indicator=${id}></mwfa-stat-card>`);
        expect(text(el, 'value'), id).to.equal(expected);
      }
    });

    it('shows the comparison the report makes, in the report’s words in English', async () => {
      const el = await card(
        html`<mwfa-stat-card indicator="migrant-women-in-work"></mwfa-stat-card>`,
      );
      expect(text(el, 'value')).to.equal('two-thirds');
      expect(text(el, 'comparison')).to.equal('as opposed to half of women worldwide');
      await expectAccessible(el);
    });
  });

  describe('locale and direction', () => {
    it('follows the lang of an ancestor: French words and numbers', async () => {
      const el = await card(
        html`<div lang="fr">
          <mwfa-stat-card indicator="migrant-women-in-work"></mwfa-stat-card>
        </div>`,
      );
      expect(text(el, 'value')).to.equal('deux tiers');
      expect(text(el, 'period')).to.equal('2017 (année du rapport)');
      // The other figure keeps what it counts, in the report's words, as the label does.
      expect(text(el, 'comparison')).to.equal('as opposed to half of women worldwide');
      expect(part(el, 'comparison')!.querySelector('[lang="en"]')).not.to.equal(null);
      expect(text(el, 'source')).to.match(/^Source\u00a0: United Nations/);
      // The report's own text stays English, and says so.
      expect(part(el, 'label')!.lang).to.equal('en');
    });

    it('renders again when an ancestor’s lang changes', async () => {
      const el = await card(
        html`<div lang="en">
          <mwfa-stat-card indicator="migrants-in-forced-labour"></mwfa-stat-card>
        </div>`,
      );
      expect(text(el, 'value')).to.equal('nearly 6 million');
      el.parentElement!.setAttribute('lang', 'es');
      await waitUntil(() => text(el, 'value') === 'casi 6 millones', 'Spanish after lang change');
    });

    it('its own lang wins: Russian, Chinese', async () => {
      const ru = await card(
        html`<mwfa-stat-card lang="ru" indicator="remittances"></mwfa-stat-card>`,
      );
      expect(text(ru, 'value')).to.equal('примерно 600 миллиардов долл.\u00a0США');
      expect(text(ru, 'source')).to.match(/^Источник:/);
      const zh = await card(
        html`<mwfa-stat-card lang="zh" indicator="international-migrants"></mwfa-stat-card>`,
      );
      expect(text(zh, 'value')).to.equal('2.58亿');
      expect(text(zh, 'period')).to.equal('2017年（报告年份）');
      expect(text(zh, 'source')).to.match(/^来源：United Nations,/);
    });

    it('a page in Traditional Chinese gets numbers in the script of the words', async () => {
      const el = await card(
        html`<mwfa-stat-card lang="zh-HK" indicator="remittances"></mwfa-stat-card>`,
      );
      expect(text(el, 'value')).to.equal('约6000亿美元');
    });

    it('lays out right-to-left in Arabic (dir inherited)', async () => {
      const el = await card(
        html`<div lang="ar" dir="rtl">
          <mwfa-stat-card indicator="migrants-in-forced-labour"></mwfa-stat-card>
        </div>`,
      );
      expect(text(el, 'value')).to.equal('قرابة 6 ملايين');
      expect(text(el, 'period')).to.equal('2017 (سنة التقرير)');
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      // Text starts at the right edge (the text's own extent: the part's box spans the card).
      const base = part(el, 'base')!.getBoundingClientRect();
      expect(base.right - textExtent(part(el, 'value')!).right).to.be.lessThan(base.width / 4);
      await expectAccessible(el);
    });

    it('keeps English words in order on a right-to-left page without their language (Hebrew)', async () => {
      // Languages outside the six get English words; on a right-to-left page they are drawn left
      // to right, "Source:" with its colon after it, and "2017 (year of the report)" as written.
      const el = await card(
        html`<div lang="he" dir="rtl" style="width: 360px">
          <mwfa-stat-card indicator="migrants-in-forced-labour"></mwfa-stat-card>
        </div>`,
      );
      // Left edge of each of `texts` in the part as drawn: the first of each (the citation has
      // colons of its own).
      const lefts = (name: string, ...texts: string[]) =>
        texts.map((text) => textLeft(part(el, name)!, text));
      const [source, colon, citation] = lefts('source', 'Source', ':', 'United Nations');
      expect(colon).to.be.above(source!);
      expect(citation).to.be.above(colon!);
      const [year, words] = lefts('period', '2017', '(year of the report)');
      expect(words).to.be.above(year!);
      // Still a right-to-left card: its lines end at the right edge.
      const base = part(el, 'base')!.getBoundingClientRect();
      expect(base.right - textExtent(part(el, 'period')!).right).to.be.lessThan(40);
      await expectAccessible(el);
    });

    it('keeps an English or French figure in order on an Arabic page', async () => {
      // The figure's words were drawn right to left: "billion $600 approximately", "environ
      // milliards 600 de dollars", and the French source line "… : Source".
      const el = await card(
        html`<div lang="ar" dir="rtl" style="width: 600px">
          <mwfa-stat-card lang="en" indicator="remittances"></mwfa-stat-card>
          <mwfa-stat-card lang="fr" indicator="remittances"></mwfa-stat-card>
        </div>`,
      );
      const french = el.nextElementSibling as MwfaStatCard;
      await french.updateComplete;
      const inOrder = (host: Element, name: string, ...texts: string[]) => {
        const lefts = texts.map((text) => textLeft(part(host, name)!, text));
        expect(lefts, texts.join(' … ')).to.deep.equal([...lefts].sort((a, b) => a - b));
      };
      inOrder(el, 'value', 'approximately', '$600', 'billion');
      inOrder(french, 'value', 'environ', '600', 'milliards', 'dollars');
      inOrder(french, 'source', 'Source', ':', 'United Nations');
      // Still right-to-left cards: their lines end at the right edge.
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      await expectAccessible(el.parentElement!);
    });

    it('keeps "Source:" before a page’s own citation, in each direction', async () => {
      // On an Arabic page a Spanish card read "Ministerio, 2017Fuente:"; on a left-to-right
      // page an Arabic card must still read "المصدر:" first, at the right.
      const el = await card(
        html`<div lang="ar" dir="rtl" style="width: 600px">
          <mwfa-stat-card lang="es" value="20000" label="Casos" source="Ministerio, 2017">
          </mwfa-stat-card>
          <div lang="en" dir="ltr">
            <mwfa-stat-card lang="ar" value="20000" label="حالات" source="وزارة الداخلية، 2017">
            </mwfa-stat-card>
          </div>
        </div>`,
      );
      const arabic = el.nextElementSibling!.querySelector<MwfaStatCard>('mwfa-stat-card')!;
      await arabic.updateComplete;
      const spanish = part(el, 'source')!;
      expect(textLeft(spanish, 'Fuente')).to.be.below(textLeft(spanish, 'Ministerio'));
      const source = part(arabic, 'source')!;
      expect(textLeft(source, 'المصدر')).to.be.above(textLeft(source, 'وزارة'));
    });

    it('keeps a space between "Source:" and a Hebrew page’s own citation', async () => {
      // The space after "Source:" was inside its left-to-right span: "…משרד הפניםSource:".
      const el = await card(
        html`<div lang="he" dir="rtl" style="width: 600px">
          <mwfa-stat-card value="20000" label="מקרים" source="משרד הפנים, 2017"></mwfa-stat-card>
        </div>`,
      );
      const line = part(el, 'source')!;
      const citation = charBox(line, line.textContent!.indexOf('משרד'));
      expect(textLeft(line, 'Source') - citation.right).to.be.above(2);
    });

    it('is right-to-left for lang="ar" even when the page sets no dir', async () => {
      const el = await card(
        html`<mwfa-stat-card lang="ar" indicator="remittances"></mwfa-stat-card>`,
      );
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    });
  });

  /**
   * The words of the cards' figures in `column` that break across lines, and the numbers split
   * from the word after them ("près de 6 / millions").
   */
  async function splitWords(
    column: HTMLElement,
    words = /\p{Nd}[\s\u00a0]+[^\s\u00a0\u202f]+|[^\s\u00a0\u202f]+/gu,
  ): Promise<string[]> {
    const cards = [...column.querySelectorAll<MwfaStatCard>('mwfa-stat-card')];
    await Promise.all(cards.map((el) => el.updateComplete));
    const split: string[] = [];
    for (const el of cards) {
      const walker = document.createTreeWalker(part(el, 'value')!, NodeFilter.SHOW_TEXT);
      for (
        let node = walker.nextNode() as Text | null;
        node;
        node = walker.nextNode() as Text | null
      ) {
        // Intl separates a number from its unit word with a no-break space in some locales.
        for (const word of node.data.matchAll(words)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          if (linesOf(range) > 1) split.push(word[0]);
        }
      }
    }
    return split;
  }

  /** The number of a figure ("1,234,567", "$600") and the word after it, each on its own. */
  const numberAndWordAfter =
    /[^\s\u00a0\u202f]*\p{Nd}[^\s\u00a0\u202f]*|(?<=\p{Nd}[ \u00a0])[^\s\u00a0\u202f]+/gu;

  // Two cards side by side on a phone: a column as wide as its longest word, as a grid gives it
  // (its number: "١٬٢٣٤٬٥٦٧"), not a number cut in two.
  describe('in a grid of two columns on a 360px phone', () => {
    before(() => setViewport({width: 360, height: 640}));
    after(() => setViewport({width: 800, height: 600}));

    for (const [lang, font] of [
      ['fr', 'DejaVu Sans'],
      ['ar-EG', 'sans-serif'],
    ] as const) {
      it(`keeps each number and the word after it whole in ${lang}`, async () => {
        const grid = await fixture<HTMLElement>(
          html`<div
            lang=${lang}
            dir=${lang.startsWith('ar') ? 'rtl' : 'ltr'}
            style="display: grid; grid-template-columns: repeat(2, 1fr); gap: 8px; font-family: ${font}"
          >
            <mwfa-stat-card value="1234567" qualifier="over" label="people"></mwfa-stat-card>
            ${indicators.map(({id}) => html`<mwfa-stat-card indicator=${id}></mwfa-stat-card>`)}
          </div>`,
        );
        expect(await splitWords(grid, numberAndWordAfter)).to.deep.equal([]);
      });
    }
  });

  // A phone's column is narrower than the 20–24em a 2.25em figure's longest word needs
  // ("aproximadamente", "приблизительно"): the figure is smaller there, not broken mid-word.
  describe('on a 320px phone', () => {
    before(() => setViewport({width: 320, height: 640}));
    after(() => setViewport({width: 800, height: 600}));

    for (const lang of ['en', 'es', 'fr', 'ru', 'ar', 'zh']) {
      it(`keeps every word of every figure on one line in ${lang}`, async () => {
        // The page's 8px margins and 8px more of its own, as a theme's content column has.
        const column = await fixture<HTMLElement>(
          html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="margin-inline: 8px">
            ${indicators.map(({id}) => html`<mwfa-stat-card indicator=${id}></mwfa-stat-card>`)}
          </div>`,
        );
        expect(await splitWords(column)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth).to.equal(320);
      });
    }
  });

  // WCAG 1.4.4: on a phone the figure is sized by the width, but it still grows with a reader's
  // larger text and stays larger than its label.
  describe('on a 320px phone with 200% text', () => {
    before(() => setViewport({width: 320, height: 640}));
    after(() => setViewport({width: 800, height: 600}));

    // The number and the word after it are wider than the card there ("600 миллиардов"): the
    // line breaks between them, not inside either. (A qualifier wider than the card,
    // "приблизительно", is broken: the card cannot be wider than the phone.)
    for (const lang of ['en', 'es', 'fr', 'ru', 'ar', 'zh']) {
      it(`keeps the number and the word after it whole in ${lang}`, async () => {
        const column = await fixture<HTMLElement>(
          html`<div
            lang=${lang}
            dir=${lang === 'ar' ? 'rtl' : 'ltr'}
            style="margin-inline: 8px; font-size: 32px"
          >
            ${indicators.map(({id}) => html`<mwfa-stat-card indicator=${id}></mwfa-stat-card>`)}
          </div>`,
        );
        expect(await splitWords(column, numberAndWordAfter)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth).to.equal(320);
      });
    }

    it('grows the figure with the text, larger than its label', async () => {
      const sizes = async (fontSize: string) => {
        const el = await card(
          html`<div style="font-size: ${fontSize}">
            <mwfa-stat-card indicator="international-migrants"></mwfa-stat-card>
          </div>`,
        );
        const size = (name: string) => parseFloat(getComputedStyle(part(el, name)!).fontSize);
        return {value: size('value'), label: size('label')};
      };
      const normal = await sizes('16px');
      const large = await sizes('32px');
      expect(large.value).to.be.greaterThan(1.5 * normal.value);
      expect(large.value).to.be.greaterThan(large.label);
    });
  });

  // The README's advice for narrow columns: a card that is its own size container sizes its
  // figure by its own width, which keeps the longest qualifier whole in a wide typeface too.
  describe('as its own size container, 288px wide, in DejaVu Sans', () => {
    for (const lang of ['en', 'es', 'fr', 'ru', 'ar', 'zh']) {
      it(`keeps every word of every figure on one line in ${lang}`, async () => {
        const column = await fixture<HTMLElement>(
          html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} class="column">
            <style>
              .column {
                width: 288px;
                font-family: 'DejaVu Sans', sans-serif;
              }
              .column mwfa-stat-card {
                container-type: inline-size;
              }
            </style>
            ${indicators.map(({id}) => html`<mwfa-stat-card indicator=${id}></mwfa-stat-card>`)}
          </div>`,
        );
        expect(await splitWords(column)).to.deep.equal([]);
      });
    }
  });

  describe('a figure the page supplies', () => {
    it('uses value, label, unit, qualifier, period and source', async () => {
      const el = await card(
        html`<mwfa-stat-card
          value="1500000"
          label="people reached"
          unit="persons"
          qualifier="over"
          period="2018–2019"
          source="Our own count"
        ></mwfa-stat-card>`,
      );
      expect(text(el, 'value')).to.equal('over 1.5 million');
      expect(text(el, 'label')).to.equal('people reached');
      expect(part(el, 'label')!.hasAttribute('lang')).to.equal(false);
      expect(text(el, 'period')).to.equal('2018–2019');
      expect(text(el, 'source')).to.equal('Source: Our own count');
      expect(warnings).to.deep.equal([]);
      await expectAccessible(el);
    });

    it('leaves the page’s own citation in the page’s language, and marks “Source:” English', async () => {
      // German has no locale module: the card's own words are English, the citation is not.
      const el = await card(
        html`<div lang="de">
          <mwfa-stat-card
            value="1500000"
            label="erreichte Menschen"
            source="Eigene Zählung"
          ></mwfa-stat-card>
        </div>`,
      );
      const line = part(el, 'source')!;
      const citation = [...line.childNodes].find((node) => node.textContent!.includes('Eigene'))!;
      // The language a screen reader reads it in: the nearest lang, in the card or around it.
      const lang = (citation.parentElement!.closest('[lang]') ??
        el.closest('[lang]'))!.getAttribute('lang');
      expect(lang).to.equal('de');
      // The card's own English word before it is marked so, for an English voice.
      const word = [...line.querySelectorAll('[lang]')].find((node) =>
        node.textContent!.includes('Source'),
      );
      expect(word?.getAttribute('lang')).to.equal('en');
    });

    it('looks a source id up in @mwfa/data', async () => {
      const el = await card(
        html`<mwfa-stat-card
          value="48"
          unit="percent"
          label="of migrants are women"
          source="un-desa-migrant-stock-2017"
        ></mwfa-stat-card>`,
      );
      expect(text(el, 'value')).to.equal('48%');
      expect(text(el, 'source')).to.contain('Trends in International Migrant Stock');
      const link = part(el, 'source')!.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(
        'https://www.un.org/en/development/desa/population/migration/data/estimates2/estimates17.asp',
      );
    });

    it('reads a source id in a word processor’s quotes, and warns of a misspelt one', async () => {
      const quoted = await card(
        html`<mwfa-stat-card
          value="48"
          unit="percent"
          label="of migrants are women"
          source="”un-desa-migrant-stock-2017”"
        ></mwfa-stat-card>`,
      );
      expect(text(quoted, 'source')).to.contain('Trends in International Migrant Stock');
      // A citation of the page's own, shaped like an id but near none of them: no warning.
      const own = await card(
        html`<mwfa-stat-card value="12" label="projects" source="in-house"></mwfa-stat-card>`,
      );
      expect(text(own, 'source')).to.equal('Source: in-house');
      expect(warnings).to.deep.equal([]);
      const misspelt = await card(
        html`<mwfa-stat-card
          value="12"
          label="projects"
          source="un-desa-migrant-stock-2071"
        ></mwfa-stat-card>`,
      );
      expect(text(misspelt, 'source')).to.equal('Source: un-desa-migrant-stock-2071');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('did you mean "un-desa-migrant-stock-2017"');
    });

    // A CMS author writes the currency as it is written: shown as persons, the dollars would be
    // misstated ("approximately 600 billion").
    it('reads unit and qualifier in any case, as HTML reads its own keywords', async () => {
      const el = await card(
        html`<mwfa-stat-card
          value="600000000000"
          unit="USD"
          qualifier="Approximately"
          label="sent home"
        ></mwfa-stat-card>`,
      );
      expect(text(el, 'value')).to.equal('approximately $600 billion');
      expect(warnings).to.deep.equal([]);
    });

    it('reads an indicator id without the spaces a paste leaves around it', async () => {
      const el = await card(html`<mwfa-stat-card indicator=" remittances "></mwfa-stat-card>`);
      expect(text(el, 'value')).to.equal('approximately $600 billion');
      expect(warnings).to.deep.equal([]);
    });

    it('reads an indicator id without the curly quotes a word processor writes around it', async () => {
      // Pasted from a word processor: indicator=”remittances” gives the attribute "”remittances”".
      const el = await card(html`<mwfa-stat-card indicator="”remittances”"></mwfa-stat-card>`);
      expect(text(el, 'value')).to.equal('approximately $600 billion');
      const other = await card(html`<mwfa-stat-card indicator="“remittances”"></mwfa-stat-card>`);
      expect(text(other, 'value')).to.equal('approximately $600 billion');
      expect(warnings).to.deep.equal([]);
    });

    it('shows every digit the page gives, never rounding one away', async () => {
      const el = await card(
        html`<mwfa-stat-card value="12.3456" unit="percent" label="of staff"></mwfa-stat-card>`,
      );
      expect(text(el, 'value')).to.equal('12.3456%');
    });

    it('lets label override the indicator’s own words', async () => {
      const el = await card(
        html`<mwfa-stat-card
          indicator="international-migrants"
          label="people live outside their country of birth"
        ></mwfa-stat-card>`,
      );
      expect(text(el, 'label')).to.equal('people live outside their country of birth');
    });
  });

  describe('attributes', () => {
    it('compact reflects and makes the figure smaller', async () => {
      const big = await card(html`<mwfa-stat-card indicator="remittances"></mwfa-stat-card>`);
      const small = await card(
        html`<mwfa-stat-card compact indicator="remittances"></mwfa-stat-card>`,
      );
      const size = (el: Element) => parseFloat(getComputedStyle(part(el, 'value')!).fontSize);
      expect(size(small)).to.be.lessThan(size(big));
      small.compact = false;
      await small.updateComplete;
      expect(small.hasAttribute('compact')).to.equal(false);
    });

    // Under the README's recipe (each card a size container) a full card's figure shrank to
    // 1.25em in a narrow column, and a compact one beside it stayed at 1.5em: the larger figure
    // on the smaller card, "approximatel|y" broken in a wide typeface.
    it('compact: the figure is never larger than a full card’s in the same column', async () => {
      const row = await fixture<HTMLElement>(html`
        <div style="display: grid; grid-template-columns: 216px 216px">
          <style>
            mwfa-stat-card {
              container-type: inline-size;
            }
          </style>
          <mwfa-stat-card indicator="remittances"></mwfa-stat-card>
          <mwfa-stat-card compact indicator="remittances"></mwfa-stat-card>
        </div>
      `);
      const [full, compact] = [...row.querySelectorAll('mwfa-stat-card')];
      await Promise.all([full!.updateComplete, compact!.updateComplete]);
      const size = (el: Element) => parseFloat(getComputedStyle(part(el, 'value')!).fontSize);
      expect(size(full!)).to.equal(20); // 1.25em of 16px: 8% of 216px is less
      expect(size(compact!)).to.be.at.most(size(full!));
    });

    it('sparkline draws the related series, hidden from assistive technology', async () => {
      const el = await card(
        html`<mwfa-stat-card sparkline indicator="international-migrants"></mwfa-stat-card>`,
      );
      const svg = part(el, 'sparkline')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      await waitUntil(() => svg.querySelector('polyline[points]'), 'the series loads', LOADS);
      const points = svg.querySelector('polyline')!.getAttribute('points')!.split(' ');
      expect(points.length).to.be.greaterThan(2);
      // Reserved before the series arrives, so nothing moves: 2rem high.
      expect(svg.getBoundingClientRect().height).to.equal(32);
      await expectAccessible(el);
    });

    it('sparkline is drawn in the accent colour, or in the colour its part is given', async () => {
      const el = await card(
        html`<div>
          <style>
            .brand::part(sparkline) {
              color: rgb(200, 0, 0);
            }
          </style>
          <mwfa-stat-card
            sparkline
            indicator="international-migrants"
            style="--mwfa-color-accent: rgb(0, 0, 200)"
          ></mwfa-stat-card>
          <mwfa-stat-card
            class="brand"
            sparkline
            indicator="international-migrants"
          ></mwfa-stat-card>
        </div>`,
      );
      const [plain, brand] = [...el.parentElement!.querySelectorAll('mwfa-stat-card')];
      const stroke = async (card: Element) => {
        await waitUntil(
          () => part(card, 'sparkline')?.querySelector('polyline'),
          'the line',
          LOADS,
        );
        return getComputedStyle(part(card, 'sparkline')!.querySelector('polyline')!).stroke;
      };
      expect(await stroke(plain!)).to.equal('rgb(0, 0, 200)');
      expect(await stroke(brand!)).to.equal('rgb(200, 0, 0)');
    });

    it('sparkline draws nothing for an indicator without a series', async () => {
      const el = await card(
        html`<mwfa-stat-card sparkline indicator="remittances-to-oda-ratio"></mwfa-stat-card>`,
      );
      expect(part(el, 'sparkline')?.localName).to.equal(undefined);
    });

    it('theme="dark" and --mwfa-color-scheme force the dark scheme', async () => {
      const light = await card(
        html`<mwfa-stat-card theme="light" indicator="remittances"></mwfa-stat-card>`,
      );
      const dark = await card(
        html`<mwfa-stat-card theme="dark" indicator="remittances"></mwfa-stat-card>`,
      );
      const inherited = await card(
        html`<div style="--mwfa-color-scheme: dark">
          <mwfa-stat-card indicator="remittances"></mwfa-stat-card>
        </div>`,
      );
      const background = (el: Element) => getComputedStyle(part(el, 'base')!).backgroundColor;
      expect(background(light)).to.equal('rgb(255, 255, 255)');
      expect(background(dark)).to.equal('rgb(22, 27, 34)');
      expect(background(inherited)).to.equal('rgb(22, 27, 34)');
      await expectAccessible(dark);
    });

    it('theme set as a property (el.theme = "dark") forces the scheme, as the attribute does', async () => {
      const el = await card(html`<mwfa-stat-card indicator="remittances"></mwfa-stat-card>`);
      const background = () => getComputedStyle(part(el, 'base')!).backgroundColor;
      expect(background()).to.equal('rgb(255, 255, 255)');
      el.theme = 'dark';
      await el.updateComplete;
      expect(background()).to.equal('rgb(22, 27, 34)');
      expect(el.getAttribute('theme')).to.equal('dark');
      el.theme = null;
      await el.updateComplete;
      expect(el.hasAttribute('theme')).to.equal(false);
      expect(background()).to.equal('rgb(255, 255, 255)');
    });

    it('public custom properties restyle the figure', async () => {
      const el = await card(
        html`<mwfa-stat-card
          style="--mwfa-stat-card-value-color: rgb(1, 2, 3)"
          indicator="remittances"
        ></mwfa-stat-card>`,
      );
      expect(getComputedStyle(part(el, 'value')!).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('in a row of cards', () => {
    // A prerendered page arrives in pieces: the source line, pinned to the foot of the card the
    // row stretched, moved 161px down when the taller card beside it came in (a layout shift the
    // factsheet's test caught in CI).
    it('keeps its source line where it was drawn when a taller card joins the row', async () => {
      const row = await fixture<HTMLDivElement>(
        html`<div style="display: grid; grid-template-columns: repeat(2, 20rem); gap: 1rem">
          <mwfa-stat-card indicator="remittances"></mwfa-stat-card>
        </div>`,
      );
      const first = row.querySelector('mwfa-stat-card')!;
      await first.updateComplete;
      const top = () => part(first, 'source')!.getBoundingClientRect().top;
      const before = top();
      const taller = document.createElement('mwfa-stat-card');
      taller.setAttribute('indicator', 'remittances-to-oda-ratio');
      const footnote = document.createElement('span');
      footnote.slot = 'footnote';
      footnote.textContent = 'A long footnote. '.repeat(20);
      taller.append(footnote);
      row.append(taller);
      await taller.updateComplete;
      // The row did grow: the cards share its height.
      expect(first.getBoundingClientRect().height).to.equal(taller.getBoundingClientRect().height);
      expect(top()).to.equal(before);
    });
  });

  describe('slots and parts', () => {
    it('the label slot replaces the label and is read with the figure', async () => {
      const el = await card(
        html`<mwfa-stat-card indicator="international-migrants"
          ><span slot="label">people on the move</span></mwfa-stat-card
        >`,
      );
      expect(phrase(el)).to.equal('258 million people on the move');
      const slot = part(el, 'label')!.querySelector('slot')!;
      expect(slot.assignedNodes()[0]!.textContent).to.equal('people on the move');
      await expectAccessible(el);
    });

    // WordPress turns a line break in a label into <br>; textContent joined "sent" and "home".
    it('a label with a line break or hidden text is read as shown', async () => {
      const el = await card(
        html`<mwfa-stat-card indicator="remittances"
          ><span slot="label"
            >Money sent<br />home<span hidden>draft</span
            ><style>
              .x {
                color: red;
              }
            </style></span
          ></mwfa-stat-card
        >`,
      );
      expect(phrase(el)).to.equal('approximately $600 billion Money sent home');
    });

    // Read from its text, the label lost an image's alt: "sent home by migrants".
    it('a label with an image is read with its alt text', async () => {
      const el = await card(
        html`<mwfa-stat-card indicator="remittances"
          ><span slot="label"
            >sent home by migrants <img alt="and their families" src="data:," /></span
        ></mwfa-stat-card>`,
      );
      expect(phrase(el)).to.equal(
        'approximately $600 billion sent home by migrants and their families',
      );
    });

    it('a label edited in place, as frameworks do, is read as it now reads', async () => {
      const el = await card(
        html`<mwfa-stat-card indicator="remittances"
          ><span slot="label">sent home</span></mwfa-stat-card
        >`,
      );
      const label = el.querySelector('[slot="label"]')!;
      label.textContent = 'sent home by migrants';
      await waitUntil(() => phrase(el) === 'approximately $600 billion sent home by migrants');
      const link = document.createElement('a');
      link.href = '#ifad';
      link.textContent = 'IFAD';
      label.append(' (', link, ')');
      // A link out of screen readers' sight but reachable by Tab would be a trap.
      await waitUntil(() => readAloud(el).join(' ').includes('IFAD'));
      await expectAccessible(el);
    });

    // React re-sorting a keyed list edits the text, then moves the card: the move threw the
    // edit's notice away, and screen readers heard the old label with the figure.
    it('a label edited just before the card moves, or while it is out of the page, is read as it now reads', async () => {
      const el = await card(
        html`<div>
          <mwfa-stat-card indicator="remittances"
            ><span slot="label">sent home</span></mwfa-stat-card
          >
          <p></p>
        </div>`,
      );
      const list = el.parentElement!;
      (el.querySelector('[slot="label"]')!.firstChild as Text).data = 'sent home by migrants';
      list.append(el);
      await waitUntil(() => phrase(el) === 'approximately $600 billion sent home by migrants');
      el.remove();
      (el.querySelector('[slot="label"]')!.firstChild as Text).data = 'sent home by families';
      list.prepend(el);
      await waitUntil(() => phrase(el) === 'approximately $600 billion sent home by families');
    });

    it('a part of the label hidden or shown from screen readers is read as it now is', async () => {
      const el = await card(
        html`<mwfa-stat-card indicator="remittances"
          ><span slot="label"
            >sent home <span aria-hidden="true">(see note)</span></span
          ></mwfa-stat-card
        >`,
      );
      expect(phrase(el)).to.equal('approximately $600 billion sent home');
      el.querySelector('[aria-hidden]')!.removeAttribute('aria-hidden');
      await waitUntil(() => phrase(el) === 'approximately $600 billion sent home (see note)');
    });

    // A page fading the card in sets its style on every frame: nothing of its children changed.
    it('does not render again when the page restyles the card itself', async () => {
      const el = await card(html`<mwfa-stat-card indicator="remittances"></mwfa-stat-card>`);
      let renders = 0;
      const render = el.render.bind(el);
      el.render = () => {
        renders += 1;
        return render();
      };
      for (const opacity of [0.2, 0.5, 1]) el.style.opacity = String(opacity);
      el.hidden = true;
      el.hidden = false;
      await aTimeout(0);
      await el.updateComplete;
      expect(renders).to.equal(0);
    });

    it('a link in the label slot stays reachable, and the figure is read once', async () => {
      for (const template of [
        html`<mwfa-stat-card indicator="remittances"
          ><span slot="label">sent home, as <a href="#ifad">IFAD</a> reports</span></mwfa-stat-card
        >`,
        html`<mwfa-stat-card indicator="remittances"
          ><a slot="label" href="#ifad">sent home, as IFAD reports</a></mwfa-stat-card
        >`,
        // Anything else a reader can focus or open: it was in the hidden copy, a trap too.
        html`<mwfa-stat-card indicator="remittances"
          ><span slot="label"
            >sent home, as
            <abbr tabindex="0" title="International Fund for Agricultural Development">IFAD</abbr>
            reports</span
          ></mwfa-stat-card
        >`,
        html`<mwfa-stat-card indicator="remittances"
          ><span slot="label"
            >sent home
            <details>
              <summary>IFAD</summary>
              as reported
            </details></span
          ></mwfa-stat-card
        >`,
      ]) {
        const el = await card(template);
        // A link hidden from screen readers but focusable is a trap (axe: aria-hidden-focus).
        await expectAccessible(el);
        const read = readAloud(el).join(' ');
        expect(read).to.contain('IFAD');
        expect(read.split('approximately $600 billion').length - 1).to.equal(1);
      }
    });

    it('an inline value in the label slot is read as shown, not as a missing label', async () => {
      const el = await card(
        html`<mwfa-stat-card value="12" unit="percent"
          ><mwfa-value slot="label" indicator="remittances"></mwfa-value
        ></mwfa-stat-card>`,
      );
      const read = readAloud(el).join(' ');
      expect(read).to.match(/^12% approximately \$ ?600 billion$/);
      expect(drawnLabel(el)).to.equal('');
      expect(warnings).to.deep.equal([]);
      await expectAccessible(el);
    });

    it('the footnote slot shows under the source, hidden when empty', async () => {
      const empty = await card(html`<mwfa-stat-card indicator="remittances"></mwfa-stat-card>`);
      expect(part(empty, 'footnote')!.hidden).to.equal(true);
      const el = await card(
        html`<mwfa-stat-card indicator="remittances"
          ><p slot="footnote">Figures for 2017.</p></mwfa-stat-card
        >`,
      );
      expect(part(el, 'footnote')!.hidden).to.equal(false);
      expect(part(el, 'footnote')!.getBoundingClientRect().height).to.be.greaterThan(0);
      // Given later, by a script or a framework, it shows too.
      const note = document.createElement('p');
      note.slot = 'footnote';
      note.textContent = 'Added later.';
      empty.append(note);
      await waitUntil(() => !part(empty, 'footnote')!.hidden);
    });

    it('is no taller with a paragraph in a slot than with a span, whatever margins the page gives paragraphs', async () => {
      // Bootstrap's 1rem below a <p> (the browser's 1em around it) opened gaps inside the card.
      const cards = await fixture(
        html`<div class="page-margins">
          <style>
            .page-margins p {
              margin: 16px 0;
            }
          </style>
          <mwfa-stat-card indicator="remittances"
            ><span slot="label">Our label</span
            ><span slot="footnote">Our note.</span></mwfa-stat-card
          >
          <mwfa-stat-card indicator="remittances"
            ><p slot="label">Our label</p>
            <p slot="footnote">Our note.</p></mwfa-stat-card
          >
        </div>`,
      );
      const [spans, paragraphs] = [...cards.querySelectorAll<MwfaStatCard>('mwfa-stat-card')];
      await Promise.all([spans!.updateComplete, paragraphs!.updateComplete]);
      const top = (el: MwfaStatCard, name: string) =>
        part(el, name)!.getBoundingClientRect().top - el.getBoundingClientRect().top;
      expect(top(paragraphs!, 'period')).to.be.closeTo(top(spans!, 'period'), 0.5);
      expect(paragraphs!.getBoundingClientRect().height).to.be.closeTo(
        spans!.getBoundingClientRect().height,
        0.5,
      );
    });

    it('exposes base, value, label, period, comparison, source, footnote', async () => {
      const el = await card(
        html`<mwfa-stat-card sparkline indicator="migrant-women-in-work"></mwfa-stat-card>`,
      );
      for (const name of ['base', 'value', 'label', 'period', 'comparison', 'source', 'footnote']) {
        expect(part(el, name), name).not.to.equal(null);
      }
      expect(part(el, 'base')!.localName).to.equal('figure');
    });
  });

  describe('bad input', () => {
    it('a misspelt attribute: one warning naming the attribute meant', async () => {
      // "20,000" without "over", and no word of why.
      const el = await card(
        html`<mwfa-stat-card value="20000" qualifer="over" label="deaths"></mwfa-stat-card>`,
      );
      expect(text(el, 'value')).to.equal('20,000');
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '<mwfa-stat-card>: qualifer="over" is not an attribute; did you mean qualifier?',
      ]);
      // What pages and frameworks add, and attributes far from ours, are not warned about.
      warnings.length = 0;
      await card(
        html`<mwfa-stat-card
          indicator="remittances"
          id="card"
          class="wp-block"
          role="group"
          part="card"
          itemprop="value"
          loading="lazy"
          x-data=""
          :unit="unit"
          data-unit="usd"
          aria-label="Remittances"
        ></mwfa-stat-card>`,
      );
      expect(warnings).to.deep.equal([]);
    });

    // Short names are misspelt too: "unti" shows 5 persons where the page meant 5%.
    it('a misspelt four-letter attribute: one warning naming the attribute meant', async () => {
      await card(
        html`<mwfa-stat-card value="5" unti="percent" label="of the city"></mwfa-stat-card>`,
      );
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '<mwfa-stat-card>: unti="percent" is not an attribute; did you mean unit?',
      ]);
    });

    it('an unknown id: a visible fallback and one warning with close matches', async () => {
      const el = await card(
        html`<mwfa-stat-card indicator="internatinal-migrants"></mwfa-stat-card>`,
      );
      expect(text(el, 'value')).to.equal('Figure not available');
      expect(warnings.length).to.equal(1);
      const message = String(warnings[0]![0]);
      expect(message).to.contain('<mwfa-stat-card>');
      expect(message).to.contain('indicator="internatinal-migrants"');
      expect(message).to.contain('did you mean "international-migrants"');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.length).to.equal(1);
      await expectAccessible(el);
    });

    // React 19, Vue and Svelte set properties: `value={20000}` in JSX is a number, not text.
    it('numbers set as properties are read as their text, as attributes are', async () => {
      const el = await card(html`<mwfa-stat-card indicator="remittances"></mwfa-stat-card>`);
      Object.assign(el, {indicator: null, value: 20000, label: 5, period: 2017});
      await el.updateComplete;
      expect(text(el, 'value')).to.equal('20,000');
      expect(text(el, 'label')).to.equal('5');
      expect(text(el, 'period')).to.equal('2017');
      Object.assign(el, {indicator: 42, value: null});
      await el.updateComplete;
      expect(text(el, 'value')).to.equal('Figure not available');
      expect(warnings.map((w) => String(w[0]).split(' is')[0])).to.deep.equal([
        '<mwfa-stat-card>: indicator="42"',
      ]);
    });

    // An exception from the page's object blanked the card and reached the page uncaught.
    it('a property whose text cannot be read (its toString throws): left out, with one warning', async () => {
      const el = await card(html`<mwfa-stat-card indicator="remittances"></mwfa-stat-card>`);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      addEventListener('error', onError);
      try {
        el.label = {
          toString(): string {
            throw new Error('boom');
          },
        } as unknown as string;
        await el.updateComplete;
      } finally {
        removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
      expect(text(el, 'value')).to.equal('approximately $600 billion');
      expect(text(el, 'label')).to.equal('sent home by migrants in remittances');
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '<mwfa-stat-card>: label="{…}" cannot be read as text (its toString throws); left out.',
      ]);
    });

    // HTML has no self-closing custom elements: the heading and paragraph end up in the card.
    it('content that no slot shows (after a self-closing tag): one warning naming the end tag', async () => {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      // Parsed as HTML, as a page is: the "/>" does not close the element.
      page.append(
        document
          .createRange()
          .createContextualFragment(
            '<mwfa-stat-card indicator="remittances" /><h2>Next</h2><p>Text</p></mwfa-stat-card>',
          ),
      );
      const el = page.querySelector('mwfa-stat-card')!;
      await el.updateComplete;
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '<mwfa-stat-card>: content="<h2>" is not shown: end the element with </mwfa-stat-card> ("<mwfa-stat-card … />" does not close it, and takes in what follows).',
      ]);
    });

    // Escaped markup written inside the card: it was closed, yet the warning said it was not.
    it('text written inside the card: one warning that says the card shows none', async () => {
      await card(
        html`<mwfa-stat-card indicator="remittances"
          >&lt;script&gt;alert(1)&lt;/script&gt;</mwfa-stat-card
        >`,
      );
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '<mwfa-stat-card>: content="<script>alert(1)</script>" is not shown: <mwfa-stat-card> shows no text written inside it; if the text follows the element, end the element with </mwfa-stat-card> ("<mwfa-stat-card … />" does not close it).',
      ]);
    });

    it('a child for a slot the card does not have: one warning naming the slot', async () => {
      const el = await card(
        html`<mwfa-stat-card indicator="remittances"
          ><span slot="source">Our own count</span></mwfa-stat-card
        >`,
      );
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '<mwfa-stat-card>: content="<span>" is not shown: <mwfa-stat-card> has no slot="source".',
      ]);
      expect(part(el, 'label')!.textContent).to.contain('remittances');
    });

    it('a label in a <p> a CMS wrapped it in: one warning, the data’s label shown', async () => {
      const el = await card(
        html`<mwfa-stat-card indicator="remittances"
          ><p><span slot="label">Money sent home</span></p></mwfa-stat-card
        >`,
      );
      expect(text(el, 'label')).to.equal('sent home by migrants in remittances');
      expect(warnings.map((w) => String(w[0]).split(' is')[0])).to.deep.equal([
        '<mwfa-stat-card>: content="<p>"',
      ]);
    });

    it('a value, unit, period or source beside an indicator: the indicator’s own, and a warning each', async () => {
      const el = await card(
        html`<mwfa-stat-card
          indicator="remittances"
          value="5"
          unit="percent"
          period="2020"
          source="My office"
        ></mwfa-stat-card>`,
      );
      expect(text(el, 'value')).to.equal('approximately $600 billion');
      expect(text(el, 'period')).to.equal('2017');
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '<mwfa-stat-card>: value="5" is not used: the indicator gives its own.',
        '<mwfa-stat-card>: unit="percent" is not used: the indicator gives its own.',
        '<mwfa-stat-card>: period="2020" is not used: the indicator gives its own.',
        '<mwfa-stat-card>: source="My office" is not used: the indicator gives its own.',
      ]);
    });

    it('a value that is not a number: a fallback and one warning', async () => {
      const el = await card(html`<mwfa-stat-card value="lots" label="migrants"></mwfa-stat-card>`);
      expect(text(el, 'value')).to.equal('Figure not available');
      expect(text(el, 'label')).to.equal('migrants');
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.contain('<mwfa-stat-card>: value="lots"');
      await expectAccessible(el);
    });

    it('markup in a period or source beside an indicator: one warning each, that it is not used', async () => {
      const el = await card(
        html`<mwfa-stat-card
          indicator="remittances"
          period=${'<b>2020</b>'}
          source=${'<i>My office</i>'}
        ></mwfa-stat-card>`,
      );
      expect(text(el, 'period')).to.equal('2017');
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '<mwfa-stat-card>: period="<b>2020</b>" is not used: the indicator gives its own.',
        '<mwfa-stat-card>: source="<i>My office</i>" is not used: the indicator gives its own.',
      ]);
    });

    it('no label, then an empty one: one warning, not the same one twice', async () => {
      const el = await card(html`<mwfa-stat-card value="20000"></mwfa-stat-card>`);
      el.setAttribute('label', '');
      await el.updateComplete;
      expect(text(el, 'label')).to.equal('No label given');
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '<mwfa-stat-card>: label is missing: say what the figure counts.',
      ]);
    });

    it('a missing label: the figure, a visible note and one warning', async () => {
      const el = await card(html`<mwfa-stat-card value="20000"></mwfa-stat-card>`);
      expect(text(el, 'value')).to.equal('20,000');
      expect(text(el, 'label')).to.equal('No label given');
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.match(/^<mwfa-stat-card>: label is missing/);
      await expectAccessible(el);
    });

    it('a label, period or source of spaces only counts as not given', async () => {
      const el = await card(
        html`<mwfa-stat-card value="20000" label="  " period=" " source=" "></mwfa-stat-card>`,
      );
      expect(text(el, 'label')).to.equal('No label given');
      expect(phrase(el)).to.equal('20,000 No label given');
      // No empty period line, no "Source:" followed by nothing.
      expect(part(el, 'period')?.localName).to.equal(undefined);
      expect(part(el, 'source')?.localName).to.equal(undefined);
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.match(/^<mwfa-stat-card>: label=" {2}" is missing/);
      const named = await card(
        html`<mwfa-stat-card indicator="remittances" label=" "></mwfa-stat-card>`,
      );
      expect(text(named, 'label')).to.equal('sent home by migrants in remittances');
      await expectAccessible(el);
    });

    it('an empty element in the label slot counts as no label', async () => {
      // A CMS template's empty field: <span slot="label">{{ label }}</span>.
      const el = await card(
        html`<mwfa-stat-card value="20000"><span slot="label"> </span></mwfa-stat-card>`,
      );
      expect(drawnLabel(el)).to.equal('No label given');
      expect(phrase(el)).to.equal('20,000 No label given');
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.match(/^<mwfa-stat-card>: label is missing/);
      const named = await card(
        html`<mwfa-stat-card indicator="remittances"><span slot="label"></span></mwfa-stat-card>`,
      );
      expect(drawnLabel(named)).to.equal('sent home by migrants in remittances');
      await expectAccessible(el);
    });

    it('markup in an attribute is shown as text, never run, with one warning', async () => {
      const markup = '<img src=x onerror="window.__mwfaInjected = true">';
      const el = await card(html`<mwfa-stat-card value="20000" label=${markup}></mwfa-stat-card>`);
      expect(text(el, 'label')).to.equal(markup);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as {__mwfaInjected?: boolean}).__mwfaInjected).to.equal(undefined);
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.contain('label="<img');
      await expectAccessible(el);
    });

    // Shown without them, "about 20,000" read as exactly 20,000.
    it('a bad unit and a bad qualifier: each warned about once, no figure shown', async () => {
      const el = await card(
        html`<mwfa-stat-card
          value="20000"
          label="migrants"
          unit="people"
          qualifier="about"
        ></mwfa-stat-card>`,
      );
      expect(text(el, 'value')).to.equal('Figure not available');
      expect(warnings.map((w) => String(w[0]).split(' ')[1])).to.deep.equal([
        'unit="people"',
        'qualifier="about"',
      ]);
      // With a space after it, as a CMS field may leave: dollars, not persons.
      const spaced = await card(
        html`<mwfa-stat-card
          value="600000000000"
          label="sent home"
          unit="usd "
          qualifier=" approximately"
        ></mwfa-stat-card>`,
      );
      expect(text(spaced, 'value')).to.equal('approximately $600 billion');
    });

    // HTML ends an unquoted value at its first space; a word processor's quotes are no quotes.
    it('a value in curly quotes, cut at its first space: one warning naming it', async () => {
      // prettier-ignore
      const el = await card(
        html`<mwfa-stat-card value="20000" label=“sent home by migrants” source="‘Tis our count"></mwfa-stat-card>`,
      );
      expect(text(el, 'label')).to.equal('“sent');
      // Not the source: a whole value that starts with an apostrophe.
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        '<mwfa-stat-card>: label="“sent" is cut at its first space: put it in straight quotes ("…").',
      ]);
      // A qualifier cut so is no qualifier: the fallback, and the one warning that says why.
      // prettier-ignore
      const qualified = await card(
        html`<mwfa-stat-card value="5000" label="migrants" qualifier=“more than”></mwfa-stat-card>`,
      );
      expect(text(qualified, 'value')).to.equal('Figure not available');
      expect(warnings.map((w) => String(w[0])).slice(1)).to.deep.equal([
        '<mwfa-stat-card>: qualifier="“more" is cut at its first space: put it in straight quotes ("…").',
      ]);
      // A possessive's curly apostrophe in the first word: cut all the same.
      // prettier-ignore
      const possessive = await card(
        html`<mwfa-stat-card value="5" label=“Migrants’ remittances”></mwfa-stat-card>`,
      );
      expect(text(possessive, 'label')).to.equal('“Migrants’');
      expect(warnings.map((w) => String(w[0])).slice(2)).to.deep.equal([
        '<mwfa-stat-card>: label="“Migrants’" is cut at its first space: put it in straight quotes ("…").',
      ]);
      // Curly quotes around one word cut nothing.
      const whole = await card(
        html`<mwfa-stat-card value="20000" label="“migrants”"></mwfa-stat-card>`,
      );
      expect(text(whole, 'label')).to.equal('“migrants”');
      expect(warnings.length).to.equal(3);
    });

    it('a theme in capitals works; one that is not light or dark: one warning, the page’s scheme', async () => {
      const upper = await card(
        html`<mwfa-stat-card theme="Dark" indicator="remittances"></mwfa-stat-card>`,
      );
      expect(getComputedStyle(part(upper, 'base')!).backgroundColor).to.equal('rgb(22, 27, 34)');
      expect(warnings).to.deep.equal([]);
      const bad = await card(
        html`<mwfa-stat-card theme="purple" indicator="remittances"></mwfa-stat-card>`,
      );
      expect(getComputedStyle(part(bad, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.equal(
        '<mwfa-stat-card>: theme="purple" is not light or dark.',
      );
      bad.requestUpdate();
      await bad.updateComplete;
      expect(warnings.length).to.equal(1);
    });

    it('a theme that is not light or dark, set as a property (el.theme = …): one warning', async () => {
      const el = await card(html`<mwfa-stat-card indicator="remittances"></mwfa-stat-card>`);
      expect(warnings).to.deep.equal([]);
      (el as unknown as {theme: string}).theme = 'purple';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('purple');
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(warnings.map((args) => String(args[0]))).to.deep.equal([
        '<mwfa-stat-card>: theme="purple" is not light or dark.',
      ]);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.length).to.equal(1);
    });

    it('nothing set: a fallback and one warning', async () => {
      const el = await card(html`<mwfa-stat-card></mwfa-stat-card>`);
      expect(text(el, 'value')).to.equal('Figure not available');
      expect(warnings.length).to.equal(1);
    });
  });

  describe('registration', () => {
    // Another URL for the registering file: the browser runs it again, and it asks to register
    // the tag again (with the same class, its imports being cached), which define() must skip. Two
    // different copies of the library are tested in test/pages.test.ts.
    it('running the registering module again does not throw', async () => {
      await import(
        /* @vite-ignore */ `${new URL('../../dist/stat-card.js', import.meta.url).href}?copy=2`
      );
    });
  });
});
