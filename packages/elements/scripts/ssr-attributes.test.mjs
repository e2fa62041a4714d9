// Runs under Vitest (the package's unit tests include scripts/**/*.test.mjs).
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {onTestFinished, test} from 'vitest';
import {ATTRIBUTES_MODULE, attributeAllowList, ssrAttributes} from './ssr-attributes.mjs';

const element = (tagName, ...names) => ({tagName, attributes: names.map((name) => ({name}))});
const complete = {
  modules: [
    {declarations: [element('mwfa-stat-card', 'indicator', 'lang')]},
    {declarations: [element('mwfa-value', 'indicator'), element('mwfa-key-message', 'message')]},
    {declarations: [{name: 'Base'}, element('mwfa-trend-chart', 'series')]},
  ],
};

test('attributeAllowList reads each element’s attributes', () => {
  assert.deepEqual(attributeAllowList(complete), {
    'mwfa-stat-card': ['indicator', 'lang'],
    'mwfa-value': ['indicator'],
    'mwfa-key-message': ['message'],
    'mwfa-trend-chart': ['series'],
  });
});

test('attributeAllowList fails on a manifest that documents no attribute of an element', () => {
  assert.throws(() => attributeAllowList({}), /no attribute of <mwfa-stat-card>/);
  const noChart = {modules: complete.modules.slice(0, 2)};
  assert.throws(() => attributeAllowList(noChart), /no attribute of <mwfa-trend-chart>/);
  const emptyValue = {
    modules: [...complete.modules, {declarations: [{tagName: 'mwfa-value', attributes: []}]}],
  };
  // Another declaration of the same tag with attributes still counts.
  assert.deepEqual(attributeAllowList(emptyValue)['mwfa-value'], ['indicator']);
  const onlyEmpty = {
    modules: [{declarations: [element('mwfa-stat-card', 'indicator'), {tagName: 'mwfa-value'}]}],
  };
  assert.throws(() => attributeAllowList(onlyEmpty), /no attribute of <mwfa-value>/);
});

test('the Vite plugin fails the build without a readable manifest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mwfa-ssr-attributes-'));
  onTestFinished(() => rmSync(dir, {recursive: true, force: true}));
  const load = (path) => {
    const plugin = ssrAttributes(path);
    return plugin.load.call({}, plugin.resolveId(ATTRIBUTES_MODULE));
  };
  assert.throws(() => load(join(dir, 'missing.json')), /cannot read/);
  writeFileSync(join(dir, 'broken.json'), '{');
  assert.throws(() => load(join(dir, 'broken.json')), /cannot read/);
  writeFileSync(join(dir, 'empty.json'), '{"modules": []}');
  assert.throws(() => load(join(dir, 'empty.json')), /no attribute of/);
  writeFileSync(join(dir, 'ok.json'), JSON.stringify(complete));
  assert.match(
    load(join(dir, 'ok.json')),
    /^export const ATTRIBUTES = Object\.freeze\(\{"mwfa-stat-card":\["indicator","lang"\]/,
  );
});
