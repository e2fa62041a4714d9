// Run before packing (`prepack`): only pnpm writes the version of @mwfa/data where package.json
// says `workspace:^`; `npm pack` or `npm publish` would ship that text, and no consumer could
// install the package.
if (!/^pnpm\//.test(process.env.npm_config_user_agent ?? '')) {
  console.error(
    '@mwfa/elements depends on @mwfa/data as "workspace:^": pack and publish it with pnpm (pnpm pack, pnpm changeset publish), which writes the version there.',
  );
  process.exit(1);
}
