import {expect, fixture, html} from '@open-wc/testing';
import '@mwfa/elements';

/** The box a reader sees: the element's `base` part. */
const baseOf = (el: Element) => el.shadowRoot!.querySelector('[part="base"]')!;

// Pages hide elements their own way (the hidden attribute, Vue's v-show and jQuery's hide() set
// style="display: none", Bootstrap's .d-none), and a page-wide reset must not undo the layout.
describe('display of every element', () => {
  const cases = [
    ['mwfa-stat-card', html`<mwfa-stat-card indicator="remittances"></mwfa-stat-card>`],
    ['mwfa-value', html`<mwfa-value indicator="remittances"></mwfa-value>`],
    ['mwfa-key-message', html`<mwfa-key-message message="rule-of-law"></mwfa-key-message>`],
    [
      'mwfa-trend-chart',
      html`<mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart>`,
    ],
  ] as const;

  for (const [tag, template] of cases) {
    // `all: unset` makes a host inline, so only the block-level elements can show a difference.
    if (tag !== 'mwfa-value')
      it(`<${tag}> keeps its width under a page rule * { all: unset }`, async () => {
        const wrapper = await fixture(
          html`<div style="width: 500px">
            <style>
              .reset * {
                all: unset;
              }
            </style>
            <div class="plain">${template}</div>
            <div class="reset">${template}</div>
          </div>`,
        );
        const [plain, reset] = [...wrapper.querySelectorAll(tag)].map(
          (el) => baseOf(el).getBoundingClientRect().width,
        );
        expect(plain).to.equal(500);
        expect(reset).to.equal(500);
      });

    it(`<${tag} hidden> is not displayed, also under * { all: unset }`, async () => {
      const wrapper = await fixture(
        html`<div>
          <style>
            .reset * {
              all: unset;
            }
          </style>
          <div>${template}</div>
          <div class="reset">${template}</div>
        </div>`,
      );
      for (const el of wrapper.querySelectorAll<HTMLElement>(tag)) {
        el.hidden = true;
        expect(getComputedStyle(el).display).to.equal('none');
      }
    });

    it(`<${tag}> is hidden by the page's display: none, inline or from a class`, async () => {
      const wrapper = await fixture(
        html`<div>
          <style>
            .d-none {
              display: none !important;
            }
          </style>
          <div>${template}</div>
          <div>${template}</div>
        </div>`,
      );
      const [inline, byClass] = wrapper.querySelectorAll<HTMLElement>(tag);
      inline!.style.display = 'none';
      byClass!.classList.add('d-none');
      for (const el of [inline!, byClass!]) expect(el.getClientRects().length).to.equal(0);
    });
  }
});

// A multi-column page (a newsletter layout, a print stylesheet) must not cut a card or a chart's
// drawing in two, with its top in one column and its bottom in the next.
describe('in a multi-column layout', () => {
  /**
   * `template` in two columns whose height ends halfway down `box` (of the element, once laid out
   * in one column): the column break falls through it unless it is kept whole. Text before it,
   * taller than half the box, gives the break a place to go instead, and the box room to fit.
   */
  async function brokenHalfway(template: ReturnType<typeof html>, box: (el: Element) => Element) {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="width: 700px; column-gap: 20px; column-fill: auto">
        <p style="margin: 0; height: 400px">Text before it.</p>
        ${template}
      </div>`,
    );
    const el = wrapper.lastElementChild as HTMLElement & {updateComplete: Promise<unknown>};
    await el.updateComplete;
    wrapper.style.columns = '2';
    // Laid out at the width of one column (340px) before the height is set.
    const {top: atTop, height} = box(el).getBoundingClientRect();
    const offset = atTop - wrapper.getBoundingClientRect().top;
    wrapper.style.height = `${Math.round(offset + height / 2)}px`;
    return el;
  }

  for (const [name, template] of [
    ['card', html`<mwfa-stat-card indicator="remittances"></mwfa-stat-card>`],
    ['key message', html`<mwfa-key-message message="rule-of-law"></mwfa-key-message>`],
  ] as const) {
    it(`keeps a ${name} whole, in one column`, async () => {
      const el = await brokenHalfway(template, baseOf);
      // A box cut across columns has one client rect per piece.
      expect(baseOf(el).getClientRects()).to.have.length(1);
    });
  }

  it('keeps a chart’s drawing whole, with its title and summary in the same column', async () => {
    const plot = (el: Element) => el.shadowRoot!.querySelector('.plot')!;
    const el = await brokenHalfway(
      html`<mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart>`,
      plot,
    );
    expect(plot(el).getClientRects()).to.have.length(1);
    const left = (selector: string) =>
      el.shadowRoot!.querySelector(selector)!.getBoundingClientRect().left;
    expect(left('figcaption')).to.equal(left('.plot'));
  });
});

// A dashboard's "open in a window" (Document Picture-in-Picture) or a print preview moves the
// element into another document, which cannot use the styles made in the first one.
describe('moved into another document', () => {
  it('keeps its styles in an iframe, and when moved back', async () => {
    const wrapper = await fixture(
      html`<div>
        <mwfa-stat-card indicator="remittances"></mwfa-stat-card>
        <iframe title="Another document"></iframe>
      </div>`,
    );
    const card = wrapper.querySelector('mwfa-stat-card')!;
    await card.updateComplete;
    const styled = () =>
      card.ownerDocument.defaultView!.getComputedStyle(baseOf(card)).display === 'flex';
    expect(styled(), 'styled on the page').to.equal(true);
    wrapper.querySelector('iframe')!.contentDocument!.body.append(card);
    expect(styled(), 'styled in the iframe').to.equal(true);
    wrapper.append(card);
    expect(styled(), 'styled back on the page').to.equal(true);
  });

  it('is styled when first connected in an iframe', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="A window"></iframe>`);
    const card = document.createElement('mwfa-stat-card');
    card.setAttribute('indicator', 'remittances');
    frame.contentDocument!.body.append(card);
    await card.updateComplete;
    expect(frame.contentWindow!.getComputedStyle(baseOf(card)).display).to.equal('flex');
  });
});
