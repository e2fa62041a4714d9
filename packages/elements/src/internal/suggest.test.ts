import {describe, expect, it} from 'vitest';
import {oneEditApart, readId, unknownIdHint} from './suggest.js';

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
  it('names up to three close matches, not only the first', () => {
    // Three ids contain "migrant", in alphabetical order; "remittances" is far from it.
    expect(unknownIdHint('an indicator', 'migrant', ids)).toBe(
      'is not an indicator in @mwfa/data; did you mean "international-migrants", "migrant-deaths-2017", "migrant-deaths-since-2014"?',
    );
  });
  it('says only that the id is unknown when nothing is close', () => {
    expect(unknownIdHint('an indicator', 'zzz', ids)).toBe(
      'is not an indicator in @mwfa/data (its README lists every id)',
    );
  });
});

describe('readId', () => {
  it('reads an id without spaces or the quotes a paste leaves around it, not inside it', () => {
    expect(readId(' remittances\n')).toBe('remittances');
    expect(readId('”remittances”')).toBe('remittances');
    expect(readId('“remittances”')).toBe('remittances');
    expect(readId('‘rule-of-law’')).toBe('rule-of-law');
    expect(readId('«remittances»')).toBe('remittances');
    expect(readId('remit”tances')).toBe('remit”tances');
    expect(readId(null)).toBe(undefined);
  });

  // Copied from a web page or a word processor, they are invisible in the editor and in the
  // warning, which then named an id that looked right.
  it('reads an id without the invisible characters a paste leaves in it', () => {
    expect(readId('remittances\u200b')).toBe('remittances'); // zero-width space
    expect(readId('remit\u00adtances')).toBe('remittances'); // soft hyphen
    expect(readId('\u2060remittances')).toBe('remittances'); // word joiner
    expect(readId('\ufeff”remittances”\u200d')).toBe('remittances');
  });
});

describe('oneEditApart', () => {
  it('finds an attribute misspelt by one letter added, left out, changed or swapped', () => {
    expect(oneEditApart('qualifer', 'qualifier')).toBe(true);
    expect(oneEditApart('units', 'unit')).toBe(true);
    expect(oneEditApart('serie', 'series')).toBe(true);
    expect(oneEditApart('indicatar', 'indicator')).toBe(true);
    expect(oneEditApart('lable', 'label')).toBe(true);
    expect(oneEditApart('qualifyer', 'qualifier')).toBe(true);
  });
  it('leaves the same name and names two edits or more apart', () => {
    expect(oneEditApart('label', 'label')).toBe(false);
    expect(oneEditApart('title', 'theme')).toBe(false);
    expect(oneEditApart('inert', 'unit')).toBe(false);
    expect(oneEditApart('part', 'area')).toBe(false);
    expect(oneEditApart('qualifiers', 'qualify')).toBe(false);
  });
});
