// CHANGELOG entries as the changeset words them. Changesets' default generator starts each with
// the short hash of its commit ("c5377f9: First release…"), which a reader on npm, where the
// package names no repository, cannot follow.
const entry = (text) => {
  const [first, ...rest] = text.split('\n').map((line) => line.trimEnd());
  return [`- ${first}`, ...rest.map((line) => (line ? `  ${line}` : ''))].join('\n');
};

module.exports = {
  getReleaseLine: async (changeset) => entry(changeset.summary),
  getDependencyReleaseLine: async (_changesets, updated) =>
    updated.length === 0
      ? ''
      : ['- Updated dependencies', ...updated.map((d) => `  - ${d.name}@${d.newVersion}`)].join(
          '\n',
        ),
};
