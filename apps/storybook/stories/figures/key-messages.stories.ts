import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {requireKeyMessage, type KeyMessageId} from '@mwfa/data/key-messages';
import {html, nothing} from 'lit';
import '@mwfa/elements/key-message.js';
import {recordLinks, recordPage} from './record.js';

/**
 * A page for each key message of `@mwfa/data`, named by its id, so that the sidebar's search
 * finds it: its callout, where the note says it, and the record. The docs' check fails when a
 * key message has no page here (test/smoke.mjs).
 */
const meta: Meta = {
  title: 'Data/Key messages',
  parameters: {layout: 'padded', controls: {disable: true}},
};

export default meta;

function keyMessage(id: KeyMessageId): StoryObj {
  return {
    render: (_args, {globals}) => {
      const record = requireKeyMessage(id);
      return recordPage(globals, {
        label: 'Key message',
        item: [
          html`<mwfa-key-message message=${id}></mwfa-key-message>`,
          `<mwfa-key-message message="${id}"></mwfa-key-message>`,
        ],
        wide: true,
        source: record.source,
        locator: record.locator,
        notes: [],
        related:
          record.indicators.length > 0
            ? html`<p>Figures that support it: ${recordLinks('indicators', record.indicators)}.</p>`
            : nothing,
        record,
      });
    },
  };
}

// Each name is written out, not left to the factory: Storybook's index reads it from this file
// without running it, and the sidebar's search finds a record by its id.
export const CallForCooperation = {
  ...keyMessage('call-for-cooperation'),
  name: 'call-for-cooperation',
};
export const XenophobicNarratives = {
  ...keyMessage('xenophobic-narratives'),
  name: 'xenophobic-narratives',
};
export const OverwhelmingEvidence = {
  ...keyMessage('overwhelming-evidence'),
  name: 'overwhelming-evidence',
};
export const BroadenOpportunities = {
  ...keyMessage('broaden-opportunities'),
  name: 'broaden-opportunities',
};
export const RuleOfLaw = {...keyMessage('rule-of-law'), name: 'rule-of-law'};
export const LegalPathways = {...keyMessage('legal-pathways'), name: 'legal-pathways'};
export const AvoidDraconianPolicies = {
  ...keyMessage('avoid-draconian-policies'),
  name: 'avoid-draconian-policies',
};
export const FewerIrregularCrossings = {
  ...keyMessage('fewer-irregular-crossings'),
  name: 'fewer-irregular-crossings',
};
export const StatesManageEntry = {
  ...keyMessage('states-manage-entry'),
  name: 'states-manage-entry',
};
export const LargeMovementsStrategy = {
  ...keyMessage('large-movements-strategy'),
  name: 'large-movements-strategy',
};
export const NotLegallyBinding = {
  ...keyMessage('not-legally-binding'),
  name: 'not-legally-binding',
};
export const VoluntaryCooperation = {
  ...keyMessage('voluntary-cooperation'),
  name: 'voluntary-cooperation',
};
export const UnSystemSupport = {...keyMessage('un-system-support'), name: 'un-system-support'};
export const BlamingMigrants = {...keyMessage('blaming-migrants'), name: 'blaming-migrants'};
export const ClimateAndDemography = {
  ...keyMessage('climate-and-demography'),
  name: 'climate-and-demography',
};
