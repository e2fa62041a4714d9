import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {indicators} from '@mwfa/data/indicators';
import {keyMessages} from '@mwfa/data/key-messages';
import {series} from '@mwfa/data/series';
import {html} from 'lit';
import '@mwfa/elements/stat-card.js';
import '@mwfa/elements/key-message.js';
import '@mwfa/elements/trend-chart.js';
import {gallery} from '../shared/gallery.js';

/**
 * Every figure of `@mwfa/data`, generated from the package: a new indicator, key message or
 * series appears here on the next build without editing this file. Under each item is the
 * markup that shows it on a page, end tag included: without it, the next element pasted after it
 * ends up inside it, and is not shown.
 */
const meta: Meta = {
  title: 'Data/Figures',
  // No Controls tab: these pages take no args, and the tab said so in Storybook's words to its
  // developers ("Define args or argTypes…").
  parameters: {layout: 'padded', controls: {disable: true}},
};

export default meta;

/** Every report indicator as a `<mwfa-stat-card>`. */
export const AllIndicators: StoryObj = {
  name: 'All indicators',
  render: (_args, {globals}) =>
    gallery(
      globals,
      'Report indicators',
      false,
      indicators.map(({id}) => [
        html`<mwfa-stat-card indicator=${id}></mwfa-stat-card>`,
        `<mwfa-stat-card indicator="${id}"></mwfa-stat-card>`,
      ]),
    ),
};

/** Every key message as a `<mwfa-key-message>` callout. */
export const AllKeyMessages: StoryObj = {
  name: 'All key messages',
  render: (_args, {globals}) =>
    gallery(
      globals,
      'Key messages',
      true,
      keyMessages.map(({id}) => [
        html`<mwfa-key-message message=${id}></mwfa-key-message>`,
        `<mwfa-key-message message="${id}"></mwfa-key-message>`,
      ]),
    ),
};

/** Every context series as a `<mwfa-trend-chart>`. */
export const AllSeries: StoryObj = {
  name: 'All series',
  render: (_args, {globals}) =>
    gallery(
      globals,
      'Context series',
      true,
      series.map(({id}) => [
        html`<mwfa-trend-chart series=${id}></mwfa-trend-chart>`,
        `<mwfa-trend-chart series="${id}"></mwfa-trend-chart>`,
      ]),
    ),
};
