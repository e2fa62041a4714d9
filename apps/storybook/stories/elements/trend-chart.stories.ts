import type {Meta, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {series} from '@mwfa/data/series';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {action} from 'storybook/actions';
import type {TrendChartObservation} from '@mwfa/elements/trend-chart.js';
import '@mwfa/elements/trend-chart.js';
import {snippetOf} from '../shared/snippet.js';

interface TrendChartArgs {
  series?: string;
  label?: string;
  subtitle?: string;
  unit?: string;
  source?: string;
  'y-axis'?: string;
  area?: boolean;
  highlight?: string;
  'axis-dir'?: string;
  theme?: string;
  lang?: string;
  dir?: string;
  observations?: readonly TrendChartObservation[];
}

type Story = StoryObj<TrendChartArgs>;

/** The chart's event in the Actions panel, with its detail (the event object alone shows none). */
const pointFocused = (event: CustomEvent) => action('mwfa-point-focus')(event.detail);

const trendChart = (args: TrendChartArgs) =>
  html`<mwfa-trend-chart
    series=${ifDefined(args.series || undefined)}
    label=${ifDefined(args.label || undefined)}
    subtitle=${ifDefined(args.subtitle || undefined)}
    unit=${ifDefined(args.unit || undefined)}
    source=${ifDefined(args.source || undefined)}
    y-axis=${ifDefined(args['y-axis'] || undefined)}
    highlight=${ifDefined(args.highlight || undefined)}
    axis-dir=${ifDefined(args['axis-dir'] || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    lang=${ifDefined(args.lang || undefined)}
    dir=${ifDefined(args.dir || undefined)}
    ?area=${args.area}
    .observations=${args.observations}
    @mwfa-point-focus=${pointFocused}
  ></mwfa-trend-chart>`;

/**
 * "Show code" for a chart given `observations`: a property is not markup, so the snippet sets it
 * from a script, as a page would (the markup alone, pasted, drew "No data to draw.").
 */
function snippetWithData(code: string, context: StoryContext): string {
  const snippet = snippetOf(code, context);
  const observations = (context.args as TrendChartArgs).observations;
  if (!observations?.length) return snippet;
  return [
    snippet.replace(/<mwfa-trend-chart(?![^>]*\sid=)/, '<mwfa-trend-chart id="chart"'),
    '<script type="module">',
    "  document.querySelector('#chart').observations = [",
    ...observations.map(
      (point) =>
        `    {${Object.entries(point)
          .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
          .join(', ')}},`,
    ),
    '  ];',
    '</script>',
  ].join('\n');
}

const meta: Meta<TrendChartArgs> = {
  title: 'Elements/Trend chart',
  component: 'mwfa-trend-chart',
  tags: ['autodocs'],
  render: trendChart,
  args: {series: 'international-migrant-stock'},
  argTypes: {
    series: {control: 'select', options: ['', ...series.map((s) => s.id)]},
    unit: {control: 'select', options: ['', 'persons', 'percent', 'usd', 'ratio']},
    'y-axis': {control: 'select', options: ['', 'zero', 'data']},
    'axis-dir': {control: 'select', options: ['', 'ltr', 'rtl']},
  },
  parameters: {
    docs: {
      source: {transform: snippetWithData},
      description: {
        component:
          'A line chart of a context series from `@mwfa/data` (see <a href="./?path=/story/data-figures--all-series" target="_top">Figures › All series</a>) or of your own figures, with a one-sentence summary, a data table and downloads. Every point can be reached with the keyboard: the drawing is one slider that Tab reaches, where the left and right arrows move to the point drawn on that side, up and down to the next and the previous year, Page Up and Page Down by a tenth of the points, Home and End to the first and the last, and Escape hides the tooltip.',
      },
    },
  },
};

export default meta;

/** Every attribute as a control. */
export const Playground: Story = {};

/** The area under the line filled. */
export const Area: Story = {args: {series: 'global-remittance-inflows', area: true}};

/** Two highlighted years are labelled, with the change between them. */
export const Highlight: Story = {
  args: {series: 'international-migrant-stock', highlight: '2000 2017'},
};

/** A vertical axis fitted to the data instead of starting at zero (the chart says so). */
export const AxisFittedToData: Story = {
  args: {series: 'migrant-share-of-world-population', 'y-axis': 'data'},
};

export const Dark: Story = {
  globals: {scheme: 'dark'},
  args: {series: 'global-remittance-inflows', area: true, highlight: '2000 2017'},
};

/** Forced-colour modes: lines and marks use system colours (see the stat card's story). */
export const ForcedColors: Story = {
  tags: ['forced-colors'],
  args: {series: 'global-remittance-inflows', highlight: '2000 2017'},
};

/** In an Arabic page; time still runs left to right unless `axis-dir="rtl"`. */
export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  globals: {lang: 'ar', dir: 'rtl'},
  args: {series: 'international-migrant-stock', highlight: '2000 2017'},
};

export const RightToLeftTimeAxis: Story = {
  name: 'Right to left, time axis too',
  globals: {lang: 'ar', dir: 'rtl'},
  args: {series: 'international-migrant-stock', 'axis-dir': 'rtl'},
};

const inLanguage: Story = {args: {series: 'international-migrant-stock', highlight: '2000 2017'}};

export const Arabic: Story = {...inLanguage, name: 'العربية (ar)', globals: {lang: 'ar'}};
export const Chinese: Story = {...inLanguage, name: '中文 (zh)', globals: {lang: 'zh'}};
export const English: Story = {...inLanguage, name: 'English (en)', globals: {lang: 'en'}};
export const French: Story = {...inLanguage, name: 'Français (fr)', globals: {lang: 'fr'}};
export const Spanish: Story = {...inLanguage, name: 'Español (es)', globals: {lang: 'es'}};
export const Russian: Story = {...inLanguage, name: 'Русский (ru)', globals: {lang: 'ru'}};

