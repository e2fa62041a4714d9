import type {Indicator} from './types.js';

export type {Indicator} from './types.js';

/** Every figure of the background note, in the note's own terms. */
export const indicators: readonly Indicator[] = [
  {
    id: 'international-migrants',
    label: 'international migrants worldwide',
    value: 258_000_000,
    unit: 'persons',
    qualifier: 'none',
    period: {start: 2017, end: 2017},
    series: 'international-migrant-stock',
    provenance: {
      source: 'sg-background-note-1',
      locator: 'Why is migration important for the United Nations today?',
      quote: 'There are 258 million international migrants worldwide',
    },
  },
];

const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));

/** The indicator with this id, or `undefined`. Never throws. */
export function getIndicator(id: string): Indicator | undefined {
  return byId.get(id);
}
