import type {KeyMessage, Milestone} from './types.js';
import {lookup} from './internal/lookup.js';
import type {Written} from './internal/written.js';

export type {KeyMessage, KeyMessageKind, Milestone} from './types.js';

const NOTE = 'sg-background-note-1';
const WHY_NOW = 'Why is migration important for the United Nations today?';
const MESSAGES = "What are the Secretary-General's overall messages in this report?";
const NEW_REGIME = 'Is this a call for a new institution or legal regime to govern migration?';
const WHY_RELEASE = 'Why is the Secretary-General releasing this report now?';

// The records as written: `KeyMessageId` is read off their ids, and `keyMessages` publishes them.
const messageRecords = [
  {
    id: 'call-for-cooperation',
    kind: 'call',
    quote:
      '“Making Migration Work For All” is an urgent call for UN Member States to work together to maximize the benefits of migration and tackle its downsides.',
    summary:
      'The report urges Member States to cooperate so that migration brings more benefits and fewer harms.',
    locator: MESSAGES,
    source: NOTE,
    indicators: [],
  },
  {
    id: 'xenophobic-narratives',
    kind: 'warning',
    quote: 'xenophobic political narratives about migration are all too widespread today',
    summary: 'Governments should not let xenophobic narratives distort their agendas on migration.',
    locator: MESSAGES,
    source: NOTE,
    indicators: [],
  },
  {
    id: 'overwhelming-evidence',
    kind: 'finding',
    quote:
      'there is overwhelming evidence that migration has economic and social benefits for all countries, as well as for migrants themselves.',
    // The note gives this finding as what the Secretary-General emphasizes: so does the summary.
    summary:
      'The Secretary-General emphasizes that the evidence shows migration benefits all countries and migrants themselves.',
    locator: MESSAGES,
    source: NOTE,
    indicators: [
      'earnings-spent-in-host-countries',
      'remittances',
      'remittances-to-oda-ratio',
      'migrant-women-in-work',
    ],
  },
  {
    id: 'broaden-opportunities',
    kind: 'call',
    quote:
      'The “basic challenge” facing UN Member States is “to broaden the opportunities that migration offers to us all” rather than to place unrealistic restrictions on migrants.',
    summary:
      'States should widen what migration can offer instead of imposing unrealistic restrictions.',
    locator: MESSAGES,
    source: NOTE,
    indicators: [],
  },
  {
    id: 'rule-of-law',
    kind: 'recommendation',
    quote: 'To meet this challenge, states need to strengthen the rule of law at all levels.',
    summary: 'States should strengthen the rule of law at every level.',
    locator: MESSAGES,
    source: NOTE,
    indicators: [],
  },
  {
    id: 'legal-pathways',
    kind: 'recommendation',
    quote:
      'create more robust legal pathways for migrants to work, study and join their families, reducing incentives for irregular migration',
    summary:
      'Open more legal pathways for migrants to work, study and join their families, reducing incentives for irregular migration.',
    locator: MESSAGES,
    source: NOTE,
    indicators: [],
  },
  {
    id: 'avoid-draconian-policies',
    kind: 'recommendation',
    quote:
      'avoid draconian policies for deterring and detaining migrants that infringe human rights.',
    summary: 'Do not deter or detain migrants in ways that violate human rights.',
    locator: MESSAGES,
    source: NOTE,
    // The note gives no figure for detention or deterrence; forced labour is another harm.
    indicators: [],
  },
  {
    id: 'fewer-irregular-crossings',
    kind: 'finding',
    quote:
      'If governments open up more legal pathways for migration “there would be fewer irregular border crossings, fewer migrants working outside the law and fewer abuses of irregular migrants”',
    summary:
      'More legal pathways would mean fewer irregular crossings, fewer migrants working outside the law and fewer abuses.',
    locator: MESSAGES,
    source: NOTE,
    // The note ties no figure to irregular migration: forced labour is counted for all migrants.
    indicators: [],
  },
  {
    id: 'states-manage-entry',
    kind: 'finding',
    quote:
      'The Secretary-General also recognizes that states have a responsibility to manage who enters into their territory.',
    summary: 'States remain responsible for deciding who enters their territory.',
    locator: MESSAGES,
    source: NOTE,
    indicators: [],
  },
  {
    id: 'large-movements-strategy',
    kind: 'call',
    quote:
      'The report calls for the Compact to include a special strategy to address large movements of people as an urgent humanitarian and human rights priority.',
    summary: 'The Global Compact should carry a dedicated strategy for large movements of people.',
    locator: MESSAGES,
    source: NOTE,
    indicators: ['migrant-deaths-since-2014', 'migrant-deaths-2017'],
  },
  {
    id: 'not-legally-binding',
    kind: 'commitment',
    quote:
      'The Global Compact will not impose legally binding obligations on governments but the international community has a moral commitment to deliver on the Compact in a meaningful way.',
    summary:
      'The Compact binds no one legally, but the world is morally committed to delivering it.',
    locator: NEW_REGIME,
    source: NOTE,
    indicators: [],
  },
  {
    id: 'voluntary-cooperation',
    kind: 'call',
    quote:
      'It is clear that governments cannot manage all dimensions of migration unilaterally. “Making Migration Work for All” calls for governments to work together voluntarily to make migration productive, fair and humane for all.',
    summary:
      'No government can manage migration alone; the report asks them to cooperate voluntarily.',
    locator: NEW_REGIME,
    source: NOTE,
    indicators: [],
  },
  {
    id: 'un-system-support',
    kind: 'commitment',
    quote:
      'The Secretary-General commits the UN system to better position itself to support Member States in the implementation of the Global Compact.',
    summary: 'The UN system will organize itself to help Member States implement the Compact.',
    locator: NEW_REGIME,
    source: NOTE,
    indicators: [],
  },
  {
    id: 'blaming-migrants',
    kind: 'warning',
    quote:
      'But amidst anxiety in many places over jobs, identity and security it has become too easy to blame migrants.',
    summary: 'Worries about jobs, identity and security make migrants an easy scapegoat.',
    locator: WHY_NOW,
    source: NOTE,
    indicators: [],
  },
  {
    id: 'climate-and-demography',
    kind: 'warning',
    quote:
      'Climate change, environmental degradation and demographic and socio-economic pressures are likely to increase overall levels of migration in the coming decades, with an increased risk of further large-scale movements of people in highly vulnerable situations.',
    summary:
      'Climate, environmental and demographic pressures will probably raise migration and the risk of large, vulnerable movements.',
    locator: WHY_NOW,
    source: NOTE,
    indicators: ['international-migrants'],
  },
] satisfies readonly Written<KeyMessage>[];

