// Runs under Vitest (the package's unit tests include scripts/**/*.test.mjs).
import assert from 'node:assert/strict';
import {test} from 'vitest';
import {minifyCss, minifyCssLiterals, minifyCssLiteralsPlugin} from './minify-css-literals.mjs';

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

test('minifyCssLiterals keeps interpolations and the line count', () => {
  const source = [
    'const a = css`',
    '  a {',
    "    color: ${x ? `b ${'}'}` : '}'};",
    '  }',
    '`;',
    'const b = css`.x { }`;',
    'const c = html`<p>  kept  </p>`;',
    '',
  ].join('\n');
  const result = minifyCssLiterals(source);
  assert.ok(result.includes("css`a{color:${x ? `b ${'}'}` : '}'}}`"));
  assert.ok(result.includes('css`.x{}`'));
  assert.ok(result.includes('html`<p>  kept  </p>`'));
  assert.equal(result.split('\n').length, source.split('\n').length);
  assert.ok(result.endsWith('const c = html`<p>  kept  </p>`;\n'));
});

test('the plugin transforms our sources only', () => {
  const plugin = minifyCssLiteralsPlugin();
  const code = 'export const s = css`\n  a { color: red; }\n`;\n';
  assert.equal(
    plugin.transform(code, '/repo/src/x.styles.ts').code,
    'export const s = css`a{color:red}`\n\n;\n',
  );
  assert.equal(plugin.transform(code, '/repo/node_modules/lit/src/x.js'), null);
  assert.equal(plugin.transform('const x = 1;', '/repo/src/y.ts'), null);
});
