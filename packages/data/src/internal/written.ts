/**
 * A record as its module writes it, for `satisfies`: the published shape, but with its own `id`
 * typed `Lowercase<string>` instead of the collection's id union, which is read off these very
 * records. Checked against plain `string`, TypeScript would widen every id to `string`; a
 * `Lowercase<string>` context keeps each one a literal.
 */
export type Written<T> = Omit<T, 'id'> & {id: Lowercase<string>};
