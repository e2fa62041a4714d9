import type {Source} from './types.js';

export type {Source} from './types.js';

/** Every source a figure, message or series cites. */
export const sources: readonly Source[] = [
  {
    id: 'sg-background-note-1',
    publisher: 'United Nations',
    title:
      'Background Note 1: Making Migration Work for All — an urgent call for international cooperation on migration',
    vintage: 'December 2017',
    url: 'https://refugeesmigrants.un.org/SGReport',
    status: 'confirmed',
  },
  {
    id: 'un-desa-migrant-stock-2017',
    publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
    title: 'Trends in International Migrant Stock: The 2017 Revision',
    vintage: 'Rev.2017 (POP/DB/MIG/Stock/Rev.2017)',
    url: 'https://www.un.org/en/development/desa/population/migration/data/estimates2/estimates17.asp',
    status: 'confirmed-copy',
  },
];

const byId = new Map(sources.map((source) => [source.id, source]));

/** The source with this id, or `undefined`. Never throws. */
export function getSource(id: string): Source | undefined {
  return byId.get(id);
}
