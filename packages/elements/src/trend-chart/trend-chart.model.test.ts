import {describe, expect, it} from 'vitest';
import type {TableData} from './trend-chart.data.js';
import {en} from './trend-chart.messages.js';
import {buildModel, csvHeading, legendKinds, type ModelInputs} from './trend-chart.model.js';

/** Builds a model from the given inputs, and collects its warnings as `[attribute, hint]`. */
function build(given: Partial<ModelInputs>) {
  const warnings: [string, string][] = [];
  const model = buildModel({
    series: null,
    observations: undefined,
    table: undefined,
    label: null,
    subtitle: null,
    unit: null,
    source: null,
    lang: 'en',
    ui: en,
    sourceWord: 'Source: ',
    warn: (attribute, _value, hint) => warnings.push([attribute, hint]),
    ...given,
  });
  return {model, warnings};
}

const table = (data: Partial<TableData>): TableData => ({
  label: '',
  rows: [],
  leftOut: [],
  ...data,
});

describe('buildModel from a series', () => {
  it('takes the series’ title, description, unit and source, and its points’ notes', () => {
    const {model, warnings} = build({series: 'recorded-migrant-deaths'});
    expect(warnings).toEqual([]);
    expect(model.label).toBe('Recorded deaths and disappearances of migrants');
    expect(model.subtitle).toMatch(/^Deaths and disappearances of migrants recorded worldwide/);
    expect(model.unit).toBe('persons');
    expect(model.source).toBe(
      'International Organization for Migration (IOM), Global Migration Data Analysis Centre, GMDAC Data Briefing Series No. 8, March 2017.',
    );
    expect(model.name).toBe('recorded-migrant-deaths');
    expect(model.points.map((point) => point.year)).toEqual([2014, 2015, 2016, 2017]);
    // 2017 is from another release than the series': its note and its own source, in English.
    expect(model.notes).toEqual([
      {
        lead: '2016: ',
        text: 'As in the March 2017 release; later releases of the Missing Migrants Project give a higher count.',
        en: true,
      },
      {
        lead: '2017: ',
        text: 'From IOM’s early-2018 press release, not from the March 2017 briefing.',
        en: true,
      },
      {
        lead: '2017: Source: ',
        text: 'International Organization for Migration (IOM), 6,000 migrant deaths recorded in 2017 …, Early 2018 (press release).',
        en: true,
      },
    ]);
  });

  it('keeps the page’s own title and subtitle over the series’', () => {
    const {model} = build({
      series: 'international-migrant-stock',
      label: '  Migrants worldwide ',
      subtitle: 'Mid-year',
    });
    expect(model.label).toBe('Migrants worldwide');
    expect(model.subtitle).toBe('Mid-year');
  });

  it('names the series a calculated series takes by their titles, not their ids', () => {
    const {model} = build({series: 'female-share-of-migrants'});
    expect(model.notes[0]).toEqual({
      lead: 'Calculated: ',
      text: 'Female international migrants ÷ International migrants × 100 for the same year, rounded to one decimal.',
      en: true,
    });
  });

  it('warns about the page’s data, unit and source beside a series, and does not use them', () => {
    const {model, warnings} = build({
      series: 'international-migrant-stock',
      observations: [{year: 2000, value: 1}],
      unit: 'percent',
      source: 'My survey',
    });
    expect(model.unit).toBe('persons');
    expect(model.points).toHaveLength(7);
    expect(model.source).toMatch(/^United Nations, Department of Economic and Social Affairs/);
    expect(warnings.map(([attribute]) => attribute)).toEqual(['observations', 'unit', 'source']);
  });

  it('shows a message and warns with the id for an unknown series', () => {
    const {model, warnings} = build({series: 'international-migrant-stok'});
    expect(model.message).toBe('No series “international-migrant-stok” in the data.');
    expect(model.points).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]![0]).toBe('series');
    expect(warnings[0]![1]).toContain('international-migrant-stock');
  });
});

