import {describe, expect, it} from 'vitest';
import {checkText, resolveFigure, type Warn} from './figure.js';

/** A warn function and the warnings it was given, as the console words them. */
function collect(): [string[], Warn] {
  const warnings: string[] = [];
  return [
    warnings,
    (attribute, given, hint) => warnings.push(`${attribute}="${String(given)}" ${hint}`),
  ];
}

/** The figure a page's own `value` gives, and the warnings it earned. */
function fromValue(value: string, lang?: string) {
  const [warnings, warn] = collect();
  const {figure} = resolveFigure({indicator: null, value, unit: null, qualifier: null}, warn, lang);
  return {value: figure?.value, warnings};
}

describe('resolveFigure, with the page’s own value', () => {
  it('reads numbers written in decimal digits', () => {
    for (const [given, number] of [
      ['20000', 20_000],
      [' 20000 ', 20_000],
      ['3.75', 3.75],
      ['-5', -5],
      ['.5', 0.5],
      ['1e6', 1_000_000],
      [String(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER],
    ] as const) {
      expect(fromValue(given), given).toEqual({value: number, warnings: []});
    }
  });

  it('shows "-0" as 0', () => {
    expect(Object.is(fromValue('-0').value, 0)).toBe(true);
  });

  it('does not read other notations as numbers, with one warning each', () => {
    // Number() reads "0x10" as 16, "0b11" as 3 and "0o17" as 15; a page that wrote them meant
    // something else.
    for (const given of ['0x10', '0b11', '0o17', '1,000', '3,4', 'Infinity', '', ' ']) {
      expect(fromValue(given), given).toEqual({
        value: undefined,
        warnings: [`value="${given}" is not a number: write digits only, e.g. 20000`],
      });
    }
  });

  it('does not guess a dot before three digits on a page that writes decimals with a comma', () => {
    // Shown as 20 ("Unos 20 migrantes") where the page meant twenty thousand.
    for (const lang of ['es', 'fr', 'de-DE']) {
      expect(fromValue('20.000', lang), lang).toEqual({
        value: undefined,
        warnings: ['value="20.000" may be 20 or 20000: write 20000 (or 20)'],
      });
      expect(fromValue('1.500.000', lang).warnings, lang).toEqual([
        'value="1.500.000" is not a number: write digits only, e.g. 20000',
      ]);
      expect(fromValue(' 20.000 ', lang).warnings, lang).toEqual([
        'value=" 20.000 " may be 20 or 20000: write 20000 (or 20)',
      ]);
      // A decimal as the attribute's documentation writes it stays one.
      expect(fromValue('3.75', lang), lang).toEqual({value: 3.75, warnings: []});
      expect(fromValue('0.125', lang), lang).toEqual({value: 0.125, warnings: []});
    }
    expect(fromValue('20.000', 'en')).toEqual({value: 20, warnings: []});
  });

  it('does not show a number past 2^53, whose last digits are already lost', () => {
    for (const given of ['99999999999999999999', '1e300', '-9007199254740993']) {
      expect(fromValue(given), given).toEqual({
        value: undefined,
        warnings: [`value="${given}" is too large to show exactly (beyond ±9007199254740991)`],
      });
    }
  });
});

describe('resolveFigure, with an indicator id', () => {
  it('reads an id without the spaces a paste leaves around it; one of spaces only is missing', () => {
    const [warnings, warn] = collect();
    const {indicator} = resolveFigure(
      {indicator: ' remittances\n', value: null, unit: null, qualifier: null},
      warn,
    );
    expect(indicator?.id).toBe('remittances');
    expect(warnings).toEqual([]);
    const blank = resolveFigure({indicator: '  ', value: null, unit: null, qualifier: null}, warn);
    expect(blank.figure).toBe(undefined);
    expect(warnings).toEqual(['indicator="" is missing: set indicator, or value']);
  });
});

describe('resolveFigure, with the page’s own unit and qualifier', () => {
  it('reads them in any case, as HTML reads its own keywords: unit="USD" is dollars', () => {
    const [warnings, warn] = collect();
    const {figure} = resolveFigure(
      {indicator: null, value: '600000000000', unit: 'USD', qualifier: 'Approximately'},
      warn,
    );
    expect(figure).toEqual({value: 600_000_000_000, unit: 'usd', qualifier: 'approximately'});
    expect(warnings).toEqual([]);
  });

  // Left out, "about 48%" read as exactly 48%, and dollars as persons.
  it('shows no figure, with a warning each, for a unit or qualifier it does not know', () => {
    const [warnings, warn] = collect();
    const {figure} = resolveFigure(
      {indicator: null, value: '48', unit: 'per cent', qualifier: 'about'},
      warn,
    );
    expect(figure).toBe(undefined);
    expect(warnings).toEqual([
      'unit="per cent" is not one of persons, percent, usd, ratio',
      'qualifier="about" is not one of none, approximately, some, nearly, over, more-than',
    ]);
    const [, warnAgain] = collect();
    expect(
      resolveFigure({indicator: null, value: '48', unit: null, qualifier: 'about'}, warnAgain),
    ).toEqual({});
  });

  // A CMS field with a space after its word, or a word processor's quotes, gave persons for dollars.
  it('reads them without the spaces or curly quotes a paste leaves around them', () => {
    const [warnings, warn] = collect();
    const {figure} = resolveFigure(
      {indicator: null, value: '600000000000', unit: 'usd ', qualifier: '”approximately”'},
      warn,
    );
    expect(figure).toEqual({value: 600_000_000_000, unit: 'usd', qualifier: 'approximately'});
    expect(warnings).toEqual([]);
  });
});

describe('resolveFigure, with attributes left empty', () => {
  // A CMS template writes unit="" for a field its author left empty: the default, as an empty
  // label or period is no label or period, and as HTML reads an empty keyword.
  it('reads an empty unit or qualifier as not given, without a warning', () => {
    const [warnings, warn] = collect();
    const {figure} = resolveFigure({indicator: null, value: '48', unit: '', qualifier: ''}, warn);
    expect(figure).toEqual({value: 48, unit: 'persons', qualifier: 'none'});
    const beside = resolveFigure(
      {indicator: 'remittances', value: '', unit: '', qualifier: ''},
      warn,
    );
    expect(beside.indicator?.id).toBe('remittances');
    expect(warnings).toEqual([]);
  });
});

describe('checkText', () => {
  it('warns about markup in a text attribute: a closing tag and a comment count too', () => {
    // Upper-case tags too, as old CMSs and Word pastes write them.
    for (const given of [
      'Migrants</b>',
      'Migrants <!-- from the CMS -->',
      '<b>Migrants</b>',
      'Migrants<BR>2017',
      '<IMG SRC="x" ONERROR="alert(1)">',
    ]) {
      const [warnings, warn] = collect();
      expect(checkText('label', given, warn)).toBe(given);
      expect(warnings, given).toEqual([`label="${given}" contains markup, which is shown as text`]);
    }
  });
});
