import {closeMatches} from '@mwfa/data/close-matches';

/**
 * The end of a warning about an unknown id, with the close ids found: "…; did you mean "a"?", or
 * where an editor who knows none finds them.
 */
export const notInData = (what: string, matches: readonly string[]): string =>
  `is not ${what} in @mwfa/data${
    matches.length
      ? `; did you mean ${matches.map((m) => `"${m}"`).join(', ')}?`
      : ' (its README lists every id)'
  }`;

/** The end of a warning about an unknown id: "…; did you mean "a", "b"?" */
export const unknownIdHint = (what: string, wanted: string, known: Iterable<string>): string =>
  notInData(what, closeMatches(wanted, known));

/**
 * An id as the page wrote it, without what a paste leaves in it: spaces and the curly quotes a
 * word processor puts for straight ones around it (`indicator=”remittances”` reads as
 * "”remittances”"), and invisible characters anywhere (a zero-width space, a soft hyphen).
 */
export const readId = (given: string | null | undefined): string | undefined =>
  given?.replace(/\p{Cf}/gu, '').replace(/^[\s"'‘’“”„«»]+|[\s"'‘’“”„«»]+$/g, '');

/** `a` is `b` with one letter added, left out or changed, or two swapped ("qualifer", "lable"). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i += 1;
  const after = (text: string, at: number) => text.slice(at);
  return (
    after(a, i + 1) === after(b, i + 1) ||
    after(a, i + 1) === after(b, i) ||
    after(a, i) === after(b, i + 1) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && after(a, i + 2) === after(b, i + 2))
  );
}
