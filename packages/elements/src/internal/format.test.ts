import {describe, expect, it} from 'vitest';
import {formatNumber} from './format.js';

describe('formatNumber', () => {
  it('formatNumber(258000000, "persons", "en") reads "258 million"', () => {
    expect(formatNumber(258_000_000, 'persons', 'en')).toBe('258 million');
  });
  it('keeps thousands as digits: formatNumber(20000, "persons", "en") is "20,000"', () => {
    expect(formatNumber(20_000, 'persons', 'en')).toBe('20,000');
  });
  it('formatNumber(3.4, "percent", "fr") uses the French percent form', () => {
    expect(formatNumber(3.4, 'percent', 'fr')).toBe('3,4\u00a0%');
  });
});
