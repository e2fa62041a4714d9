// Run before packing (`prepack`, in the package's folder): refuses a dist/ older than what it is
// built from. Packed right after `changeset version`, it would ship the version before, which the
// build writes into the data (`version`), the datapackage and the bundles' licence lines, or code
// and records older than the sources. `pnpm release` builds first; a `pnpm pack` by hand did not.
import {readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {buildInputs, changedSince} from './build-if-stale.mjs';

// Under turbo (the package tests pack) the build task ran first.
if (!process.env.TURBO_HASH) {
  const {uses} = buildInputs();
  for (const dir of [...uses, '.']) {
    const {built, sources} = buildInputs(dir);
    const changed = changedSince(built, sources);
    if (changed) {
      const {name} = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const what =
        changed === built ? 'is not built' : `was built before ${relative(dir, changed)} changed`;
      console.error(
        `${name} ${what}: run \`pnpm build\` at the repository's root, then pack again.`,
      );
      process.exit(1);
    }
  }
}
