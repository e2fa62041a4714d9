import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {indicators} from '@mwfa/data/indicators';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '@mwfa/elements/stat-card.js';
import '../shared/gallery.css';

interface StatCardArgs {
  indicator?: string;
  value?: string;
  label?: string;
  unit?: string;
  qualifier?: string;
  period?: string;
  source?: string;
  compact?: boolean;
  sparkline?: boolean;
  theme?: string;
  lang?: string;
  dir?: string;
}

type Story = StoryObj<StatCardArgs>;

/** The element with every attribute the story sets, and none it does not. */
const statCard = (args: StatCardArgs) =>
  html`<mwfa-stat-card
    indicator=${ifDefined(args.indicator || undefined)}
    value=${ifDefined(args.value || undefined)}
    label=${ifDefined(args.label || undefined)}
    unit=${ifDefined(args.unit || undefined)}
    qualifier=${ifDefined(args.qualifier || undefined)}
    period=${ifDefined(args.period || undefined)}
    source=${ifDefined(args.source || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    dir=${ifDefined(args.dir || undefined)}
    ?compact=${args.compact}
    ?sparkline=${args.sparkline}
  ></mwfa-stat-card>`;

/** Several cards side by side, one per indicator, with the id under each. */
const cards = (ids: readonly string[], extra: StatCardArgs = {}) =>
  html`<ul class="mwfa-gallery" aria-label="Stat cards">
    ${ids.map(
      (id) =>
        html`<li>
          ${statCard({...extra, indicator: id})}<code dir="ltr">indicator="${id}"</code>
        </li>`,
    )}
  </ul>`;

const meta: Meta<StatCardArgs> = {
  title: 'Elements/Stat card',
  component: 'mwfa-stat-card',
  tags: ['autodocs'],
  render: statCard,
  args: {indicator: 'international-migrants'},
  argTypes: {
    indicator: {control: 'select', options: ['', ...indicators.map((i) => i.id)]},
    unit: {control: 'select', options: ['', 'persons', 'percent', 'usd', 'ratio']},
    qualifier: {
      control: 'select',
      options: ['', 'none', 'approximately', 'some', 'nearly', 'over', 'more-than'],
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A headline figure of the report: the number in the report’s words, what it counts, the period, the comparison the report makes, and its source. Give it an `indicator` id from `@mwfa/data` (see <a href="./?path=/story/data-figures--all-indicators" target="_top">Figures › All indicators</a>), or your own `value` and `label`.',
      },
    },
  },
};

export default meta;

/** Every attribute as a control. */
export const Playground: Story = {};

/** The default card, a compact one for grids and sidebars, and one with its series as a sparkline. */
export const Variants: Story = {
  render: () =>
    html`<ul class="mwfa-gallery" aria-label="Variants">
      <li>${statCard({indicator: 'remittances'})}<code dir="ltr">default</code></li>
      <li>${statCard({indicator: 'remittances', compact: true})}<code dir="ltr">compact</code></li>
      <li>
        ${statCard({indicator: 'remittances', sparkline: true})}<code dir="ltr">sparkline</code>
      </li>
    </ul>`,
};

export const Compact: Story = {
  args: {indicator: 'migrant-share-of-world-population', compact: true},
};

export const Sparkline: Story = {args: {indicator: 'international-migrants', sparkline: true}};

/**
 * The report's qualifiers ("approximately", "some", "nearly", "over", "more than") stay with the
 * number: one card per qualifier the data uses, found in `@mwfa/data`.
 */
export const Qualifiers: Story = {
  render: () => {
    const seen = new Map<string, string>();
    for (const indicator of indicators) {
      if (!seen.has(indicator.qualifier)) seen.set(indicator.qualifier, indicator.id);
    }
    return cards([...seen.values()]);
  },
};

/** Figures the report compares with something else ("as opposed to half of women worldwide"). */
export const Comparison: Story = {
  render: () => cards(indicators.filter((i) => i.comparison).map((i) => i.id)),
};

/** Figures the report gives in words ("two-thirds", "3 times"), shown as the report words them. */
export const InWords: Story = {
  render: () => cards(indicators.filter((i) => i.expression).map((i) => i.id)),
};

export const Dark: Story = {
  globals: {scheme: 'dark'},
  render: () => cards(['international-migrants', 'migrant-women-in-work'], {sparkline: true}),
};

