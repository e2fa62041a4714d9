import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '@mwfa/elements/stat-card.js';

const meta: Meta = {
  title: 'Elements/Stat card',
  component: 'mwfa-stat-card',
  render: (args) => html`<mwfa-stat-card indicator=${args.indicator}></mwfa-stat-card>`,
  args: {indicator: 'international-migrants'},
};

export default meta;

export const InternationalMigrants: StoryObj = {};
