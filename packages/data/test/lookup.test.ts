import {describe, expect, it} from 'vitest';
import {getIndicator, requireIndicator} from '@mwfa/data/indicators';
import {
  getKeyMessage,
  requireKeyMessage,
  getMilestone,
  requireMilestone,
} from '@mwfa/data/key-messages';
import {getSeries, requireSeries} from '@mwfa/data/series';
import {getSource, requireSource} from '@mwfa/data/sources';
import {getContextFigure, requireContextFigure} from '@mwfa/data/context-figures';
import {getClaimCheck} from '@mwfa/data/claims';

describe('getX(id)', () => {
  it('returns the record for a known id', () => {
    expect(getIndicator('remittances')?.value).toBe(600_000_000_000);
    expect(getKeyMessage('rule-of-law')?.kind).toBe('recommendation');
    expect(getSeries('recorded-migrant-deaths')?.unit).toBe('persons');
    expect(getSource('sg-report-a-72-643')?.symbol).toBe('A/72/643');
    expect(getContextFigure('oda-2017')?.value).toBe(146_600_000_000);
    expect(getMilestone('global-compact-adoption')?.date).toBe('2018-12');
  });

  it('returns undefined for an unknown id, and never throws', () => {
    expect(getIndicator('no-such-indicator')).toBeUndefined();
    expect(getKeyMessage('')).toBeUndefined();
    expect(getSeries('__proto__')).toBeUndefined();
    expect(getSource('toString')).toBeUndefined();
    expect(getContextFigure('oda')).toBeUndefined();
    expect(getClaimCheck('women-in-work')).toBeUndefined();
    expect(getMilestone('sdg')).toBeUndefined();
  });
});

describe('requireX(id)', () => {
  it('returns the record for a known id', () => {
    expect(requireIndicator('migrant-deaths-2017').value).toBe(5_000);
  });

  // TypeScript rejects these ids (test/ids.test-d.ts); JavaScript passes them, and gets this.
  it('throws for a misspelt id and names the close match', () => {
    // @ts-expect-error misspelt on purpose
    expect(() => requireIndicator('remitances')).toThrow(
      '@mwfa/data: unknown indicator id "remitances". Did you mean "remittances"',
    );
    // @ts-expect-error misspelt on purpose
    expect(() => requireKeyMessage('legal-pathway')).toThrow('"legal-pathways"');
    // @ts-expect-error misspelt on purpose
    expect(() => requireSeries('recorded-deaths')).toThrow('"recorded-migrant-deaths"');
    // @ts-expect-error misspelt on purpose
    expect(() => requireSource('oecd-oda')).toThrow('"oecd-oda-2017-preliminary"');
    // @ts-expect-error misspelt on purpose
    expect(() => requireContextFigure('oda-2018')).toThrow('"oda-2017"');
    // @ts-expect-error misspelt on purpose
    expect(() => requireMilestone('sdg10')).toThrow('"sdg-10"');
    expect(requireMilestone('sdg-10').id).toBe('sdg-10');
  });

  // `null` threw "Cannot read properties of null (reading 'trim')".
  it('throws its own error for an id that is no string, as JavaScript may pass', () => {
    for (const given of [null, 42, {}]) {
      expect(() => requireIndicator(given as never)).toThrow(
        `@mwfa/data: unknown indicator id "${String(given)}".`,
      );
    }
  });

  it('says so when nothing is close', () => {
    // @ts-expect-error unknown on purpose
    expect(() => requireIndicator('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz')).toThrow(
      'No id is close to it.',
    );
  });
});