/**
 * The page's own figures as a child `<table>`: the chart draws it, and readers without
 * JavaScript still get the table.
 */
export const CustomDataAsTable: Story = {
  args: {series: '', label: '', unit: 'persons', source: 'City statistics office'},
  render: (args) =>
    html`<mwfa-trend-chart
      unit=${ifDefined(args.unit || undefined)}
      source=${ifDefined(args.source || undefined)}
      @mwfa-point-focus=${pointFocused}
    >
      <table>
        <caption>
          Migrants registered in our city
        </caption>
        <tr>
          <th scope="col">Year</th>
          <th scope="col">Migrants</th>
        </tr>
        <tr>
          <td>2021</td>
          <td>800</td>
        </tr>
        <tr>
          <td>2022</td>
          <td>950</td>
        </tr>
        <tr>
          <td>2023</td>
          <td>1100</td>
        </tr>
        <tr data-status="projection">
          <td>2024</td>
          <td>1200</td>
        </tr>
      </table>
    </mwfa-trend-chart>`,
};

/**
 * A table pasted from a spreadsheet, its values written with their unit's sign: "3.4%" is drawn
 * in per cent (and "$1,200" in US dollars) without a `unit`. UN DESA's share of migrants in the
 * world population, as the `migrant-share-of-world-population` series gives it.
 */
export const CustomDataWithUnitSigns: Story = {
  args: {
    series: '',
    label: '',
    // A source of @mwfa/data by id, cited in full, as a stat card's `source` is.
    source: 'un-desa-migrant-stock-2017',
  },
  render: (args) =>
    html`<mwfa-trend-chart source=${ifDefined(args.source || undefined)}>
      <table>
        <caption>
          International migrants as a share of the world population
        </caption>
        <tr>
          <th scope="col">Year</th>
          <th scope="col">Share</th>
        </tr>
        <tr>
          <td>1990</td>
          <td>2.9%</td>
        </tr>
        <tr>
          <td>1995</td>
          <td>2.8%</td>
        </tr>
        <tr>
          <td>2000</td>
          <td>2.8%</td>
        </tr>
        <tr>
          <td>2005</td>
          <td>2.9%</td>
        </tr>
        <tr>
          <td>2010</td>
          <td>3.2%</td>
        </tr>
        <tr>
          <td>2015</td>
          <td>3.4%</td>
        </tr>
        <tr>
          <td>2017</td>
          <td>3.4%</td>
        </tr>
      </table>
    </mwfa-trend-chart>`,
};

/**
 * Rows the chart cannot read are left out, never guessed, and named under the drawing: the page's
 * editor, who sees no console, and its readers know that a figure is missing. Here a footnote
 * mark in `<sup>` (give the number in `data-value="950"`) and a year that is a range:
 *
 * `<mwfa-trend-chart>: table="950[1]" in “Migrants registered in our city” has a footnote mark or a second number; “2022–23” is not a number: 2 rows left out, and named under the chart; give its number in data-value.`
 */
export const TableRowsNotDrawn: Story = {
  name: 'Table rows not drawn',
  args: {series: '', label: '', unit: 'persons', source: 'City statistics office'},
  render: (args) =>
    html`<mwfa-trend-chart
      unit=${ifDefined(args.unit || undefined)}
      source=${ifDefined(args.source || undefined)}
    >
      <table>
        <caption>
          Migrants registered in our city
        </caption>
        <tr>
          <th scope="col">Year</th>
          <th scope="col">Migrants</th>
        </tr>
        <tr>
          <td>2021</td>
          <td>800</td>
        </tr>
        <tr>
          <td>2022</td>
          <td>950<sup>1</sup></td>
        </tr>
        <tr>
          <td>2022–23</td>
          <td>1,000</td>
        </tr>
        <tr>
          <td>2023</td>
          <td>1,100</td>
        </tr>
        <tr>
          <td>2024</td>
          <td>1,200</td>
        </tr>
      </table>
    </mwfa-trend-chart>`,
};

const applications = [
  {year: 2019, value: 310},
  {year: 2020, value: 220},
  {year: 2021, value: 290},
  {year: 2022, value: 405},
];

/** The page's own figures as the `observations` property, set from a script. */
export const CustomDataAsProperty: Story = {
  args: {
    series: '',
    label: 'Applications received',
    unit: 'persons',
    source: 'Our annual reports',
    observations: applications,
  },
};

/**
 * Bad input never throws: the chart says what is wrong in its own box, and the console gets one
 * warning naming the element, the attribute and the value:
 *
 * `<mwfa-trend-chart>: series="international-migrant-stocks" is not a series in @mwfa/data; did you mean "international-migrant-stock"?`
 */
export const UnknownSeries: Story = {args: {series: 'international-migrant-stocks'}};

/**
 * Nothing to draw (the warning waits for the page to load, as a table may still be coming):
 *
 * `<mwfa-trend-chart>: series is missing: give a series id, observations or a child <table>.`
 */
export const NoData: Story = {args: {series: ''}};

/**
 * The chart is drawn with the defaults, and each value is named:
 *
 * `<mwfa-trend-chart>: y-axis="log" is not one of zero, data; the axis starts at zero.`
 *
 * `<mwfa-trend-chart>: axis-dir="up" is not one of ltr, rtl; time runs left to right.`
 */
export const BadAttributes: Story = {
  args: {series: 'international-migrant-stock', 'y-axis': 'log', 'axis-dir': 'up'},
};
