// The public elements, written once: each is a registering entry module `src/<name>.ts` that
// defines `tag`. The ESM build, the script-tag bundles, the registering-modules plugin and the
// tests derive from this list; a contract test checks package.json's exports and sideEffects.
export const ELEMENTS = [
  {name: 'stat-card', tag: 'mwfa-stat-card'},
  {name: 'value', tag: 'mwfa-value'},
  {name: 'key-message', tag: 'mwfa-key-message'},
  {name: 'trend-chart', tag: 'mwfa-trend-chart'},
];

/** Output name -> source module of every registering entry (`index` registers them all). */
export const registeringEntries = {
  index: 'src/index.ts',
  ...Object.fromEntries(ELEMENTS.map(({name}) => [name, `src/${name}.ts`])),
};
