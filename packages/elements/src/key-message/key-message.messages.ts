import type {KeyMessageKind} from '@mwfa/data';

/** Words of `<mwfa-key-message>` only (kept out of the other elements). */
export interface KeyMessageWords {
  /** Before and after the report's section title, with the language's quotation marks. */
  inSection: [before: string, after: string];
  /** Around the years of a related figure: " (" and ")" (Chinese full-width "（" "）", no space). */
  brackets: [before: string, after: string];
  kind: Record<KeyMessageKind, string>;
  relatedFigures: string;
  noMessage: string;
}

/** Built into the element; the other languages come from locale modules (src/locales/). */
export const en: KeyMessageWords = {
  inSection: ['section “', '”'],
  brackets: [' (', ')'],
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
