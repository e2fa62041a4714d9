import {expect, fixture, html} from '@open-wc/testing';
import '@mwfa/elements/stat-card.js';

describe('<mwfa-stat-card>', () => {
  it('shows the figure of an indicator from @mwfa/data', async () => {
    const el = await fixture(
      html`<mwfa-stat-card indicator="international-migrants"></mwfa-stat-card>`,
    );
    expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('258 million');
  });
});