/**
 * Windows High Contrast and other forced-colour modes: the card uses system colours. The smoke
 * test renders this story with `forced-colors: active` emulated; in a browser, turn it on in the
 * developer tools (Rendering › Emulate CSS media feature forced-colors).
 */
export const ForcedColors: Story = {
  tags: ['forced-colors'],
  render: () => cards(['international-migrants', 'migrant-women-in-work'], {sparkline: true}),
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  globals: {lang: 'ar', dir: 'rtl'},
  render: () => cards(['remittances', 'migrant-women-in-work']),
};

const inLanguage = () => cards(['international-migrants', 'migrant-women-in-work', 'remittances']);

export const Arabic: Story = {name: 'العربية (ar)', globals: {lang: 'ar'}, render: inLanguage};
export const Chinese: Story = {name: '中文 (zh)', globals: {lang: 'zh'}, render: inLanguage};
export const English: Story = {name: 'English (en)', globals: {lang: 'en'}, render: inLanguage};
export const French: Story = {name: 'Français (fr)', globals: {lang: 'fr'}, render: inLanguage};
export const Spanish: Story = {name: 'Español (es)', globals: {lang: 'es'}, render: inLanguage};
export const Russian: Story = {name: 'Русский (ru)', globals: {lang: 'ru'}, render: inLanguage};

/** A figure of the page's own, with its label, unit, qualifier, period and source as text. */
export const CustomData: Story = {
  args: {
    indicator: '',
    value: '1200',
    label: 'migrants registered in our city this year',
    unit: 'persons',
    qualifier: 'over',
    period: '2024',
    source: 'City statistics office, annual report 2024',
  },
};

/** The page's own words as the label (slot), and a footnote under the source line. */
export const Slots: Story = {
  render: () =>
    html`<mwfa-stat-card indicator="remittances">
      <span slot="label">sent home by migrants to their families</span>
      <span slot="footnote">Remittances are private money, not aid.</span>
    </mwfa-stat-card>`,
};

/**
 * Bad input never throws: the card says the figure is not available, and the console gets one
 * warning naming the element, the attribute and the value, with the closest known id:
 *
 * `<mwfa-stat-card>: indicator="international-migrant" is not an indicator in @mwfa/data; did you mean "international-migrants"?`
 */
export const UnknownIndicator: Story = {args: {indicator: 'international-migrant'}};

/**
 * A value in words is not read:
 *
 * `<mwfa-stat-card>: value="twenty thousand" is not a number: write digits only, e.g. 20000.`
 */
export const ValueNotANumber: Story = {
  args: {indicator: '', value: 'twenty thousand', label: 'migrants'},
};

/**
 * No figure is shown ("Figure not available"): without them, "about 20,000" would read as exactly
 * 20,000. Each value is named:
 *
 * `<mwfa-stat-card>: unit="people" is not one of persons, percent, usd, ratio.`
 *
 * `<mwfa-stat-card>: qualifier="about" is not one of none, approximately, some, nearly, over, more-than.`
 */
export const BadUnitAndQualifier: Story = {
  args: {indicator: '', value: '20000', label: 'migrants', unit: 'people', qualifier: 'about'},
};

/**
 * A card with neither an indicator nor a value, as a CMS template with an empty field writes it:
 *
 * `<mwfa-stat-card>: indicator is missing: set indicator, or value.`
 */
export const NothingSet: Story = {
  args: {indicator: ''},
  render: () => html`<mwfa-stat-card></mwfa-stat-card>${nothing}`,
};

/**
 * A value, unit, qualifier, period or source beside an indicator is not used, one warning each:
 *
 * `<mwfa-stat-card>: value="5" is not used: the indicator gives its own.`
 *
 * `<mwfa-stat-card>: period="2020" is not used: the indicator gives its own.`
 */
export const IndicatorAndValue: Story = {
  args: {indicator: 'remittances', value: '5', period: '2020'},
};

/**
 * HTML has no self-closing custom elements: after `<mwfa-stat-card … />` what follows on the page
 * ends up inside the card, where no slot shows it. The card warns, naming the end tag:
 *
 * `<mwfa-stat-card>: content="<p>" is not shown: end the element with </mwfa-stat-card> ("<mwfa-stat-card … />" does not close it, and takes in what follows).`
 */
export const ContentOutsideSlots: Story = {
  render: () =>
    html`<mwfa-stat-card indicator="remittances"
      ><p>The paragraph that followed the card on the page.</p></mwfa-stat-card
    >`,
};
