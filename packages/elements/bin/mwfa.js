#!/usr/bin/env node
// mwfa: server-side render mwfa elements to HTML with declarative shadow DOM.
//   mwfa render '<mwfa-stat-card indicator="remittances">'   snippet from the argument
//   mwfa render < snippet.html                                snippet from stdin
//   mwfa prerender page.html [-o out.html]                    every mwfa element of a page
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

const USAGE = `Usage:
  mwfa render '<mwfa-stat-card indicator="remittances">'  render a snippet (or pipe it on stdin)
  mwfa prerender <page.html> [-o <out.html>]               render every mwfa element in a page
Options:
  --strict       exit 3 if an element warned about its input (an unknown id, a bad value):
                 the output then holds its fallback ("Figure not available")
  -h, --help     show this help

Snippets may hold only mwfa elements, their documented attributes, text, inline text
elements (span, em, strong, …) and a trend chart's <table> of its data.`;

/** An error in what the user gave: one line, exit code 1. */
class InputError extends Error {
  name = 'InputError';
}

/**
 * The text of a file (or of stdin, `0`), which must be UTF-8, as mwfa writes: read as UTF-8, a
 * Windows-1252 page lost every accented letter to "�", and a UTF-16 one its elements, unsaid.
 */
function readText(file, name = file) {
  const bytes = readFileSync(file);
  const fix = 'save it as UTF-8';
  if (/^(\xff\xfe|\xfe\xff)/.test(bytes.subarray(0, 2).toString('latin1'))) {
    throw new InputError(`${name} is UTF-16: ${fix}.`);
  }
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    throw new InputError(`${name} is not UTF-8: ${fix}.`);
  }
}

/**
 * The encoding a page declares, as the browser finds it: a `<meta charset>`, or the charset in the
 * `content` of `<meta http-equiv="Content-Type">`, outside comments; none after a UTF-8 byte order
 * mark, which wins. Not a `charset=` elsewhere, such as in a description.
 */
