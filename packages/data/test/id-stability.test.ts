// A page names an id (`indicator="remittances"`), a script imports it by name: an id that was
// published and is gone breaks them on the next update. published-ids.json lists every id the
// data has had; an id leaves it only with a major changeset for @mwfa/data pending
// (scripts/published-ids.ts has the rules, `pnpm run readme` writes the list).
import {readdirSync, readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {contextFigures, indicators, keyMessages, milestones, series, sources} from '@mwfa/data';
import {
  COLLECTIONS,
  LIST_FILE,
  idProblems,
  idsInData,
  majorChangesets,
} from '../scripts/published-ids.js';
import type {IdLists} from '../scripts/published-ids.js';
import {packageDir, repoRoot} from './paths.js';

const listed = JSON.parse(readFileSync(resolve(packageDir, LIST_FILE), 'utf8')) as IdLists;
const inData = idsInData({indicators, keyMessages, milestones, series, contextFigures, sources});
const changesetDir = resolve(repoRoot, '.changeset');
const majors = majorChangesets(
  readdirSync(changesetDir).map((name) => ({
    name,
    text: readFileSync(resolve(changesetDir, name), 'utf8'),
  })),
);

describe(`published ids: ${LIST_FILE} and the data agree`, () => {
  // A collection taken off COLLECTIONS would no longer be checked: its ids stay in the list.
  it('lists no collection that is not checked', () => {
    const checked: readonly string[] = COLLECTIONS;
    expect(Object.keys(listed).filter((name) => !checked.includes(name))).toEqual([]);
  });

  for (const name of COLLECTIONS) {
    it(`${name}: every published id is still in the data, and every id in the data is listed`, () => {
      expect(
        idProblems({[name]: listed[name] ?? []}, {[name]: inData[name] ?? []}, majors),
      ).toEqual([]);
    });
  }
});
