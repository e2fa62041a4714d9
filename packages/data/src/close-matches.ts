/** Levenshtein distance between two short strings (ids are at most a few dozen characters). */
function distance(a: string, b: string): number {
  // Not `Array.from({length}, map)`: MooTools and Prototype.js, on old pages, replace
  // `Array.from` with one that ignores `map`.
  let previous: number[] = [];
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Lower is closer: 0 when one contains the other, 1 when every word of `wanted` is in it. */
function score(wanted: string, candidate: string): number {
  if (wanted.length === 0) return Infinity;
  // One or two letters are in most ids: containing them says nothing.
  if (wanted.length > 2 && (candidate.includes(wanted) || wanted.includes(candidate))) return 0;
  const words = new Set(candidate.split('-'));
  // Words as people type them too: "world bank", "migrants_women".
  if (wanted.split(/[\s_-]+/).every((word) => words.has(word))) return 1;
  return distance(wanted, candidate);
}

/**
 * Up to three of `known` closest to `id`: those containing it, holding all its words, or within
 * a few edits. `requireX` uses it in its error; elements use it in their warnings.
 */
export function closeMatches(id: string, known: Iterable<string>): string[] {
  const wanted = id.trim().toLowerCase();
  return [...known]
    .map((candidate) => ({candidate, score: score(wanted, candidate)}))
    .filter(({score}) => score <= Math.max(3, Math.floor(wanted.length / 3)))
    .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
    .slice(0, 3)
    .map(({candidate}) => candidate);
}
