import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {render} from 'lit';
import {
  expectAccessible,
  leftOf,
  linesOf,
  rangeFrom,
  renderedElement,
  textLeft,
  warnings,
} from '../../test/browser.js';
import '@mwfa/elements/value.js';
import '@mwfa/elements/stat-card.js';
import '@mwfa/elements/locales/ar.js';
import '@mwfa/elements/locales/ru.js';
import '@mwfa/elements/locales/zh.js';
import type {MwfaValue} from '@mwfa/elements/value.js';

/**
 * What the element shows: its shadow text, or the slot's (assigned or default) text. No-break
 * spaces read as spaces: the figure's own keep its number and unit together.
 */
function shown(el: Element): string {
  const base = el.shadowRoot!.querySelector('[part="base"]')!;
  const slot = base.querySelector('slot');
  if (!slot) return base.textContent!.replace(/\u00a0/g, ' ').trim();
  if (!slot.assignedNodes().length) return slot.textContent!.trim();
  return slot
    .assignedNodes()
    .map((node) => node.textContent)
    .join('')
    .trim();
}

const value = (template: ReturnType<typeof html>) =>
  renderedElement<MwfaValue>(template, 'mwfa-value');

describe('<mwfa-value>', () => {
  it('shows an indicator’s figure inline, as the stat card formats it', async () => {
    const host = await fixture(
      html`<p>
        Approximately <mwfa-value indicator="remittances">$600 billion</mwfa-value> was sent.
        <mwfa-stat-card indicator="remittances"></mwfa-stat-card>
      </p>`,
    );
    const el = host.querySelector('mwfa-value')!;
    const cardEl = host.querySelector('mwfa-stat-card')!;
    await el.updateComplete;
    await cardEl.updateComplete;
    expect(shown(el)).to.equal('approximately $600 billion');
    expect(cardEl.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal(
      'approximately $600 billion',
    );
    expect(getComputedStyle(el).display).to.equal('inline');
    await expectAccessible(host);
    expect(warnings).to.deep.equal([]);
  });

  it('formats in the language of the page, and follows changes', async () => {
    const el = await value(
      html`<p lang="ru"><mwfa-value indicator="migrant-deaths-since-2014"></mwfa-value></p>`,
    );
    expect(shown(el)).to.equal('более чем 20 000');
    el.parentElement!.lang = 'zh';
    await waitUntil(() => shown(el) === '超过20,000');
    el.parentElement!.lang = 'ar';
    el.parentElement!.dir = 'rtl';
    await waitUntil(() => shown(el) === 'ما يزيد على 20,000');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expectAccessible(el.parentElement!);
  });

  it('keeps an English figure in order in an English sentence on an Arabic page', async () => {
    // Set right to left with the page, it read "million 258".
    const el = await value(
      html`<div lang="ar" dir="rtl">
        <p lang="en">There are <mwfa-value indicator="international-migrants"></mwfa-value>.</p>
      </div>`,
    );
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(textLeft(base, '258')).to.be.below(textLeft(base, 'million'));
  });

  it('follows lang and dir changed inside the shadow roots it is in (an app shell)', async () => {
    // An app's shell component, with the page's content in its own shadow root, twice nested.
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const outer = host.attachShadow({mode: 'open'});
    render(html`<main lang="ru"><div></div></main>`, outer);
    const inner = outer.querySelector('div')!.attachShadow({mode: 'open'});
    render(
      html`<p lang="ru"><mwfa-value indicator="migrant-deaths-since-2014"></mwfa-value></p>`,
      inner,
    );
    const el = inner.querySelector<MwfaValue>('mwfa-value')!;
    await el.updateComplete;
    expect(shown(el)).to.equal('более чем 20 000');
    inner.querySelector('p')!.lang = 'zh';
    await waitUntil(() => shown(el) === '超过20,000', 'the inner shadow root’s lang');
    inner.querySelector('p')!.removeAttribute('lang');
    const main = outer.querySelector('main')!;
    const dir = () => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir');
    main.lang = 'ar';
    await waitUntil(() => shown(el) === 'ما يزيد على 20,000', 'the outer shadow root’s lang');
    expect(dir()).to.equal('rtl');
    // An Arabic figure follows the page's direction (an English one is always left to right).
    main.dir = 'ltr';
    await waitUntil(() => dir() === 'ltr', 'the outer shadow root’s dir');
  });

  it('follows the dir of a shadow root its component was moved into', async () => {
    // Another element keeps the shared observer alive, as on a real page.
    const page = await fixture<HTMLElement>(
      html`<div>
        <mwfa-value indicator="remittances"></mwfa-value>
        <div id="shell"></div>
        <div id="panel"></div>
      </div>`,
    );
    const shell = page.querySelector('#shell')!.attachShadow({mode: 'open'});
    render(html`<main></main>`, shell);
    const panel = page.querySelector<HTMLElement>('#panel')!;
    // In Hebrew: its figure follows the page's direction, an English one would not.
    render(
      html`<mwfa-value lang="he" indicator="migrant-deaths-since-2014"></mwfa-value>`,
      panel.attachShadow({mode: 'open'}),
    );
    const el = panel.shadowRoot!.querySelector<MwfaValue>('mwfa-value')!;
    await el.updateComplete;
    // The app moves the panel into its shell, then sets the shell's direction.
    shell.querySelector('main')!.append(panel);
    shell.querySelector('main')!.dir = 'rtl';
    const dir = () => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir');
    await waitUntil(() => dir() === 'rtl', 'the dir of the shadow root it was moved into');
  });

  it('follows a dir the page sets on its own, after the lang', async () => {
    // Hebrew has no words of its own here, so no direction of its own: the page's dir gives it.
    const el = await value(
      html`<p lang="he"><mwfa-value indicator="migrant-deaths-since-2014"></mwfa-value></p>`,
    );
    const dir = () => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir');
    expect(dir()).to.equal('ltr');
    el.parentElement!.dir = 'rtl';
    await waitUntil(() => dir() === 'rtl', 'the page’s new dir');
    el.parentElement!.dir = 'ltr';
    await waitUntil(() => dir() === 'ltr', 'the page’s dir set back');
  });

  it('takes a figure the page supplies: value, unit, qualifier', async () => {
    const el = await value(
      html`<mwfa-value value="3.4" unit="percent" qualifier="nearly"></mwfa-value>`,
    );
    expect(shown(el)).to.equal('nearly 3.4%');
    el.unit = 'usd';
    el.value = '2500000';
    await el.updateComplete;
    expect(shown(el)).to.equal('nearly $2.5 million');
  });

  it('reads unit and qualifier in any case, as HTML reads its own keywords', async () => {
    const el = await value(
      html`<mwfa-value value="3.4" unit="Percent" qualifier="NEARLY"></mwfa-value>`,
    );
    expect(shown(el)).to.equal('nearly 3.4%');
    expect(warnings).to.deep.equal([]);
  });

  it('reflects indicator and exposes the base part', async () => {
    const el = await value(html`<mwfa-value indicator="international-migrants"></mwfa-value>`);
    el.indicator = 'migrants-in-forced-labour';
    await el.updateComplete;
    expect(el.getAttribute('indicator')).to.equal('migrants-in-forced-labour');
    expect(shown(el)).to.equal('nearly 6 million');
  });

  it('the --mwfa-value-color property colours the figure', async () => {
    const el = await value(
      html`<mwfa-value
        style="--mwfa-value-color: rgb(1, 2, 3)"
        indicator="remittances"
      ></mwfa-value>`,
    );
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).color).to.equal('rgb(1, 2, 3)');
  });

  describe('bad input', () => {
    it('an unknown id shows the page’s fallback text and warns once with close matches', async () => {
      const el = await value(
        html`<mwfa-value indicator="remitances">about $600 billion</mwfa-value>`,
      );
      expect(shown(el)).to.equal('about $600 billion');
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.equal(
        '<mwfa-value>: indicator="remitances" is not an indicator in @mwfa/data; did you mean "remittances"?',
      );
      await expectAccessible(el);
    });

    it('without fallback text it says the figure is not available', async () => {
      const el = await value(html`<mwfa-value value="20,000"></mwfa-value>`);
      expect(shown(el)).to.equal('Figure not available');
      expect(warnings.length).to.equal(1);
      expect(String(warnings[0]![0])).to.contain('<mwfa-value>: value="20,000" is not a number');
    });

    it('on a page that writes decimals with a comma, shows no figure for "1.500", which may be 1,500', async () => {
      // It read 1.5: "Unos 1,5 migrantes" on a Spanish page that meant fifteen hundred.
      const el = await value(html`<mwfa-value lang="es" value="1.500"></mwfa-value>`);
      expect(shown(el)).to.equal('Figure not available');
      expect(warnings.map((w) => String(w[0]))).to.include(
        '<mwfa-value>: value="1.500" may be 1.5 or 1500: write 1500 (or 1.5).',
      );
      const card = await fixture(
        html`<mwfa-stat-card lang="fr" value="20.000" label="Migrants"></mwfa-stat-card>`,
      );
      await (card as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      expect(card.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim()).to.equal(
        'Figure not available',
      );
    });

    it('markup in the fallback text stays text', async () => {
      const el = await value(html`<mwfa-value indicator="nope">&lt;b&gt;x&lt;/b&gt;</mwfa-value>`);
      expect(shown(el)).to.equal('<b>x</b>');
      expect(el.querySelector('b')).to.equal(null);
    });
  });

  describe('in the running text of an Arabic, Chinese or Russian page', () => {
    it('Arabic: dollars in words after the number, drawn to its left, inline and on a card', async () => {
      const host = await fixture(
        html`<div lang="ar" dir="rtl">
          <p>تبلغ التحويلات المالية <mwfa-value indicator="remittances"></mwfa-value> سنويًا.</p>
          <mwfa-stat-card indicator="remittances"></mwfa-stat-card>
        </div>`,
      );
      const inline = host.querySelector('mwfa-value')!;
      const card = host.querySelector('mwfa-stat-card')!;
      await inline.updateComplete;
      await card.updateComplete;
      for (const el of [inline, card]) {
        const figure = el.shadowRoot!.querySelector('[part="base"]')!.textContent!;
        expect(figure.replace(/\u00a0/g, ' ')).to.contain('600 مليار دولار');
        expect(figure).not.to.contain('$');
        // Read right to left: the number, then "مليار", then "دولار" at the left.
        expect(leftOf(el, 'د')).to.be.lessThan(leftOf(el, 'م'));
        expect(leftOf(el, 'م')).to.be.lessThan(leftOf(el, '6'));
      }
    });

    it('never breaks a line between a number and its unit, nor inside a Chinese figure', async () => {
      const cases = [
        html`<p lang="ru">
          В мире насчитывается
          <mwfa-value indicator="international-migrants"></mwfa-value> мигрантов; переводы
          составляют <mwfa-value indicator="remittances"></mwfa-value> в год.
        </p>`,
        html`<p lang="ar" dir="rtl">
          يبلغ عدد المهاجرين <mwfa-value indicator="international-migrants"></mwfa-value> في العالم،
          وتبلغ التحويلات <mwfa-value indicator="remittances"></mwfa-value> سنويًا.
        </p>`,
        html`<p lang="zh">
          全世界有<mwfa-value indicator="international-migrants"></mwfa-value
          >国际移民，侨汇总额达<mwfa-value indicator="remittances"></mwfa-value
          >，是官方发展援助的<mwfa-value indicator="remittances-to-oda-ratio"></mwfa-value>。
        </p>`,
      ];
      const split: string[] = [];
      for (const template of cases) {
        const host = await fixture<HTMLElement>(template);
        const values = [...host.querySelectorAll('mwfa-value')];
        await Promise.all(values.map((el) => el.updateComplete));
        // Chinese: the whole figure ("约US$6000亿"); else from the number to its unit's end.
        const from = (el: Element) => {
          const text = el.shadowRoot!.querySelector('[part="base"]')!.textContent!;
          return host.lang === 'zh' ? 0 : text.search(/\d/);
        };
        // Only a figure wider than the line may break: measured on one line first.
        host.style.width = '2000px';
        const widths = values.map((el) => rangeFrom(el, from(el)).getBoundingClientRect().width);
        // Every width of a phone column, and narrower: the breaks fall everywhere in turn.
        for (let width = 80; width <= 360; width += 2) {
          host.style.width = `${width}px`;
          for (const [i, el] of values.entries()) {
            if (widths[i]! < width && linesOf(rangeFrom(el, from(el))) > 1)
              split.push(`${host.lang} ${width}px: ${el.shadowRoot!.textContent!.trim()}`);
          }
        }
      }
      expect([...new Set(split.map((line) => line.replace(/ \d+px/, '')))]).to.deep.equal([]);
    });
  });

  // Kept whole, "600 миллиардов долл. США" at 32px is wider than a 320px phone's column: it is
  // broken rather than make the page scroll sideways.
  it('breaks a figure wider than the whole line instead of running off it', async () => {
    const host = await fixture<HTMLElement>(
      html`<p lang="ru" style="width: 300px; font-size: 32px">
        Переводы составляют <mwfa-value indicator="remittances"></mwfa-value> в год.
      </p>`,
    );
    const el = host.querySelector('mwfa-value')!;
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getBoundingClientRect().right).to.be.at.most(host.getBoundingClientRect().right);
  });

  // Egypt's Arabic writes Arabic-Indic digits: the number with its unit starts at the first.
  it('keeps the qualifier breakable before a number in Arabic-Indic digits', async () => {
    const el = await value(
      html`<mwfa-value lang="ar-EG" indicator="migrant-deaths-since-2014"></mwfa-value>`,
    );
    const number = el.shadowRoot!.querySelector('.number')!.textContent!;
    expect(number).to.match(/^[\u0660-\u0669]/);
    // A space a line may break at, not a no-break one (which `shown` would read as a space).
    const base = el.shadowRoot!.querySelector('[part="base"]')!.textContent!;
    expect(base.slice(0, base.indexOf(number)).trimStart()).to.match(/^ما يزيد على[ \t\n]+$/);
  });

  // define() must skip the tag it is asked again (see the stat card's test); two copies of the
  // library: test/pages.test.ts.
  it('running the registering module again does not throw', async () => {
    await import(
      /* @vite-ignore */ `${new URL('../../dist/value.js', import.meta.url).href}?copy=2`
    );
  });
});
