import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {requireIndicator, type IndicatorId} from '@mwfa/data/indicators';
import {keyMessages} from '@mwfa/data/key-messages';
import {html, nothing} from 'lit';
import '@mwfa/elements/stat-card.js';
import {recordLinks, recordPage} from './record.js';

/**
 * A page for each indicator of `@mwfa/data`, named by its id, so that the sidebar's search finds
 * it: its stat card, the note's words, and the record. The docs' check fails when an indicator
 * has no page here (test/smoke.mjs).
 */
const meta: Meta = {
  title: 'Data/Indicators',
  parameters: {layout: 'padded', controls: {disable: true}},
};

export default meta;

function indicator(id: IndicatorId): StoryObj {
  return {
    render: (_args, {globals}) => {
      const record = requireIndicator(id);
      const citedBy = keyMessages.filter((message) => message.indicators.includes(id));
      return recordPage(globals, {
        label: 'Indicator',
        item: [
          html`<mwfa-stat-card indicator=${id}></mwfa-stat-card>`,
          `<mwfa-stat-card indicator="${id}"></mwfa-stat-card>`,
        ],
        wide: false,
        quote: record.provenance.quote,
        source: record.provenance.source,
        locator: record.provenance.locator,
        notes: [record.note],
        related: html`${
          record.series
            ? html`<p>Over time: ${recordLinks('series', [record.series])}.</p>`
            : nothing
        }${
          citedBy.length > 0
            ? html`<p>
                Key messages it supports:
                ${recordLinks(
                  'key-messages',
                  citedBy.map((message) => message.id),
                )}.
              </p>`
            : nothing
        }`,
        record,
      });
    },
  };
}

// Each name is written out, not left to the factory: Storybook's index reads it from this file
// without running it, and the sidebar's search finds a record by its id.
export const InternationalMigrants = {
  ...indicator('international-migrants'),
  name: 'international-migrants',
};
export const MigrantGrowthSince2000 = {
  ...indicator('migrant-growth-since-2000'),
  name: 'migrant-growth-since-2000',
};
export const MigrantShareOfWorldPopulation = {
  ...indicator('migrant-share-of-world-population'),
  name: 'migrant-share-of-world-population',
};
export const EarningsSpentInHostCountries = {
  ...indicator('earnings-spent-in-host-countries'),
  name: 'earnings-spent-in-host-countries',
};
export const Remittances = {...indicator('remittances'), name: 'remittances'};
export const RemittancesToOdaRatio = {
  ...indicator('remittances-to-oda-ratio'),
  name: 'remittances-to-oda-ratio',
};
export const WomenShareOfMigrants = {
  ...indicator('women-share-of-migrants'),
  name: 'women-share-of-migrants',
};
export const MigrantWomenInWork = {
  ...indicator('migrant-women-in-work'),
  name: 'migrant-women-in-work',
};
export const WomenInWorkWorldwide = {
  ...indicator('women-in-work-worldwide'),
  name: 'women-in-work-worldwide',
};
export const MigrantsInForcedLabour = {
  ...indicator('migrants-in-forced-labour'),
  name: 'migrants-in-forced-labour',
};
export const MigrantDeathsSince2014 = {
  ...indicator('migrant-deaths-since-2014'),
  name: 'migrant-deaths-since-2014',
};
export const MigrantDeaths2017 = {...indicator('migrant-deaths-2017'), name: 'migrant-deaths-2017'};
