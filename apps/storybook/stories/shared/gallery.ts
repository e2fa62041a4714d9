import {html, nothing, type TemplateResult} from 'lit';
import './gallery.css';
import {CDN} from './cdn.js';
import {LANGUAGES, directionOf, type Direction, type Language} from './globals.js';

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
 * A gallery: each element with, under it, the markup that shows it on a page (as text), after
 * what a page needs besides for the toolbar's language and scheme.
 */
export function gallery(
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