describe('buildModel from the page’s own data', () => {
  it('names the chart by its unit, with one warning, when the page gives no title', () => {
    const {model, warnings} = build({
      observations: [{year: 2000, value: 2.8}],
      unit: 'percent',
    });
    expect(model.label).toBe('Value (per cent)');
    expect(model.unit).toBe('percent');
    expect(warnings).toEqual([
      ['label', 'is missing: name what the chart shows (or give a <caption>)'],
    ]);
  });

  it('does not ask for a title when there is nothing to draw: that has its own warning', () => {
    const {model, warnings} = build({observations: []});
    expect(model.message).toBe('No data to draw.');
    expect(model.label).toBe('');
    expect(warnings.map(([attribute]) => attribute)).toEqual(['observations']);
  });

  it('reads a misspelt unit as persons, with a warning', () => {
    const {model, warnings} = build({
      label: 'Arrivals',
      observations: [{year: 2000, value: 5}],
      unit: 'people',
    });
    expect(model.unit).toBe('persons');
    expect(warnings.map(([attribute]) => attribute)).toEqual(['unit']);
  });

  it('cites a source of the data by id, in English, and the page’s own as written', () => {
    const observations = [{year: 2000, value: 5}];
    const byId = build({label: 'A', observations, source: 'iom-gmdac-briefing-8'}).model;
    expect(byId.source).toBe(
      'International Organization for Migration (IOM), Global Migration Data Analysis Centre, GMDAC Data Briefing Series No. 8, March 2017.',
    );
    expect(byId.sourceEn).toBe(true);
    const own = build({label: 'A', observations, source: 'Ministry of Labour, 2017'}).model;
    expect(own.source).toBe('Ministry of Labour, 2017');
    expect(own.sourceEn).toBe(false);
  });

  it('notes the page’s own points in the page’s language, not as English', () => {
    const {model} = build({
      label: 'Arrivées',
      lang: 'fr',
      observations: [{year: 2016, value: 5, note: 'Chiffre provisoire'}],
    });
    expect(model.notes).toEqual([{lead: '2016: ', text: 'Chiffre provisoire', en: false}]);
  });

  it('draws observations rather than a child table, with the table’s caption as title', () => {
    const {model} = build({
      observations: [{year: 2000, value: 5}],
      table: table({label: 'Caption', rows: [{year: 1990, value: 1}]}),
    });
    expect(model.points.map((point) => point.year)).toEqual([2000]);
    expect(model.label).toBe('Caption');
  });

  it('shows "no data" without a warning when nothing is given (the element warns later)', () => {
    const {model, warnings} = build({});
    expect(model.message).toBe('No data to draw.');
    expect(warnings).toEqual([]);
  });
});

describe('buildModel from a child table', () => {
  it('uses the unit written on the table’s values over the attribute, with a warning', () => {
    const {model, warnings} = build({
      unit: 'usd',
      table: table({label: 'Share', rows: [{year: 2000, value: 49.3}], unit: 'percent'}),
    });
    expect(model.unit).toBe('percent');
    expect(model.unitGiven).toBe(true);
    expect(warnings).toEqual([
      ['unit', "differs from the table's values, written in percent; percent is used"],
    ]);
  });

  it('names the first five rows left out under the chart, then "…"', () => {
    const leftOut = ['2001 (3,4)', '2002 (x)', '2003 (?)', '2004 (-)', '2005 (n/a)', '2006 (…)'];
    const {model} = build({
      table: table({label: 'T', rows: [{year: 2000, value: 1}], leftOut}),
    });
    expect(model.notes).toEqual([
      {
        lead: 'Not drawn: ',
        text: '2001 (3,4), 2002 (x), 2003 (?), 2004 (-), 2005 (n/a), …',
      },
    ]);
  });

  it('says a refused table cannot be drawn, without a second warning that it is empty', () => {
    const {model, warnings} = build({table: table({label: 'T', refused: true})});
    expect(model.message).toBe('This table cannot be drawn as a chart.');
    expect(warnings).toEqual([]);
  });

  it('keeps the page’s heading of the values for the table and the CSV', () => {
    const {model} = build({
      table: table({rows: [{year: 2000, value: 1}], valueHeader: 'Migrants (millions)'}),
    });
    expect(model.valueHeader).toBe('Migrants (millions)');
    expect(model.label).toBe('Migrants (millions)');
  });
});

describe('csvHeading', () => {
  const rows = [{year: 2000, value: 49.3}];

  it('is the title and the unit without a heading of the page’s', () => {
    expect(csvHeading(build({series: 'recorded-migrant-deaths'}).model)).toBe(
      'Recorded deaths and disappearances of migrants (persons)',
    );
    expect(csvHeading(build({table: table({label: 'Share', rows, unit: 'percent'})}).model)).toBe(
      'Share (percent)',
    );
  });

  it('adds the unit the page gave to its heading: the CSV’s values have no sign', () => {
    const given = table({rows, valueHeader: 'Share', unit: 'percent'});
    expect(csvHeading(build({table: given}).model)).toBe('Share (percent)');
    expect(csvHeading(build({table: {...given, unit: undefined}, unit: 'usd'}).model)).toBe(
      'Share (usd)',
    );
  });

  it('keeps a heading that names its unit already, or that the page gave no unit for', () => {
    const named = (valueHeader: string) =>
      csvHeading(build({table: table({rows, valueHeader, unit: 'percent'})}).model);
    expect(named('Share (%)')).toBe('Share (%)');
    expect(named('Share, per cent')).toBe('Share, per cent');
    expect(named('Remittances (US dollars)')).toBe('Remittances (US dollars)');
    expect(
      csvHeading(build({table: table({rows, valueHeader: 'Migrants (millions)'})}).model),
    ).toBe('Migrants (millions)');
  });
});

describe('legendKinds', () => {
  const point = (kind: 'observed' | 'derived' | 'projection') => ({year: 2000, value: 1, kind});

  it('lists no key when every point is observed', () => {
    expect(legendKinds([point('observed'), point('observed')])).toEqual([]);
  });

  it('lists the kinds present in the legend’s order', () => {
    expect(legendKinds([point('projection'), point('observed')])).toEqual([
      'observed',
      'projection',
    ]);
    expect(legendKinds([point('projection'), point('derived')])).toEqual(['derived', 'projection']);
  });
});
