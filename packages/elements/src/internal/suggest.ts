import {closeMatches} from '@mwfa/data/close-matches';

/** The end of a warning about an unknown id, with the close ids found: "…; did you mean "a"?" */
export const notInData = (what: string, matches: readonly string[]): string =>
  `is not ${what} in @mwfa/data${
    matches.length ? `; did you mean ${matches.map((m) => `"${m}"`).join(', ')}?` : ''
  }`;

/** The end of a warning about an unknown id: "…; did you mean "a", "b"?" */
export const unknownIdHint = (what: string, wanted: string, known: Iterable<string>): string =>
  notInData(what, closeMatches(wanted, known));

/**
 * An id as the page wrote it, without what a paste leaves around it: spaces, and the curly quotes
 * a word processor puts for straight ones (`indicator=”remittances”` reads as "”remittances”").
 */
export const readId = (given: string | null | undefined): string | undefined =>
  given?.replace(/^[\s"'‘’“”„«»]+|[\s"'‘’“”„«»]+$/g, '');
