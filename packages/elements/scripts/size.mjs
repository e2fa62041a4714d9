// Size budgets of the script-tag bundles, brotli-compressed (node:zlib, quality 11).
//   node scripts/size.mjs           check the ceilings, write .reports/size.json, exit 1 if over
// Each bundle has a `target` (the project's budget) and a `ceiling` (what it weighs today, rounded
// up to the next 0.1 kB with at least 50 B to spare): the check fails above the ceiling, so no
// change can make a bundle much heavier unnoticed. The spare bytes are there because brotli's
// output moves by tens of bytes when code elsewhere in the file changes (a shorter function has
// made the bundle 100 B heavier); a ceiling without them fails on that noise, not on growth.
// Lower a ceiling whenever a bundle gets lighter; the targets are not met yet (see README).
//   node scripts/size.mjs --readme  the same, and write the table into README.md
// A bundle "without data" is built again with @mwfa/data left external (in memory, not shipped):
// everything of ours and of Lit, none of the figures. The stat card is weighed both ways, because
// the issue's "stat card alone ≤ 9 kB" does not say whether its data counts.
import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {format as prettierFormat, resolveConfig} from 'prettier';
import {brotli, bundleInMemory} from './weigh.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const withoutData = async (bundle) =>
  Buffer.from((await bundleInMemory(bundle, {withData: false})).code);

const KB = 1000;
const budgets = [
  {
    name: 'All elements, without data',
    what: '`mwfa.js` rebuilt with `@mwfa/data` external',
    code: await withoutData('mwfa'),
    target: 18 * KB,
    ceiling: 31.1 * KB,
  },
  {
    name: 'Full bundle, with data',
    what: '`dist/cdn/mwfa.js`',
    code: readFileSync('dist/cdn/mwfa.js'),
    target: 24 * KB,
    ceiling: 35.6 * KB,
  },
  {
    name: 'Stat card alone, without data',
    what: '`stat-card.js` rebuilt with `@mwfa/data` external',
    code: await withoutData('stat-card'),
    target: 9 * KB,
    ceiling: 12.3 * KB,
  },
  {
    name: 'Stat card alone, with its data',
    what: '`dist/cdn/stat-card.js`',
    code: readFileSync('dist/cdn/stat-card.js'),
    target: 9 * KB,
    ceiling: 14.6 * KB,
  },
];

const format = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const rows = budgets.map((b) => ({...b, min: b.code.length, br: brotli(b.code)}));
const table = [
  '| bundle | measured | minified | brotli | target | ceiling (checked) |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.what} | ${format(r.min)} | **${format(r.br)}** | ${format(r.target)} ${r.br <= r.target ? '(met)' : `(over by ${format(r.br - r.target)})`} | ${format(r.ceiling)} ${r.br <= r.ceiling ? 'ok' : 'OVER'} |`,
  ),
].join('\n');
// The locale modules have no budget; their weights are printed, and written into the README.
const locales = readdirSync('dist/cdn/locales')
  .filter((file) => file.endsWith('.js'))
  .sort((a, b) => Number(a === 'all.js') - Number(b === 'all.js') || a.localeCompare(b))
  .map((file) => `\`${file}\` ${format(brotli(readFileSync(`dist/cdn/locales/${file}`)))}`);
const localeLine = `Locale modules (\`dist/cdn/locales/\`, brotli): ${locales.join(', ')}.`;
console.log(`\nSize budgets (brotli, kB = 1000 bytes)\n\n${table}\n\n${localeLine}\n`);

const failed = rows.filter((r) => r.br > r.ceiling);
// In bytes: rounded to 0.1 kB, 34,028 B over 34,000 read "34.0 kB > 34.0 kB".
const bytes = (n) => `${Math.round(n).toLocaleString('en')} B`;
for (const r of failed) {
  console.error(`Over its ceiling: ${r.name} is ${bytes(r.br)} > ${bytes(r.ceiling)}`);
}
if (failed.length > 0) {
  console.error(
    [
      'If the growth is wanted (a feature, or new records in @mwfa/data, which the bundles carry):',
      '  1. raise the ceiling in packages/elements/scripts/size.mjs to the new size plus at least',
      '     50 B, rounded up to 0.1 kB;',
      '  2. run `pnpm run size` in packages/elements (it rewrites the README table);',
      '  3. update the sizes under "Known gaps" in the root README.',
    ].join('\n'),
  );
}
mkdirSync('.reports', {recursive: true});
writeFileSync(
  '.reports/size.json',
  JSON.stringify(
    {
      passed: rows.length - failed.length,
      failed: failed.length,
      skipped: 0,
      failures: failed.map((r) => ({
        name: r.name,
        message: `${bytes(r.br)} > ${bytes(r.ceiling)}`,
      })),
    },
    null,
    2,
  ),
);

if (process.argv.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- size:start -->';
  const end = '<!-- size:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from === -1 || to === -1) {
    console.error(`README.md has no ${start} … ${end} section.`);
    process.exit(1);
  }
  const stamp = `Measured by \`pnpm run size\` (kB = 1000 bytes, brotli quality 11).`;
  writeFileSync(
    'README.md',
    // Formatted as the repository's Prettier check expects.
    await prettierFormat(
      `${readme.slice(0, from + start.length)}\n\n${table}\n\n${localeLine}\n\n${stamp}\n\n${readme.slice(to)}`,
      {...(await resolveConfig(join(root, 'README.md'))), filepath: join(root, 'README.md')},
    ),
  );
  console.log('README.md updated.');
}
process.exitCode = failed.length > 0 ? 1 : 0;
