import type {Decorator, Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {argTypesOf, publicManifest} from '../stories/shared/manifest.js';
import {snippetOf} from '../stories/shared/snippet.js';
import {
  LANGUAGES,
  directionOf,
  type Direction,
  type Language,
  type Scheme,
} from '../stories/shared/globals.js';
// English is built into the elements; the other five UN languages are locale modules. The docs
// show every language (toolbar, language stories), so they load all five.
import '@mwfa/elements/locales/all.js';
import './preview.css';

// Autodocs tables (attributes, properties, slots, parts, CSS properties, events) and the controls
// come from the manifest the elements' build generates from their JSDoc (argTypesOf); nothing here
// is hand-written.
setCustomElementsManifest(publicManifest);

/**
 * Applies the toolbar globals to every story: `lang` and `dir` on a wrapper around the story,
 * and the colour scheme through `color-scheme` (the elements' tokens follow it) plus a page
 * background to match, so contrast is checked against what a reader would see.
 */
const withGlobals: Decorator = (story, context) => {
  const lang = (context.globals['lang'] ?? 'en') as Language;
  const forced = (context.globals['dir'] ?? 'auto') as Direction | 'auto';
  const dir = directionOf(lang, forced);
  const scheme = (context.globals['scheme'] ?? 'light') as Scheme;
  // Left to right by default without saying so: an element the Playground's controls give
  // lang="ar" is then right to left, as on a page (a dir around it would win).
  return html`<div
    class="mwfa-story"
    lang=${lang}
    dir=${forced === 'auto' && dir === 'ltr' ? nothing : dir}
    data-scheme=${scheme}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withGlobals],
  parameters: {
    // The accessibility panel reports violations as errors (and fails `storybook test`).
    a11y: {test: 'error'},
    controls: {expanded: true},
    docs: {
      toc: {headingSelector: 'h2, h3', title: 'On this page'},
      extractArgTypes: argTypesOf,
      // "Show code" gives the story without the docs' wrapper (see the decorator below), as a
      // page needs it: snippetOf adds back its language, direction and scheme.
      source: {excludeDecorators: true, transform: snippetOf},
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Elements',
          ['Stat card', 'Value', 'Key message', 'Trend chart', 'Theming'],
          'Data',
          [
            'Figures',
            'Indicators',
            'Key messages',
            'Series',
            'Using the package',
            'Data dictionary',
            'Claim checks',
            'CSV files and datapackage.json',
            'Versioning policy',
          ],
        ],
      },
    },
  },
  initialGlobals: {lang: 'en', dir: 'auto', scheme: 'light'},
  globalTypes: {
    lang: {
      description: 'Language of the page around the elements (sets lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: LANGUAGES.map(({code, name}) => ({
          value: code,
          title: `${name} (${code})`,
          right: code,
        })),
      },
    },
    dir: {
      description: 'Text direction (sets dir); auto follows the language',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          {value: 'auto', title: 'Direction: from the language'},
          {value: 'ltr', title: 'Left to right (ltr)'},
          {value: 'rtl', title: 'Right to left (rtl)'},
        ],
      },
    },
    scheme: {
      description: 'Colour scheme the elements are shown in',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          {value: 'light', title: 'Light scheme', icon: 'sun'},
          {value: 'dark', title: 'Dark scheme', icon: 'moon'},
        ],
      },
    },
  },
};

export default preview;
