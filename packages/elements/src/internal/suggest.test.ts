import {describe, expect, it} from 'vitest';
import {unknownIdHint} from './suggest.js';

const ids = [
  'international-migrants',
  'migrant-deaths-2017',
  'migrant-deaths-since-2014',
  'remittances',
];

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
