import {describe, expect, it} from 'vitest';
import {getIndicator} from './indicators.js';

describe('getIndicator', () => {
  it('returns undefined for an unknown id', () => {
    expect(getIndicator('no-such-indicator')).toBeUndefined();
  });
});
