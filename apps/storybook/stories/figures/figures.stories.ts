import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {indicators} from '@mwfa/data/indicators';
import {keyMessages} from '@mwfa/data/key-messages';
import {series} from '@mwfa/data/series';
import {html, nothing, type TemplateResult} from 'lit';
import '@mwfa/elements/stat-card.js';
import '@mwfa/elements/key-message.js';
import '@mwfa/elements/trend-chart.js';
import '../shared/gallery.css';
import {CDN} from '../shared/cdn.js';
import {LANGUAGES, directionOf, type Direction, type Language} from '../shared/globals.js';

/**
 * The markup under each item is what a default page needs. With the toolbar set to another
 * language, direction or scheme, this says what a page adds to show them as they are shown here.
 */
function pageNeeds(globals: Record<string, unknown>) {
  const lang = (globals['lang'] ?? 'en') as Language;
  const dir = directionOf(lang, (globals['dir'] ?? 'auto') as Direction | 'auto');
  const dark = globals['scheme'] === 'dark';
  const needs = [
    ...(lang === 'en'
      ? []
      : [
          html`<code dir="ltr"
            >&lt;script type="module" src="${CDN}/locales/${lang}.js"&gt;&lt;/script&gt;</code
          >`,
        ]),
    ...(lang === 'en' && dir === 'ltr'
      ? []
      : [html`<code dir="ltr">lang="${lang}" dir="${dir}"</code> on an element around them`]),
    ...(dark ? [html`<code dir="ltr">theme="dark"</code> on each`] : []),
  ];
  if (needs.length === 0) return nothing;
  const name = LANGUAGES.find(({code}) => code === lang)?.name;
  const shown = [
    ...(lang === 'en' ? [] : [html`<span lang=${lang}>${name}</span>`]),
    ...(dir === 'rtl' ? ['right to left'] : []),
    ...(dark ? ['dark'] : []),
  ];
  return html`<p class="mwfa-gallery-note" lang="en" dir="ltr">
    As shown here (${shown.map((part, n) => html`${n > 0 ? ', ' : ''}${part}`)}), a page also needs
    ${needs.map((need, n) => html`${n > 0 ? (n === needs.length - 1 ? ' and ' : ', ') : ''}${need}`)}.
  </p>`;
}

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

/**
 * A gallery: each element with, under it, the markup that shows it on a page (as text), after
 * what a page needs besides for the toolbar's language and scheme.
 */
function gallery(
  globals: Record<string, unknown>,
  label: string,
  wide: boolean,
  items: readonly (readonly [element: TemplateResult, markup: string])[],
) {
  return html`${pageNeeds(globals)}
    <ul class="mwfa-gallery ${wide ? 'mwfa-gallery--wide' : ''}" aria-label=${label}>
      ${items.map(([element, markup]) => html`<li>${element}<code dir="ltr">${markup}</code></li>`)}
    </ul>`;
}

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
