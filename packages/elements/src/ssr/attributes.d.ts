/** Built by scripts/ssr-attributes.mjs from custom-elements.json: each element's attributes. */
declare module 'virtual:mwfa-ssr-attributes' {
  export const ATTRIBUTES: Readonly<
    Record<
      'mwfa-stat-card' | 'mwfa-value' | 'mwfa-key-message' | 'mwfa-trend-chart',
      readonly string[]
    >
  >;
}
