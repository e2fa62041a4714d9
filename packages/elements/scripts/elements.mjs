// The public elements, written once: each is a registering entry module `src/<name>.ts` that
// defines `tag`. The ESM build, the script-tag bundles, the registering-modules plugin and the
// tests derive from this list; a contract test checks package.json's exports and sideEffects.
export const ELEMENTS = [
  {name: 'stat-card', tag: 'mwfa-stat-card'},
  {name: 'value', tag: 'mwfa-value'},
  {name: 'key-message', tag: 'mwfa-key-message'},
  {name: 'trend-chart', tag: 'mwfa-trend-chart'},
];

// The UN languages besides English (built in), each a locale module `src/locales/<lang>.ts` that
// registers its words for every element; `all` registers the five.
export const LOCALES = ['ar', 'es', 'fr', 'ru', 'zh'];

/**
 * Output name -> source module of every registering entry: the elements (`index` registers them
 * all) and the locale modules (`locales/fr` → dist/locales/fr.js and dist/cdn/locales/fr.js).
 */
export const registeringEntries = {
  index: 'src/index.ts',
  ...Object.fromEntries(ELEMENTS.map(({name}) => [name, `src/${name}.ts`])),
  ...Object.fromEntries(
    [...LOCALES, 'all'].map((lang) => [`locales/${lang}`, `src/locales/${lang}.ts`]),
  ),
};
