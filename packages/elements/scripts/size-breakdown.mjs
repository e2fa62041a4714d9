// What a script-tag bundle is made of: its minified code attributed, through the source map, to
// the module it came from, and each module's share compressed alone with brotli.
//   node scripts/size-breakdown.mjs [bundle] [--with-data] [--members <src file>]
//   bundle: mwfa (default), stat-card, value, key-message, trend-chart
//   --with-data: keep @mwfa/data inside, as shipped (by default it is left out, as the size check
//     weighs "without data")
//   --members src/trend-chart/trend-chart.ts: that module's share split by top-level
//     declaration and class member (the line that starts it), to weigh single features
// Shares compressed alone do not add up to the bundle's brotli size (brotli shares context
// across the whole file): read them as an order, not as parts of the total. Template literals'
// static text has no mapping, so it is counted apart as "(unmapped)".
import {readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {originalPositionFor, TraceMap} from '@jridgewell/trace-mapping';
import {cdnBundles} from './cdn.mjs';
import {brotli, bundleInMemory} from './weigh.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const args = process.argv.slice(2);
const withData = args.includes('--with-data');
const membersOf = args.includes('--members') ? args[args.indexOf('--members') + 1] : undefined;
// The bundle as named in the README's table ("stat-card.js") or without ".js".
const named = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--members');
const bundle = named?.replace(/\.js$/, '') ?? 'mwfa';
if (!Object.hasOwn(cdnBundles, bundle)) {
  console.error(`No bundle "${named}": one of ${Object.keys(cdnBundles).join(', ')}`);
  process.exit(2);
}

const chunk = await bundleInMemory(bundle, {withData, sourcemap: true});
const map = new TraceMap(chunk.map);
const code = chunk.code.replace(/\n\/\/# sourceMappingURL=.*$/, '');

/** Readable name of a source: a path inside the repository, or the package in node_modules. */
const shortName = (source) => {
  // Sources are relative to the output folder.
  const path = join(root, 'dist', 'cdn', source);
  const inModules = path.lastIndexOf('node_modules/');
  return inModules >= 0 ? path.slice(inModules + 'node_modules/'.length) : relative(root, path);
};

/** Line number (1-based) -> the declaration or member that starts at or before it. */
function memberNames(file) {
  const starts = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const topLevel = /^(export )?(async )?(function|const|let|class) /.test(line);
      const member = /^ {2}(static |override |protected |async |get |set )*#?\w+\s*[(=:]/.test(
        line,
      );
      if (topLevel || member) starts.push([index + 1, line.trim().slice(0, 60)]);
    });
  return (line) => starts.findLast(([start]) => start <= line)?.[1] ?? '(top of file)';
}
const member = membersOf ? memberNames(membersOf) : undefined;

const shares = new Map();
const lines = code.split('\n');
for (let line = 0; line < lines.length; line += 1) {
  for (let column = 0; column < lines[line].length; column += 1) {
    const position = originalPositionFor(map, {line: line + 1, column});
    let key = position.source ? shortName(position.source) : '(unmapped)';
    if (member) {
      if (key !== membersOf) continue;
      key = member(position.line);
    }
    shares.set(key, (shares.get(key) ?? '') + lines[line][column]);
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
console.log(
  `\n${bundle}.js${withData ? '' : ' without data'}: ${kB(code.length)} minified, ` +
    `${kB(brotli(code))} brotli${membersOf ? `; members of ${membersOf}` : ''}\n`,
);
console.log('| minified | brotli alone | from |\n| ---: | ---: | --- |');
for (const [name, text] of [...shares].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`| ${kB(text.length)} | ${kB(brotli(text))} | ${name} |`);
}
