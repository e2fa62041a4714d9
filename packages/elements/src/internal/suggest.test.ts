import {describe, expect, it} from 'vitest';
import {closeMatches, unknownIdHint} from './suggest.js';

const ids = [
  'international-migrants',
  'migrant-deaths-2017',
  'migrant-deaths-since-2014',
  'remittances',
];

describe('closeMatches', () => {
  it('finds a misspelt id: "internatinal-migrants" → "international-migrants"', () => {
    expect(closeMatches('internatinal-migrants', ids)).toEqual(['international-migrants']);
  });
  it('finds ids that contain the input: "deaths" → both death figures', () => {
    expect(closeMatches('deaths', ids)).toEqual([
      'migrant-deaths-2017',
      'migrant-deaths-since-2014',
    ]);
  });
  it('finds nothing for an unrelated word', () => {
    expect(closeMatches('gdp-per-capita', ids)).toEqual([]);
  });
});

describe('unknownIdHint', () => {
  it('names the close matches', () => {
    expect(unknownIdHint('an indicator', 'remitances', ids)).toBe(
      'is not an indicator in @mwfa/data; did you mean "remittances"?',
    );
  });
  it('says only that the id is unknown when nothing is close', () => {
    expect(unknownIdHint('an indicator', 'zzz', ids)).toBe('is not an indicator in @mwfa/data');
  });
});
