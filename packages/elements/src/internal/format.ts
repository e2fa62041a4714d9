import type {Unit} from '@mwfa/data';

export interface NumberFormatOptions {
  /**
   * `compact` gives Intl's long compact form ("258 million", "258 millions"); `auto` uses it from
   * one million up, so "20,000" stays as the report writes it.
   */
  notation?: 'auto' | 'compact' | 'standard';
  maximumFractionDigits?: number;
}

const COMPACT_FROM = 1_000_000;

/** A number in its unit, formatted by `Intl` for `locale`. Never hand-made suffixes. */
export function formatNumber(
  value: number,
  unit: Unit,
  locale: string,
  {notation = 'auto', maximumFractionDigits}: NumberFormatOptions = {},
): string {
  const compact =
    notation === 'compact' || (notation === 'auto' && Math.abs(value) >= COMPACT_FROM);
  const base: Intl.NumberFormatOptions = compact
    ? {
        notation: 'compact',
        compactDisplay: 'long',
        maximumFractionDigits: maximumFractionDigits ?? 1,
      }
    : {maximumFractionDigits: maximumFractionDigits ?? 1};
  switch (unit) {
    case 'percent':
      return new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: maximumFractionDigits ?? 1,
      }).format(value / 100);
    case 'usd':
      return new Intl.NumberFormat(locale, {...base, style: 'currency', currency: 'USD'}).format(
        value,
      );
    case 'ratio':
    case 'persons':
      return new Intl.NumberFormat(locale, base).format(value);
  }
}
