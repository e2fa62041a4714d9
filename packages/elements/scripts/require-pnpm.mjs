// Run before packing (`prepack`): only pnpm writes the version of @mwfa/data where package.json
// says `workspace:^`; `npm pack` or `npm publish` would ship that text, and no consumer could
// install the package. The program running this script is in `npm_execpath`, which each sets
// (`npm_config_user_agent` is inherited: npm run from a pnpm script says pnpm).
import {basename} from 'node:path';

if (!/^pnpm(\.[cm]?js)?$/.test(basename(process.env.npm_execpath ?? ''))) {
  console.error(
    '@mwfa/elements depends on @mwfa/data as "workspace:^": pack and publish it with pnpm (pnpm pack, pnpm changeset publish), which writes the version there.',
  );
  process.exit(1);
}
