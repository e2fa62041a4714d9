import {expect, fixture, html} from '@open-wc/testing';
import '@mwfa/elements';

// Elements pin their display with !important so page resets cannot collapse them; the hidden
// attribute must still hide them, and page CSS must not change their display.
describe('display of every element', () => {
  const cases = [
    // A column of one box, its figure, which fills the height a grid or flex row gives the card.
    ['mwfa-stat-card', 'flex', html`<mwfa-stat-card indicator="remittances"></mwfa-stat-card>`],
    ['mwfa-value', 'inline', html`<mwfa-value indicator="remittances"></mwfa-value>`],
    [
      'mwfa-key-message',
      'block',
      html`<mwfa-key-message message="rule-of-law"></mwfa-key-message>`,
    ],
    [
      'mwfa-trend-chart',
      'block',
      html`<mwfa-trend-chart series="international-migrant-stock"></mwfa-trend-chart>`,
    ],
  ] as const;

  for (const [tag, display, template] of cases) {
    // `all: unset` makes a host inline, so only the block-level elements can show the difference.
    if (display !== 'inline')
      it(`<${tag}> keeps display: ${display} under a page rule * { all: unset }`, async () => {
        const wrapper = await fixture(
          html`<div>
            <style>
              .reset * {
                all: unset;
              }
            </style>
            <div class="reset">${template}</div>
          </div>`,
        );
        expect(getComputedStyle(wrapper.querySelector(tag)!).display).to.equal(display);
      });

    it(`<${tag} hidden> is not displayed`, async () => {
      const wrapper = await fixture(html`<div>${template}</div>`);
      const el = wrapper.querySelector(tag)!;
      el.hidden = true;
      expect(getComputedStyle(el).display).to.equal('none');
    });
  }
});
