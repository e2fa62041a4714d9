import type {KeyMessageKind} from '@mwfa/data';

/** Words of `<mwfa-key-message>` only (kept out of the other elements). */
export interface KeyMessageWords {
  section: string;
  kind: Record<KeyMessageKind, string>;
  relatedFigures: string;
  noMessage: string;
}

/** Built into the element; the other languages come from locale modules (src/locales/). */
export const en: KeyMessageWords = {
  section: 'section',
  kind: {
    call: 'Call',
    warning: 'Warning',
    recommendation: 'Recommendation',
    commitment: 'Commitment',
    finding: 'Finding',
  },
  relatedFigures: 'Related figures',
  noMessage: 'Message not available',
};
