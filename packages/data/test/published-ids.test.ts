import {describe, expect, it} from 'vitest';
import {
  changesetReleases,
  idProblems,
  isChangesetFile,
  majorChangesets,
  nextList,
} from '../scripts/published-ids.js';

const changeset = (frontMatter: string): string =>
  `---\n${frontMatter}\n---\n\nRenamed \`remittances\` to \`remittance-inflows\`.\n`;

describe('changesetReleases', () => {
  it('reads a package name in single or double quotes', () => {
    expect(changesetReleases(changeset(`'@mwfa/data': major`))).toEqual(
      new Map([['@mwfa/data', 'major']]),
    );
    expect(changesetReleases(changeset(`"@mwfa/data": patch`))).toEqual(
      new Map([['@mwfa/data', 'patch']]),
    );
  });

  it('reads several packages, a quoted bump, comments and Windows line ends', () => {
    const text = changeset(
      `"@mwfa/elements": major  # the tone attribute\n\n'@mwfa/data': 'minor'\n# no more`,
    ).replaceAll('\n', '\r\n');
    expect(changesetReleases(text)).toEqual(
      new Map([
        ['@mwfa/elements', 'major'],
        ['@mwfa/data', 'minor'],
      ]),
    );
  });

  it('reads only the front matter: a bump quoted in the text below it is no release', () => {
    const text = `${changeset(`'@mwfa/data': patch`)}\n---\n'@mwfa/data': major\n---\n`;
    expect(changesetReleases(text)).toEqual(new Map([['@mwfa/data', 'patch']]));
    expect(changesetReleases(`# Changesets\n\n---\n'@mwfa/data': major\n---\n`)).toEqual(new Map());
  });

  it('throws on a line it cannot read, or front matter that never closes', () => {
    expect(() => changesetReleases(changeset(`{'@mwfa/data': major}`))).toThrow(
      /line not understood: \{'@mwfa\/data': major\}/,
    );
    expect(() => changesetReleases(`---\n'@mwfa/data': major\n`)).toThrow(/no closing/);
  });
});

describe('isChangesetFile', () => {
  it('is a .md file in .changeset/ other than README.md, as Changesets reads them', () => {
    expect(
      ['data-initial-release.md', 'README.md', 'readme.md', '.draft.md', 'config.json'].filter(
        isChangesetFile,
      ),
    ).toEqual(['data-initial-release.md']);
  });
});

describe('majorChangesets', () => {
  it('names the changesets with a major for @mwfa/data, alone or beside another package', () => {
    expect(
      majorChangesets([
        {name: 'rename.md', text: changeset(`'@mwfa/data': major`)},
        {name: 'both.md', text: changeset(`"@mwfa/elements": minor\n"@mwfa/data": major`)},
        {name: 'fix.md', text: changeset(`'@mwfa/data': patch`)},
      ]),
    ).toEqual(['rename.md', 'both.md']);
  });

  it('does not count a major for @mwfa/elements only, or one in README.md', () => {
    expect(
      majorChangesets([
        {name: 'elements.md', text: changeset(`'@mwfa/elements': major\n'@mwfa/data': minor`)},
        {name: 'README.md', text: changeset(`'@mwfa/data': major`)},
      ]),
    ).toEqual([]);
  });

  it('names the file whose front matter it cannot read', () => {
    expect(() => majorChangesets([{name: 'odd.md', text: changeset('@mwfa/data major')}])).toThrow(
      /^\.changeset\/odd\.md: Changeset front matter line not understood/,
    );
  });
});

const listed = {indicators: ['international-migrants', 'remittances'], sources: ['desa']};
const renamed = {indicators: ['international-migrants', 'remittance-inflows'], sources: ['desa']};

describe('idProblems', () => {
  it('finds none when the data has exactly the listed ids, in any order', () => {
    const reordered = {sources: ['desa'], indicators: ['remittances', 'international-migrants']};
    expect(idProblems(listed, reordered, [])).toEqual([]);
  });

  it('a renamed id without a major changeset: names the collection and id, and both ways out', () => {
    const [gone, added, ...rest] = idProblems(listed, renamed, []);
    expect(rest).toEqual([]);
    expect(gone).toMatch(/^indicators: `remittances` was published and is no longer in the data/);
    expect(gone).toContain('Keep the id (restore it)');
    expect(gone).toContain('add a major changeset for @mwfa/data');
    expect(added).toBe(
      'indicators: `remittance-inflows` is in the data but not in published-ids.json: run `pnpm run readme` in packages/data to add it.',
    );
  });

  it('with a major changeset pending, asks only for the list to be written again', () => {
    expect(idProblems(listed, renamed, ['rename.md'])).toEqual([
      'indicators: `remittances` is no longer in the data, and a major changeset for @mwfa/data is pending (rename.md): run `pnpm run readme` in packages/data to take it off published-ids.json.',
      'indicators: `remittance-inflows` is in the data but not in published-ids.json: run `pnpm run readme` in packages/data to add it.',
    ]);
  });

  it('counts a collection gone from the data as every id of it gone', () => {
    expect(idProblems(listed, {indicators: listed.indicators}, [])).toEqual([
      expect.stringMatching(/^sources: `desa` was published/),
    ]);
  });
});

describe('nextList', () => {
  it('adds the new ids, sorted, and keeps a removed one without a major changeset', () => {
    expect(nextList(listed, renamed, [])).toEqual({
      indicators: ['international-migrants', 'remittance-inflows', 'remittances'],
      sources: ['desa'],
    });
  });

  it('drops a removed id, and a collection left empty, with a major changeset pending', () => {
    expect(nextList(listed, {indicators: renamed.indicators}, ['rename.md'])).toEqual({
      indicators: ['international-migrants', 'remittance-inflows'],
    });
  });

  it('leaves a list that agrees with the data as it was', () => {
    expect(nextList(listed, listed, [])).toEqual(listed);
    expect(nextList(listed, listed, ['rename.md'])).toEqual(listed);
  });
});