/** The id of a key message: `'call-for-cooperation' | 'xenophobic-narratives' | …`. */
export type KeyMessageId = (typeof messageRecords)[number]['id'];

/** The note's calls, warnings, recommendations, commitments and findings. */
export const keyMessages: readonly KeyMessage[] = messageRecords;

// The same for the milestones.
const milestoneRecords = [
  {
    id: 'global-compact-adoption',
    label: 'Global Compact for Safe, Orderly and Regular Migration to be adopted',
    date: '2018-12',
    description:
      'UN Member States began negotiating a Global Compact for Safe, Orderly and Regular Migration, to be adopted by December 2018; the report is the Secretary-General’s contribution.',
    provenance: {
      source: NOTE,
      locator: WHY_RELEASE,
      quote:
        'UN Member States are beginning negotiations on a Global Compact for Safe, Orderly and Regular Migration, to be adopted by December 2018.',
    },
    context: {
      text: 'The Intergovernmental Conference to adopt it met in Marrakech on 10–11 December 2018; the General Assembly endorsed it in resolution 73/195 on 19 December 2018.',
      source: 'un-global-compact-2018',
      status: 'confirmed-copy',
    },
  },
  {
    id: 'sdg-10',
    label: 'Sustainable Development Goal 10, target 10.7',
    description:
      'Member States recognized in SDG 10 that well-managed migration matters for achieving the SDGs; its target 10.7 is about orderly, safe, regular and responsible migration.',
    provenance: {
      source: NOTE,
      locator: NEW_REGIME,
      quote:
        'Member States recognized this reality in Sustainable Development Goal 10, which emphasizes the importance of well-managed migration to achieving the SDGs.',
    },
    context: {
      text: 'Target 10.7: “Facilitate orderly, safe, regular and responsible migration and mobility of people, including through the implementation of planned and well-managed migration policies”.',
      source: 'un-sdg-target-10-7',
      status: 'confirmed-copy',
    },
  },
] satisfies readonly Written<Milestone>[];

/** The id of a milestone: `'global-compact-adoption' | 'sdg-10'`. */
export type MilestoneId = (typeof milestoneRecords)[number]['id'];

/** Milestones the note names, with what their primary source adds. */
export const milestones: readonly Milestone[] = milestoneRecords;

const byId = lookup('key message', keyMessages);
const milestoneById = lookup('milestone', milestones);

/**
 * The key message with this id, or `undefined`. Never throws. Takes any string (an attribute
 * value); TypeScript suggests the known ids.
 */
export function getKeyMessage(id: KeyMessageId | (string & {})): KeyMessage | undefined {
  return byId.get(id);
}

/**
 * The key message with this id; throws an `Error` that lists close matches when there is none.
 * TypeScript accepts known ids only.
 */
export function requireKeyMessage(id: KeyMessageId): KeyMessage {
  return byId.require(id);
}

/**
 * The milestone with this id, or `undefined`. Never throws. Takes any string; TypeScript
 * suggests the known ids.
 */
export function getMilestone(id: MilestoneId | (string & {})): Milestone | undefined {
  return milestoneById.get(id);
}

/**
 * The milestone with this id; throws an `Error` that lists close matches when there is none.
 * TypeScript accepts known ids only.
 */
export function requireMilestone(id: MilestoneId): Milestone {
  return milestoneById.require(id);
}
