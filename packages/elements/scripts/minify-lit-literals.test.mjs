// Runs under Vitest (the package's unit tests include scripts/**/*.test.mjs).
import assert from 'node:assert/strict';
import {test} from 'vitest';
import {
  minifyCss,
  minifyLitLiterals,
  minifyLitLiteralsPlugin,
  minifyMarkup,
} from './minify-lit-literals.mjs';

test('minifyCss drops comments, indentation and the last semicolon of a block', () => {
  assert.equal(
    minifyCss(`
  :host {
    display: block; /* why */
    --_grid: var(
      --x,
      color-mix(in srgb, var(--b) 45%, transparent)
    );
  }
`),
    ':host{display:block;--_grid:var(--x,color-mix(in srgb,var(--b) 45%,transparent))}',
  );
});

test('minifyCss keeps the whitespace that carries meaning', () => {
  assert.equal(
    minifyCss(':is(.a) .b , .c :hover { width: calc(1px + 2px) ; }'),
    ':is(.a) .b,.c :hover{width:calc(1px + 2px)}',
  );
  assert.equal(
    minifyCss('@media (min-width: 40rem) and (forced-colors: active) { .x > .y { color: red } }'),
    '@media (min-width:40rem) and (forced-colors:active){.x > .y{color:red}}',
  );
});

test('minifyCss copies strings and escapes untouched', () => {
  assert.equal(minifyCss(`a { content: '  a  b ' ; }`), `a{content:'  a  b '}`);
  assert.equal(minifyCss(`a { content: "\\"  x" }`), `a{content:"\\"  x"}`);
  assert.equal(minifyCss(`a { content: '\\2014' }`), `a{content:'\\2014'}`);
});

test('minifyMarkup takes indents out, and keeps newlines and other spaces', () => {
  assert.equal(
    minifyMarkup('<p\n    class="a">\n  <b>x</b>  <i>y</i>\t</p>'),
    '<p\nclass="a">\n<b>x</b> <i>y</i> </p>',
  );
  // A no-break space is text, not whitespace to collapse.
  assert.equal(minifyMarkup('a\u00a0\u00a0b c'), 'a\u00a0\u00a0b c');
});

test('minifyLitLiterals keeps interpolations, and every line of code its number', () => {
  const source = [
    'const a = css`',
    '  a {',
    "    color: ${x ? `b ${'}'}` : '}'};",
    '  }',
    '`;',
    'const b = css`.x { }`;',
    'const c = html`<p>',
    '    ${y ? svg`<g>  </g>` : `  kept  `}',
    '    <button @click=${onClick}>',
    '</p>`;',
    '',
  ].join('\n');
  const result = minifyLitLiterals(source);
  assert.ok(result.includes("css`a{color:${x ? `b ${'}'}` : '}'}}`"));
  assert.ok(result.includes('css`.x{}`'));
  // Templates in an interpolation are minified too; other literals are not.
  assert.ok(
    result.includes('html`<p>\n${y ? svg`<g> </g>` : `  kept  `}\n<button @click=${onClick}>'),
  );
  // The handler is where a source map of the unminified file says it is.
  const lineOf = (code, text) => code.slice(0, code.indexOf(text)).split('\n').length;
  assert.equal(lineOf(result, 'onClick'), lineOf(source, 'onClick'));
  assert.equal(result.split('\n').length, source.split('\n').length);
});

test('minifyLitLiterals keeps the space that is a combinator beside an interpolation', () => {
  assert.equal(minifyLitLiterals('css`.a ${x} .b {}`'), 'css`.a ${x} .b{}`');
  assert.equal(minifyLitLiterals('css`${a} ${b} {}`'), 'css`${a} ${b}{}`');
  assert.equal(minifyLitLiterals('css`p { padding: ${t} ${s}; }`'), 'css`p{padding:${t} ${s}}`');
});

test('minifyLitLiterals changes only tagged templates, whatever comments, strings and patterns hold', () => {
  const source = [
    'download(`${name}.svg`, `  a  `);',
    '/** The decorative line (`svg`), drawn in its colour; see css` and html`. */',
    'const d = `  b  `;',
    "const e = html`<p>${'`'} ${/[`'{]/.test(f) ? '}' : \"'\"}</p>`;",
    '// html`  not a template',
    'const g = `  c  `;',
    '',
  ].join('\n');
  assert.equal(minifyLitLiterals(source), source);
});

test('the plugin transforms our sources only', () => {
  const plugin = minifyLitLiteralsPlugin();
  const code = 'export const s = css`\n  a { color: red; }\n`;\n';
  assert.equal(
    plugin.transform(code, '/repo/src/x.styles.ts').code,
    'export const s = css`a{color:red}`\n\n;\n',
  );
  assert.equal(plugin.transform(code, '/repo/node_modules/lit/src/x.js'), null);
  assert.equal(plugin.transform('const x = 1;', '/repo/src/y.ts'), null);
});
