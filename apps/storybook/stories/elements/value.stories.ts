import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {indicators} from '@mwfa/data/indicators';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '@mwfa/elements/value.js';

interface ValueArgs {
  indicator?: string;
  value?: string;
  unit?: string;
  qualifier?: string;
  lang?: string;
  dir?: string;
  /** Text inside the element: shown until it upgrades, and when the figure cannot be found. */
  fallback?: string;
}

type Story = StoryObj<ValueArgs>;

const value = (args: ValueArgs) =>
  html`<mwfa-value
    indicator=${ifDefined(args.indicator || undefined)}
    value=${ifDefined(args.value || undefined)}
    unit=${ifDefined(args.unit || undefined)}
    qualifier=${ifDefined(args.qualifier || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    dir=${ifDefined(args.dir || undefined)}
    >${args.fallback ?? ''}</mwfa-value
  >`;

/** The element inside a sentence, as it is meant to be used. */
const sentence = (args: ValueArgs) =>
  html`<p>In 2017 there were ${value(args)} international migrants, by the report's count.</p>`;

const meta: Meta<ValueArgs> = {
  title: 'Elements/Value',
  component: 'mwfa-value',
  tags: ['autodocs'],
  render: sentence,
  args: {indicator: 'international-migrants', fallback: '258 million'},
  argTypes: {
    indicator: {control: 'select', options: ['', ...indicators.map((i) => i.id)]},
    unit: {control: 'select', options: ['', 'persons', 'percent', 'usd', 'ratio']},
    qualifier: {
      control: 'select',
      options: ['', 'none', 'approximately', 'some', 'nearly', 'over', 'more-than'],
    },
    // The default slot's row (the manifest's, keyed `slot:`, hidden for this one), with a
    // control for the text inside the element, which is no attribute.
    ...{'slot:': {table: {disable: true}}},
    fallback: {
      name: '(default)',
      control: 'text',
      description: 'Fallback text, shown until the figure is rendered or when it cannot be.',
      table: {category: 'slots'},
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A figure of the report inside running text, worded exactly as `<mwfa-stat-card>` words it ("over 20,000", "approximately $600 billion"), in the page’s language. The text inside the element is the fallback, shown without JavaScript and when the figure cannot be found.',
      },
    },
  },
};

export default meta;

/** Every attribute as a control, inside a sentence. */
export const Playground: Story = {};

/** Every report indicator inline, generated from `@mwfa/data`: qualifiers and words included. */
export const EveryIndicator: Story = {
  render: () =>
    html`<ul>
      ${indicators.map(
        (indicator) =>
          html`<li>
            ${value({indicator: indicator.id})} ${indicator.label}
            <code dir="ltr">(${indicator.id})</code>
          </li>`,
      )}
    </ul>`,
};

/** "Nearly", "over", "approximately" stay with the number. */
export const Qualifiers: Story = {
  render: () =>
    html`<p>
      There are ${value({indicator: 'migrants-in-forced-labour'})} migrants in forced labour;
      ${value({indicator: 'migrant-deaths-since-2014'})} migrants and refugees have died since 2014,
      and ${value({indicator: 'remittances'})} was sent home in 2017.
    </p>`,
};

export const Dark: Story = {globals: {scheme: 'dark'}};

/** In an Arabic sentence ("Number of international migrants in the world in 2017: …"). */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  globals: {lang: 'ar', dir: 'rtl'},
  render: (args) => html`<p>عدد المهاجرين الدوليين في العالم عام 2017: ${value(args)}.</p>`,
};

const inLanguage: Story = {
  render: () =>
    html`<p>
      ${value({indicator: 'international-migrants'})} · ${value({indicator: 'remittances'})} ·
      ${value({indicator: 'migrant-women-in-work'})} ·
      ${value({indicator: 'migrant-share-of-world-population'})}
    </p>`,
};

export const Arabic: Story = {...inLanguage, name: 'العربية (ar)', globals: {lang: 'ar'}};
export const Chinese: Story = {...inLanguage, name: '中文 (zh)', globals: {lang: 'zh'}};
export const English: Story = {...inLanguage, name: 'English (en)', globals: {lang: 'en'}};
export const French: Story = {...inLanguage, name: 'Français (fr)', globals: {lang: 'fr'}};
export const Spanish: Story = {...inLanguage, name: 'Español (es)', globals: {lang: 'es'}};
export const Russian: Story = {...inLanguage, name: 'Русский (ru)', globals: {lang: 'ru'}};

/** A figure of the page's own, formatted the same way. */
export const CustomData: Story = {
  args: {indicator: '', value: '1200', unit: 'persons', qualifier: 'over', fallback: 'over 1,200'},
  render: (args) =>
    html`<p>This year our city registered ${value(args)} newly arrived migrants.</p>`,
};

/**
 * Bad input never throws: the fallback text inside the element stays, so the sentence still reads
 * (this story looks like a working one, on purpose), and the console gets one warning naming the
 * element, the attribute and the value:
 *
 * `<mwfa-value>: indicator="international-migrant" is not an indicator in @mwfa/data; did you mean "international-migrants"?`
 */
export const UnknownIndicator: Story = {
  args: {indicator: 'international-migrant', fallback: '258 million'},
};

/**
 * A value in words stays as the page wrote it:
 *
 * `<mwfa-value>: value="many" is not a number: write digits only, e.g. 20000.`
 */
export const ValueNotANumber: Story = {
  args: {indicator: '', value: 'many', fallback: 'many'},
  render: (args) => html`<p>We welcomed ${value(args)} newcomers.</p>`,
};
