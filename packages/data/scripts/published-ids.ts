/**
 * Which ids have been published, and whether a change to them is allowed. Pages name ids in
 * attributes (`indicator="remittances"`) and scripts in calls (`requireSource('desa-2017')`): a
 * removed or renamed id breaks them, so it needs a major version. `published-ids.json` keeps
 * every id the data has had; test/id-stability.test.ts holds the data to it and
 * scripts/write-readme.mjs (`pnpm run readme`) extends it. Pure: callers read the files.
 */

/** The collections whose records have an id a page or script names (claim checks have none). */
export const COLLECTIONS = [
  'indicators',
  'keyMessages',
  'milestones',
  'series',
  'contextFigures',
  'sources',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Ids by collection, as in `published-ids.json`. */
export type IdLists = Record<string, readonly string[]>;

const PACKAGE_NAME = '@mwfa/data';
export const LIST_FILE = 'published-ids.json';
const RUN_README = '`pnpm run readme` in packages/data';

/** Each collection's ids, in the data's order. */
export function idsInData(data: Record<Collection, readonly {id: string}[]>): IdLists {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, data[name].map((r) => r.id)]));
}

/** A changeset file as Changesets reads them: `*.md` in `.changeset/`, not README.md or hidden. */
export function isChangesetFile(name: string): boolean {
  return name.endsWith('.md') && !name.startsWith('.') && !/^README\.md$/i.test(name);
}

const quoted = String.raw`'([^']*)'|"([^"]*)"`;
/** `'@mwfa/data': major`, `"@mwfa/data": major` (YAML), with an optional comment after it. */
const releaseLine = new RegExp(
  String.raw`^(?:${quoted}|([^\s'"#:][^:#]*?))\s*:\s*(?:${quoted}|([\w-]+))\s*(?:#.*)?$`,
);

/**
 * The bump each package gets from one changeset's front matter (package name → `major`, …).
 * A line it cannot read throws rather than being skipped: a skipped major would send the
 * maintainer to add one that is already there.
 */
export function changesetReleases(text: string): Map<string, string> {
  const releases = new Map<string, string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (lines[first]?.trim() !== '---') return releases;
  for (const line of lines.slice(first + 1)) {
    const trimmed = line.trim();
    if (trimmed === '---') return releases;
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const match = releaseLine.exec(trimmed);
    if (!match) throw new Error(`Changeset front matter line not understood: ${trimmed}`);
    const [, single, double, bare, singleBump, doubleBump, bareBump] = match;
    releases.set(
      (single ?? double ?? bare ?? '').trim(),
      singleBump ?? doubleBump ?? bareBump ?? '',
    );
  }
  throw new Error('Changeset front matter has no closing `---`.');
}

/** The names of the pending changesets that make a major release of @mwfa/data. */
export function majorChangesets(files: readonly {name: string; text: string}[]): string[] {
  return files
    .filter(({name}) => isChangesetFile(name))
    .filter(({name, text}) => {
      try {
        return changesetReleases(text).get(PACKAGE_NAME) === 'major';
      } catch (error) {
        throw new Error(`.changeset/${name}: ${(error as Error).message}`);
      }
    })
    .map(({name}) => name);
}

const collectionsOf = (listed: IdLists, inData: IdLists): string[] => [
  ...new Set([...Object.keys(inData), ...Object.keys(listed)]),
];

/**
 * What keeps the data and the list apart, one sentence each, naming the collection, the id and
 * the way out. `majors`: the pending major changesets of @mwfa/data (majorChangesets).
 */
export function idProblems(listed: IdLists, inData: IdLists, majors: readonly string[]): string[] {
  return collectionsOf(listed, inData).flatMap((name) => {
    const data = new Set(inData[name] ?? []);
    const list = new Set(listed[name] ?? []);
    const missing = [...list].filter((id) => !data.has(id));
    const unlisted = [...data].filter((id) => !list.has(id));
    return [
      ...missing.map((id) =>
        majors.length === 0
          ? `${name}: \`${id}\` was published and is no longer in the data, so every page or script ` +
            `that names it breaks on the next update. Keep the id (restore it), or add a major ` +
            `changeset for ${PACKAGE_NAME} (\`pnpm changeset\`, with a “Consumer action:” line ` +
            `naming the id to use instead) and run ${RUN_README}.`
          : `${name}: \`${id}\` is no longer in the data, and a major changeset for ${PACKAGE_NAME} ` +
            `is pending (${majors.join(', ')}): run ${RUN_README} to take it off ${LIST_FILE}.`,
      ),
      ...unlisted.map(
        (id) =>
          `${name}: \`${id}\` is in the data but not in ${LIST_FILE}: run ${RUN_README} to add it.`,
      ),
    ];
  });
}

/**
 * The list `pnpm run readme` writes: every id in the data, and the listed ids no longer in it
 * unless a major changeset is pending (the test goes on naming them). Sorted, for short diffs.
 */
export function nextList(listed: IdLists, inData: IdLists, majors: readonly string[]): IdLists {
  return Object.fromEntries(
    collectionsOf(listed, inData)
      .map((name): [string, string[]] => {
        const kept = majors.length === 0 ? (listed[name] ?? []) : [];
        return [name, [...new Set([...kept, ...(inData[name] ?? [])])].sort()];
      })
      .filter(([, ids]) => ids.length > 0),
  );
}
