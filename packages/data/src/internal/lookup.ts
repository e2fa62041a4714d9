import {closeMatches} from '../close-matches.js';

/**
 * The message a `requireX` function throws for an unknown id. JavaScript may pass anything
 * (`null`, a number): it is named as text, not read as one, which threw a TypeError.
 */
function unknownIdMessage(kind: string, given: unknown, known: Iterable<string>): string {
  const id = String(given);
  const matches = closeMatches(id, known);
  const hint =
    matches.length > 0
      ? ` Did you mean ${matches.map((m) => `"${m}"`).join(', ')}?`
      : ' No id is close to it.';
  return `@mwfa/data: unknown ${kind} id "${id}".${hint}`;
}

/**
 * Look-ups by id over `records`: `get` returns `undefined` for an unknown id, `require` throws
 * the message above. Each collection module exports them under its own names.
 */
export function lookup<T extends {id: string}>(kind: string, records: readonly T[]) {
  const byId = new Map(records.map((record) => [record.id, record]));
  return {
    get: (id: string): T | undefined => byId.get(id),
    require: (id: string): T => {
      const found = byId.get(id);
      if (!found) throw new Error(unknownIdMessage(kind, id, byId.keys()));
      return found;
    },
  };
}
