// Minifies the static text of Lit's tagged templates at build time. JavaScript minifiers leave
// template literals alone, so without this every indent, newline and comment ships.
// - css``: only whitespace and comments go (and the last `;` of a block): no rule, value or
//   string changes, so the styles parse exactly as before.
// - html`` and svg``: indents go; each run of whitespace becomes one space or its newlines, which
//   HTML renders the same (no template of ours has preformatted text). Newlines stay so that
//   the code in `${…}` keeps its line: the build's source maps do not know of this step.
// Lit's hydration identifies a template by a digest of its strings: the server renderer runs the
// npm build, which a page hydrates with, so both are built with this plugin (the script-tag
// bundles too, for their size). Templates are found by TypeScript's parser, so that a tag name
// in a comment, a string or a regular expression is not taken for one.
import ts from 'typescript';

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
 * The markup of one html`` or svg`` template (or of the text between two interpolations): a run
 * of HTML's whitespace as its newlines, or without one as a space. Not other spaces (a no-break
 * space is text).
 */
export const minifyMarkup = (text) =>
  text.replace(/[ \t\n\r\f]+/g, (run) =>
    run.includes('\n') ? '\n'.repeat(run.split('\n').length - 1) : ' ',
  );

/** The minifier of each tag's text. */
const MINIFIERS = {css: minifyCss, html: minifyMarkup, svg: minifyMarkup};

/**
 * `code` with the static text of every css``, html`` and svg`` template minified, also of those
 * inside another's interpolation. A css`` template's lost newlines are put back just after it
 * (outside the literal), so that every later line keeps its number.
 */
export function minifyLitLiterals(code, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** [start, end, replacement], in source order. */
  const edits = [];
  const visit = (node) => {
    const minify =
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      Object.hasOwn(MINIFIERS, node.tag.text) &&
      MINIFIERS[node.tag.text];
    if (minify) {
      const {template} = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      let lost = 0;
      parts.forEach((part, index) => {
        // The text between the backtick or `}` and the backtick or `${`.
        const start = part.getStart(file) + 1;
        const end = part.end - (index < parts.length - 1 ? 2 : 1);
        const text = code.slice(start, end);
        let out = minify(text);
        // Beside an interpolation a space may be a combinator (`.a ${x} .b`, `${a} ${b}`, or
        // `${top} ${side}` of a shorthand): one is kept, where the character beside it does not
        // make it meaningless (`color: ${x}`).
        if (minify === minifyCss) {
          const between = index > 0 && index < parts.length - 1;
          if (!out) out = between && /\s/.test(text) ? ' ' : '';
          else {
            if (index > 0 && /^\s/.test(text) && !BEFORE.has(out[0])) out = ` ${out}`;
            if (index < parts.length - 1 && /\s$/.test(text) && !AFTER.has(out.at(-1))) out += ' ';
          }
        }
        lost += text.split('\n').length - out.split('\n').length;
        edits.push([start, end, out]);
      });
      if (lost > 0) edits.push([template.end, template.end, '\n'.repeat(lost)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(last, start) + text;
    last = end;
  }
  return out + code.slice(last);
}

/** Results by source text: the script-tag build bundles the same modules eleven times. */
const minified = new Map();

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
      let result = minified.get(code);
      if (result === undefined) minified.set(code, (result = minifyLitLiterals(code, id)));
      return result === code ? null : {code: result, map: null};
    },
  };
}
