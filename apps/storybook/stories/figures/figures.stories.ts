import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {indicators} from '@mwfa/data/indicators';
import {keyMessages} from '@mwfa/data/key-messages';
import {series} from '@mwfa/data/series';
import {html} from 'lit';
import '@mwfa/elements/stat-card.js';
import '@mwfa/elements/key-message.js';
import '@mwfa/elements/trend-chart.js';
import '../shared/gallery.css';

/**
 * Every figure of `@mwfa/data`, generated from the package: a new indicator, key message or
 * series appears here on the next build without editing this file. Under each item is the
 * markup that shows it on a page, end tag included: without it, the next element pasted after it
 * ends up inside it, and is not shown.
 */
const meta: Meta = {
  title: 'Data/Figures',
  parameters: {layout: 'padded'},
};

export default meta;

/** Every report indicator as a `<mwfa-stat-card>`. */
export const AllIndicators: StoryObj = {
  name: 'All indicators',
  render: () =>
    html`<ul class="mwfa-gallery" aria-label="Report indicators">
      ${indicators.map(
        ({id}) =>
          html`<li>
            <mwfa-stat-card indicator=${id}></mwfa-stat-card>
            <code dir="ltr">&lt;mwfa-stat-card indicator="${id}"&gt;&lt;/mwfa-stat-card&gt;</code>
          </li>`,
      )}
    </ul>`,
};

/** Every key message as a `<mwfa-key-message>` callout. */
export const AllKeyMessages: StoryObj = {
  name: 'All key messages',
  render: () =>
    html`<ul class="mwfa-gallery mwfa-gallery--wide" aria-label="Key messages">
      ${keyMessages.map(
        ({id}) =>
          html`<li>
            <mwfa-key-message message=${id}></mwfa-key-message>
            <code dir="ltr">&lt;mwfa-key-message message="${id}"&gt;&lt;/mwfa-key-message&gt;</code>
          </li>`,
      )}
    </ul>`,
};

/** Every context series as a `<mwfa-trend-chart>`. */
export const AllSeries: StoryObj = {
  name: 'All series',
  render: () =>
    html`<ul class="mwfa-gallery mwfa-gallery--wide" aria-label="Context series">
      ${series.map(
        ({id}) =>
          html`<li>
            <mwfa-trend-chart series=${id}></mwfa-trend-chart>
            <code dir="ltr">&lt;mwfa-trend-chart series="${id}"&gt;&lt;/mwfa-trend-chart&gt;</code>
          </li>`,
      )}
    </ul>`,
};
