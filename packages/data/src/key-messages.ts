import type {KeyMessage, Milestone} from './types.js';

export type {KeyMessage, KeyMessageKind, Milestone} from './types.js';

/** The note's calls, warnings, recommendations and commitments. */
export const keyMessages: readonly KeyMessage[] = [
  {
    id: 'xenophobic-narratives',
    kind: 'warning',
    quote: 'xenophobic political narratives about migration are all too widespread today',
    summary: 'Governments should not let xenophobic narratives distort their agendas on migration.',
    locator: "What are the Secretary-General's overall messages in this report?",
    source: 'sg-background-note-1',
    indicators: [],
  },
];

/** Milestones the note names. */
export const milestones: readonly Milestone[] = [];

const byId = new Map(keyMessages.map((message) => [message.id, message]));

/** The key message with this id, or `undefined`. Never throws. */
export function getKeyMessage(id: string): KeyMessage | undefined {
  return byId.get(id);
}
