// Packing refuses a build older than its sources: `node --test .scripts/`.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, test} from 'node:test';

const script = join(import.meta.dirname, 'require-fresh-build.mjs');
let workspace;

/** Writes `file` in the workspace, it and its folder last changed `minutesAgo`. */
function write(file, text, minutesAgo) {
  const path = join(workspace, file);
  const folder = join(path, '..');
  mkdirSync(folder, {recursive: true});
  writeFileSync(path, text);
  const time = new Date(Date.now() - minutesAgo * 60_000);
  utimesSync(path, time, time);
  // A folder changes when a file is added to it (a source folder counts as changed then).
  utimesSync(folder, time, time);
}

/** A package in `folder`, its sources changed 10 minutes ago and built 5 minutes ago. */
function makePackage(folder, name, inputs) {
  write(`${folder}/package.json`, JSON.stringify({name, version: '1.0.0'}), 10);
  write(`${folder}/src/index.ts`, 'export {};', 10);
  write(`${folder}/build-inputs.json`, JSON.stringify(inputs), 10);
  write(`${folder}/dist/index.js`, 'export {};', 5);
}

/** `prepack` in the workspace's `folder`, outside turbo. */
function prepack(folder) {
  const env = {...process.env};
  delete env.TURBO_HASH;
  return spawnSync(process.execPath, [script], {
    cwd: join(workspace, folder),
    env,
    encoding: 'utf8',
  });
}

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'mwfa-prepack-'));
  makePackage('data', '@mwfa/data', {built: 'dist/index.js', sources: ['src', 'package.json']});
  makePackage('elements', '@mwfa/elements', {
    built: 'dist/index.js',
    sources: ['src', 'package.json', '../data/dist'],
    uses: ['../data'],
  });
});
afterEach(() => rmSync(workspace, {recursive: true, force: true}));

test('packs a build newer than its sources', () => {
  assert.equal(prepack('data').status, 0);
  assert.equal(prepack('elements').status, 0);
});

test('refuses a build from before `changeset version` changed package.json', () => {
  write('data/package.json', JSON.stringify({name: '@mwfa/data', version: '1.1.0'}), 1);
  const {status, stderr} = prepack('data');
  assert.equal(status, 1);
  assert.match(stderr, /@mwfa\/data was built before package\.json changed: run `pnpm build`/);
});

test('refuses a package that is not built', () => {
  rmSync(join(workspace, 'data/dist'), {recursive: true});
  const {status, stderr} = prepack('data');
  assert.equal(status, 1);
  assert.match(stderr, /@mwfa\/data is not built/);
});

test('refuses a package whose build includes a workspace package built before its sources changed', () => {
  write('data/src/index.ts', 'export const changed = true;', 1);
  const {status, stderr} = prepack('elements');
  assert.equal(status, 1);
  assert.match(stderr, /@mwfa\/data was built before src\b/);
});

test('refuses a package built before the workspace package it includes was built again', () => {
  write('data/dist/index.js', 'export const rebuilt = true;', 1);
  const {status, stderr} = prepack('elements');
  assert.equal(status, 1);
  assert.match(stderr, /@mwfa\/elements was built before \.\.\/data\/dist changed/);
});
