import type {Series} from './types.js';

export type {Observation, Series} from './types.js';

/** Context series from the primary sources the report relies on. */
export const series: readonly Series[] = [
  {
    id: 'international-migrant-stock',
    label: 'International migrants',
    unit: 'persons',
    description: 'International migrant stock at mid-year, world total.',
    source: 'un-desa-migrant-stock-2017',
    status: 'confirmed-copy',
    observations: [
      {year: 1990, value: 152_542_373},
      {year: 1995, value: 160_700_028},
      {year: 2000, value: 172_604_257},
      {year: 2005, value: 190_531_600},
      {year: 2010, value: 220_019_266},
      {year: 2015, value: 247_585_744},
      {year: 2017, value: 257_715_425},
    ],
  },
];

const byId = new Map(series.map((entry) => [entry.id, entry]));

/** The series with this id, or `undefined`. Never throws. */
export function getSeries(id: string): Series | undefined {
  return byId.get(id);
}
