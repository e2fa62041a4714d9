/** Levenshtein distance between two short strings (ids are a few dozen characters at most). */
function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Up to three of `known` close to `wanted`: containing it, or within a few edits. */
export function closeMatches(wanted: string, known: readonly string[]): string[] {
  const id = wanted.trim().toLowerCase();
  return known
    .map((candidate) => ({
      candidate,
      score: id && (candidate.includes(id) || id.includes(candidate)) ? 0 : distance(id, candidate),
    }))
    .filter(({score}) => score <= Math.max(3, id.length / 3))
    .sort((x, y) => x.score - y.score)
    .slice(0, 3)
    .map(({candidate}) => candidate);
}

/** The end of a warning about an unknown id: "…; did you mean "a", "b"?" */
export function unknownIdHint(what: string, wanted: string, known: readonly string[]): string {
  const matches = closeMatches(wanted, known);
  return `is not ${what} in @mwfa/data${
    matches.length ? `; did you mean ${matches.map((m) => `"${m}"`).join(', ')}?` : ''
  }`;
}