function declaredCharset(page) {
  if (page.startsWith('\uFEFF')) return undefined;
  const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g;
  // One pass from "<" to "<": a regular expression over the page took 40 s on 100,000 unclosed
  // "<meta" or "<!--". `close`, the next ">", is searched for again only once passed.
  let close = -1;
  for (let at = page.indexOf('<'); at !== -1; at = page.indexOf('<', at + 1)) {
    if (page.startsWith('<!--', at)) {
      at = page.indexOf('-->', at + 4);
      if (at === -1) return undefined;
      continue;
    }
    if (!/^<meta[\s/>]/i.test(page.slice(at, at + 6))) continue;
    if (close < at) close = page.indexOf('>', at);
    if (close === -1) return undefined;
    // Its attributes end at its ">", or where another tag begins (`<meta charset=x` left open).
    const next = page.indexOf('<', at + 1);
    const given = {};
    for (const [, name, ...values] of page
      .slice(at + 5, next !== -1 && next < close ? next : close)
      .matchAll(attribute)) {
      given[name.toLowerCase()] ??= values.find((value) => value !== undefined) ?? '';
    }
    const charset =
      given.charset ??
      (/^content-type$/i.test(given['http-equiv'] ?? '')
        ? /charset\s*=\s*["']?([\w-]+)/i.exec(given.content ?? '')?.[1]
        : undefined);
    if (charset) return charset.trim();
  }
  return undefined;
}

function readStdin() {
  return process.stdin.isTTY ? '' : readText(0, 'stdin');
}

async function main(argv) {
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const [command, ...rest] = args;
  // `-h` after the command too (`mwfa prerender -h`): not a page to read, nor text to render.
  if (!command || flags.has('--help') || args.includes('-h') || command === 'help') {
    // Asked for help: success, on stdout; no command at all: a usage error, on stderr.
    const asked = Boolean(command) || flags.has('--help');
    (asked ? console.log : console.error)(USAGE);
    return asked ? 0 : 1;
  }
  // A mistyped option (`--out` for `-o`) would otherwise be dropped, and the page printed; any
  // other short one would be read as a page or rendered as text (`render -o x.html` printed it).
  const unknown =
    [...flags].find((flag) => flag !== '--help' && flag !== '--strict') ??
    rest.find((arg) => /^-./.test(arg) && !(command === 'prerender' && arg === '-o'));
  if (unknown) {
    console.error(`mwfa: unknown option "${unknown}".\n\n${USAGE}`);
    return 1;
  }
  // The elements warn on the console (stderr) and render their fallback; a build step that must
  // not ship one asks for --strict.
  let warned = 0;
  const warn = console.warn;
  console.warn = (...args) => {
    warned += 1;
    warn(...args);
  };
  const done = () => (warned > 0 && flags.has('--strict') ? 3 : 0);
  // Loaded only now: the SSR module installs a DOM shim and loads every element.
  const {renderToString, prerenderPage} = await import('../dist/ssr/index.js');
  if (command === 'render') {
    // Without the byte order mark an editor may save a file with: it would land in the page.
    const snippet = (rest.length > 0 ? rest.join(' ') : readStdin()).replace(/^\uFEFF/, '');
    if (!snippet.trim()) {
      console.error('mwfa render: give a snippet as argument or on stdin.\n\n' + USAGE);
      return 1;
    }
    process.stdout.write((await renderToString(snippet)) + '\n');
    return done();
  }
  if (command === 'prerender') {
    const outIndex = rest.indexOf('-o');
    const output = outIndex === -1 ? undefined : rest[outIndex + 1];
    // The pages are the arguments that are neither -o nor the file after it.
    const inputs = rest.filter((_, i) => outIndex === -1 || (i !== outIndex && i !== outIndex + 1));
    // `prerender in.html out.html` would print in.html and drop out.html; `-o` needs its file.
    if (inputs.length > 1 || (outIndex !== -1 && !output)) {
      const problem =
        inputs.length > 1 ? `one page at a time, not ${inputs.length}` : '-o needs a file';
      console.error(`mwfa prerender: ${problem}.\n\n${USAGE}`);
      return 1;
    }
    const [input] = inputs;
    if (!input && process.stdin.isTTY) {
      console.error('mwfa prerender: give a page as argument or on stdin.\n\n' + USAGE);
      return 1;
    }
    const page = input ? readText(input) : readStdin();
    if (!page.trim()) throw new InputError(`${input ?? 'stdin'} is empty: there is no page.`);
    // The rendered figures are written as UTF-8 characters ("258 millions" has a no-break space),
    // which a page in another encoding shows as "258Â millions".
    // A page in UTF-8 that declares UTF-16 is read as UTF-8 by browsers.
    const charset = declaredCharset(page);
    if (charset && !/^utf-?(8|16(le|be)?)$/i.test(charset)) {
      throw new InputError(
        `${input ?? 'stdin'} declares charset=${charset}; mwfa writes UTF-8: save the page as UTF-8 and declare <meta charset="utf-8">.`,
      );
    }
    const html = await prerenderPage(page);
    if (output) {
      // `-o dist/index.html` in a fresh project: the folder may not exist yet.
      mkdirSync(dirname(output), {recursive: true});
      writeFileSync(output, html);
    } else {
      process.stdout.write(html);
    }
    return done();
  }
  console.error(`mwfa: unknown command "${command}".\n\n${USAGE}`);
  return 1;
}

// `mwfa prerender page.html | head`: the reader has what it wanted; no stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // A refused snippet or a file that cannot be read or written is the user's input, not a
    // crash: one line, no stack.
    const refused = error?.name === 'SnippetError';
    const file =
      (typeof error?.code === 'string' && 'syscall' in error) || error instanceof InputError;
    console.error(refused || file ? `mwfa: ${error.message}` : error);
    process.exitCode = refused ? 2 : 1;
  },
);
