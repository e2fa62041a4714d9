// Minifies the static text of Lit's tagged templates at build time. JavaScript minifiers leave
// template literals alone, so without this every indent, newline and comment ships.
// - css``: only whitespace and comments go (and the last `;` of a block): no rule, value or
//   string changes, so the styles parse exactly as before.
// - html`` and svg``: each run of whitespace becomes one space, which HTML renders the same
//   (no template of ours has preformatted text). Lit's hydration identifies a template by a
//   digest of its strings, so the npm build (which the server renderer runs) and the script-tag
//   bundles must both be built with this plugin: then their templates are the same.
// `${…}` interpolations are kept as they are.

/** Whitespace after these carries no meaning in CSS (not after `)`: `:is(.a) .b` needs it). */
const AFTER = new Set(['{', '}', ';', ',', '(', ':']);
/** Nor before these (not before `(` or `:`: `and (…)`, `.a :hover`). */
const BEFORE = new Set(['{', '}', ';', ',', ')']);

/**
 * The CSS text of one template (or of the text between two interpolations), minified.
 * Whitespace before `:` is kept (`.a :hover` is not `.a:hover`); `+`, `-`, `>` and `~` keep
 * theirs (`calc(1px + 2px)` needs them).
 */
export function minifyCss(text) {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
      pendingSpace = true;
      continue;
    }
    if (/\s/.test(char)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      const previous = out[out.length - 1];
      if (previous !== undefined && !AFTER.has(previous) && !BEFORE.has(char)) out += ' ';
      pendingSpace = false;
    }
    if (char === '}' && out.endsWith(';')) out = out.slice(0, -1);
    if (char === '"' || char === "'") {
      // A CSS string (content, quotes in attribute selectors): copied untouched.
      let end = i + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end;
      continue;
    }
    if (char === '\\') {
      // An escape (in the template's raw text): the backslash and the escaped character.
      out += text.slice(i, i + 2);
      i++;
      continue;
    }
    out += char;
  }
  return out;
}

/**
 * The markup of one html`` or svg`` template (or of the text between two interpolations): runs
 * of HTML's whitespace, or a newline or tab alone, as one space. Not other spaces (a no-break
 * space is text).
 */
export const minifyMarkup = (text) => text.replace(/[ \t\n\r\f]{2,}|[\t\n\r\f]/g, ' ');

/**
 * End of the template literal whose text starts at `start` (just after the opening backtick):
 * the index of its closing backtick, and the [from, to) ranges of its interpolations.
 */
function scanTemplate(code, start) {
  const holes = [];
  for (let i = start; i < code.length; i++) {
    const char = code[i];
    if (char === '\\') {
      i++;
    } else if (char === '`') {
      return {end: i, holes};
    } else if (char === '$' && code[i + 1] === '{') {
      // Skip the expression: count braces, stepping over strings and nested templates.
      let depth = 0;
      let j = i + 1;
      for (; j < code.length; j++) {
        const c = code[j];
        if (c === '{') depth++;
        else if (c === '}' && --depth === 0) break;
        else if (c === '"' || c === "'") {
          for (j++; j < code.length && code[j] !== c; j++) if (code[j] === '\\') j++;
        } else if (c === '`') {
          j = scanTemplate(code, j + 1).end;
        } else if (c === '/' && code[j + 1] === '/') {
          // A comment ("the page's language"): its quotes open no string.
          j = code.indexOf('\n', j);
          if (j === -1) j = code.length;
        } else if (c === '/' && code[j + 1] === '*') {
          j = code.indexOf('*/', j + 2) + 1 || code.length;
        }
      }
      holes.push([i, j + 1]);
      i = j;
    }
  }
  return {end: code.length, holes};
}

/** The minifier of each tag's text. */
const MINIFIERS = {css: minifyCss, html: minifyMarkup, svg: minifyMarkup};

/**
 * `code` with the text of every css``, html`` and svg`` template minified. Newlines taken out of
 * a template are put back just after it (outside the literal), so every later line keeps its
 * number and source maps of the untransformed file stay right line by line.
 */
export function minifyLitLiterals(code) {
  // A tag, not the end of a name or of another literal (`${name}.svg`, "the `svg`" in a comment).
  const tag = /(?<![\w$.`])(css|html|svg)\s*`/g;
  let out = '';
  let last = 0;
  let match;
  while ((match = tag.exec(code))) {
    const minify = MINIFIERS[match[1]];
    const start = match.index + match[0].length;
    const {end, holes} = scanTemplate(code, start);
    if (end >= code.length) break;
    let body = '';
    let from = start;
    for (const [holeStart, holeEnd] of holes) {
      // Templates nested in an interpolation are minified too.
      body +=
        minify(code.slice(from, holeStart)) + minifyLitLiterals(code.slice(holeStart, holeEnd));
      from = holeEnd;
    }
    body += minify(code.slice(from, end));
    const original = code.slice(start, end);
    const lost = (original.match(/\n/g) ?? []).length - (body.match(/\n/g) ?? []).length;
    out += code.slice(last, start) + body + '`' + '\n'.repeat(Math.max(0, lost));
    last = end + 1;
    tag.lastIndex = end + 1;
  }
  return last === 0 ? code : out + code.slice(last);
}

/**
 * Vite / rolldown plugin. `include` picks the modules (default: our own sources, not
 * dependencies). Runs before TypeScript is stripped, on the file as written.
 */
export function minifyLitLiteralsPlugin({include = /[\\/]src[\\/].*\.[cm]?[jt]s$/} = {}) {
  return {
    name: 'mwfa-minify-lit-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!include.test(id) || id.includes('node_modules') || !code.includes('`')) return null;
      const result = minifyLitLiterals(code);
      return result === code ? null : {code: result, map: null};
    },
  };
}

export default minifyLitLiteralsPlugin;
