import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {indicators} from '@mwfa/data/indicators';
import {requireSeries, type SeriesId} from '@mwfa/data/series';
import {html, nothing} from 'lit';
import '@mwfa/elements/trend-chart.js';
import {recordLinks, recordPage} from './record.js';

/**
 * A page for each context series of `@mwfa/data`, named by its id, so that the sidebar's search
 * finds it: its chart, its source, and the record with every observation. The docs' check fails
 * when a series has no page here (test/smoke.mjs).
 */
const meta: Meta = {
  title: 'Data/Series',
  parameters: {layout: 'padded', controls: {disable: true}},
};

export default meta;

function oneSeries(id: SeriesId): StoryObj {
  return {
    render: (_args, {globals}) => {
      const record = requireSeries(id);
      const shownBy = indicators.filter((indicator) => indicator.series === id);
      return recordPage(globals, {
        label: 'Series',
        item: [
          html`<mwfa-trend-chart series=${id}></mwfa-trend-chart>`,
          `<mwfa-trend-chart series="${id}"></mwfa-trend-chart>`,
        ],
        wide: true,
        source: record.source,
        notes: [record.description],
        related:
          shownBy.length > 0
            ? html`<p>
                Indicators of the note it gives context to:
                ${recordLinks(
                  'indicators',
                  shownBy.map((indicator) => indicator.id),
                )}.
              </p>`
            : nothing,
        record,
      });
    },
  };
}

// Each name is written out, not left to the factory: Storybook's index reads it from this file
// without running it, and the sidebar's search finds a record by its id.
export const InternationalMigrantStock = {
  ...oneSeries('international-migrant-stock'),
  name: 'international-migrant-stock',
};
export const MigrantShareOfWorldPopulation = {
  ...oneSeries('migrant-share-of-world-population'),
  name: 'migrant-share-of-world-population',
};
export const FemaleMigrantStock = {
  ...oneSeries('female-migrant-stock'),
  name: 'female-migrant-stock',
};
export const FemaleShareOfMigrants = {
  ...oneSeries('female-share-of-migrants'),
  name: 'female-share-of-migrants',
};
export const GlobalRemittanceInflows = {
  ...oneSeries('global-remittance-inflows'),
  name: 'global-remittance-inflows',
};
export const RecordedMigrantDeaths = {
  ...oneSeries('recorded-migrant-deaths'),
  name: 'recorded-migrant-deaths',
};
