import {describe, expect, it} from 'vitest';
import {closeMatches} from '@mwfa/data/close-matches';

const ids = [
  'international-migrants',
  'migrant-deaths-since-2014',
  'migrant-deaths-2017',
  'remittances',
  'remittances-to-oda-ratio',
];

describe('closeMatches', () => {
  it('finds an id with a typo: closeMatches("internatinal-migrants") → international-migrants', () => {
    expect(closeMatches('internatinal-migrants', ids)).toEqual(['international-migrants']);
  });
  it('finds ids that contain the word asked for, closest first', () => {
    expect(closeMatches('deaths', ids)).toEqual([
      'migrant-deaths-2017',
      'migrant-deaths-since-2014',
    ]);
  });
  it('suggests an id up to three edits away from a short one: "oda17" → oda-2017', () => {
    // "oda-2017" is "oda17" with "-", "2" and "0" put in: three edits. "oda-2016" needs a fourth.
    expect(closeMatches('oda17', ['oda-2016', 'oda-2017'])).toEqual(['oda-2017']);
  });
  // The README says "holding all its words": only "-" parted them.
  it('finds ids holding all the words typed with spaces or underscores between them', () => {
    expect(closeMatches('migrants international', ids)).toEqual(['international-migrants']);
    expect(closeMatches('deaths_2017', ids)).toEqual(['migrant-deaths-2017']);
  });
  it('ignores case and surrounding spaces', () => {
    expect(closeMatches('  Remitances ', ids)).toEqual(['remittances']);
  });
  // MooTools and Prototype.js, on old pages, replace Array.from with one that ignores its map.
  it('finds the same ids on a page whose Array.from takes one argument', () => {
    const native = Array.from;
    Array.from = ((items: ArrayLike<unknown>) =>
      Array.prototype.slice.call(items)) as typeof Array.from;
    try {
      expect(closeMatches('remitances', ids)).toEqual(['remittances']);
      // Not also "international-migrants" and "migrant-deaths-2017", as with every distance 0 at
      // the start of a row.
      expect(closeMatches('oda', ids)).toEqual(['remittances-to-oda-ratio']);
    } finally {
      Array.from = native;
    }
  });
  it('returns nothing when no id is close', () => {
    expect(closeMatches('gdp-per-capita', ids)).toEqual([]);
  });
  it('suggests nothing for one or two letters, which most ids contain', () => {
    expect(closeMatches('a', ids)).toEqual([]);
    expect(closeMatches('mi', ids)).toEqual([]);
  });
  it('returns at most three', () => {
    expect(closeMatches('migrant', [...ids, 'migrant-a', 'migrant-b'])).toHaveLength(3);
  });
});
