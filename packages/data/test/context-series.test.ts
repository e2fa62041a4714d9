import {describe, expect, it} from 'vitest';
import {contextFigures, getSeries, sources, type SeriesId} from '@mwfa/data';
import {withSourceFile} from './source.js';

/** "152,542,373" → 152542373 */
const number = (cell: string) => Number(cell.replaceAll(',', ''));

withSourceFile('context-series.md', 'context series against context-series.md', (text) => {
  // The tables as the file prints them: `| 1990 | 152,542,373 | 2.9 | 75,086,026 | 49.2 |`.
  const desa = [
    ...text.matchAll(/^\| (\d{4}) \| ([\d,]+) \| ([\d.]+) \| ([\d,]+) \| ([\d.]+) \|$/gm),
  ].map(([, year, total, share, female, femaleShare]) => ({
    year: Number(year),
    total: number(total!),
    share: Number(share),
    female: number(female!),
    femaleShare: Number(femaleShare),
  }));
  // Three years a row, in US$ billions: `| 2000 | 126.7 | 2006 | 326.0 | 2012 | 544.9 |`.
  const remittanceSection = text.slice(text.indexOf('### 2a.'), text.indexOf('### 2b.'));
  const remittances = [
    ...remittanceSection.matchAll(/\| (\d{4})(?: \(projection\))? \| ([\d.]+) /g),
  ].map(([, year, billions]) => ({year: Number(year), billions: billions!}));
  // `| 2014 | 5,267 | IOM GMDAC Data Briefing Series No. 8, March 2017 | confirmed |`
  const deaths = [...text.matchAll(/^\| (\d{4}) \| ([\d,]+) \| [^|]+ \| confirmed \|$/gm)].map(
    ([, year, count]) => ({year: Number(year), value: number(count!)}),
  );

  const observations = (id: SeriesId) =>
    getSeries(id)?.observations.map(({year, value}) => ({year, value}));

  describe('context series carry the figures of context-series.md', () => {
    it('the tables are read: 7 DESA years, 18 World Bank years, 4 IOM years', () => {
      expect([desa.length, remittances.length, deaths.length]).toEqual([7, 18, 4]);
    });

    const desaColumns = [
      ['international-migrant-stock', 'total', 'DESA persons, every year'],
      ['migrant-share-of-world-population', 'share', 'DESA share, one decimal as published'],
      ['female-migrant-stock', 'female', 'DESA female persons, every year'],
      ['female-share-of-migrants', 'femaleShare', 'the derived share, as the file gives it'],
    ] as const;
    for (const [id, column, what] of desaColumns) {
      it(`${id}: ${what}`, () => {
        expect(observations(id)).toEqual(desa.map((row) => ({year: row.year, value: row[column]})));
      });
    }

    it('global-remittance-inflows: the October 2017 release, 2017 at its exact table value', () => {
      expect(text).toContain('Exact 2017 value in the table: 595,694.727 (US$ million).');
      const byYear = new Map(
        observations('global-remittance-inflows')?.map(({year, value}) => [year, value]),
      );
      expect(byYear.get(2017)).toBe(595_694_727_000);
      byYear.delete(2017);
      // Billions to one decimal in the file; the data holds them in dollars.
      expect([...byYear].map(([year, value]) => [year, (value / 1e9).toFixed(1)])).toEqual(
        remittances
          .filter((row) => row.year !== 2017)
          .sort((a, b) => a.year - b.year)
          .map((row) => [row.year, row.billions]),
      );
    });

    it('global-remittance-inflows: says which values the file gives only to a tenth of a billion', () => {
      const roundedTo = new Map(
        getSeries('global-remittance-inflows')?.observations.map((o) => [o.year, o.roundedTo]),
      );
      // One decimal of a billion in the file ("126.7"): to 100,000,000 dollars. 2017 is exact.
      for (const row of remittances.filter((r) => r.year !== 2017)) {
        expect(row.billions, `${row.year}`).toMatch(/^\d+\.\d$/);
        expect(roundedTo.get(row.year), `${row.year}`).toBe(100_000_000);
      }
      expect(roundedTo.get(2017)).toBeUndefined();
      // The DESA and IOM series give every digit.
      for (const id of ['international-migrant-stock', 'recorded-migrant-deaths'] as const) {
        expect(getSeries(id)?.observations.some((o) => o.roundedTo !== undefined)).toBe(false);
      }
    });

    it('recorded-migrant-deaths: each year as its release counts it', () => {
      expect(observations('recorded-migrant-deaths')).toEqual(deaths);
    });
  });

  // A title cut short with "…" is what the file gives, never completed from elsewhere.
  describe('titles the file gives only in part are cited as it gives them', () => {
    for (const source of sources.filter(({title}) => title.endsWith(' …'))) {
      it(`${source.id}: “${source.title}”`, () => {
        expect(text).toContain(`"${source.title.replace(/ …$/, ' ...')}"`);
      });
    }
  });

  // The others are checked against the passage that states them: the year and the value, as
  // the file writes them ("USD 142.6 billion", "$466 bn", "67.0 %"). Before, a year changed in
  // the record (2016 → 2015) passed every test once the README was written again.
  describe('context figures without a quote: the file states each value for its years', () => {
    const normalise = (s: string) => s.replace(/\s+/g, ' ');
    const scale: Record<string, number> = {billion: 1e9, bn: 1e9, million: 1e6, m: 1e6};
    /** "USD 146.6 billion" → 146600000000 dollars; "67.0 %" → 67 percent; "over 22,500". */
    const read = (written: string) => {
      const [, over, currency, digits, word] =
        /^(over )?(USD |\$)?([\d,.]+) ?(billion|bn|million|m|%)?$/.exec(written)!;
      const value = Number(digits!.replaceAll(',', '')) * (scale[word ?? ''] ?? 1);
      return {
        value: word === '%' ? value : Math.round(value),
        unit: currency ? 'usd' : word === '%' ? 'percent' : 'persons',
        qualifier: over ? 'over' : 'none',
      };
    };
    const passages: [id: string, passage: string, value: string, years: string[]][] = [
      [
        'oda-2017',
        '2017 net ODA by DAC members: **USD 146.6 billion**',
        'USD 146.6 billion',
        ['2017'],
      ],
      ['oda-2016', '2016: USD 142.6 billion (preliminary', 'USD 142.6 billion', ['2016']],
      [
        'remittances-lmic-2017-projection',
        '2017 projection: $450 bn to low- and middle-income countries',
        '$450 bn',
        ['2017'],
      ],
      [
        'remittances-lmic-2017',
        '2017: $466 bn to low- and middle-income countries',
        '$466 bn',
        ['2017'],
      ],
      [
        'remittances-global-2017',
        '2017: $466 bn to low- and middle-income countries ("a new record ... up 8.5 percent over 2016"); global $613 bn',
        '$613 bn',
        ['2017'],
      ],
      [
        'migrant-women-labour-force-participation',
        'reference year 2013: labour-force participation 67.0 % for migrant women',
        '67.0 %',
        ['2013'],
      ],
      [
        'non-migrant-women-labour-force-participation',
        'reference year 2013: labour-force participation 67.0 % for migrant women versus 50.8 % for non-migrant women',
        '50.8 %',
        ['2013'],
      ],
      [
        'forced-labour-total',
        '24.9 million people in forced labour (2016)',
        '24.9 million',
        ['2016'],
      ],
      [
        'migrant-deaths-since-2014-iom',
        '"over 22,500" since the beginning of 2014, as of 30 November 2017',
        'over 22,500',
        ['2014', '2017'],
      ],
    ];
    for (const [id, passage, written, years] of passages) {
      it(`${id}: ${written} (${years.join('–')})`, () => {
        const figure = contextFigures.find((f) => f.id === id)!;
        expect(normalise(text)).toContain(passage);
        expect(passage).toContain(written);
        for (const year of years) expect(passage).toContain(year);
        expect({value: figure.value, unit: figure.unit, qualifier: figure.qualifier}).toEqual(
          read(written),
        );
        expect([figure.period.start, figure.period.end]).toEqual(
          [years[0], years[years.length - 1]].map(Number),
        );
      });
    }

    it('migrants-in-forced-labour-derived: the file’s 24.9 m ÷ 4, for the same year', () => {
      expect(text).toContain('24.9 m ÷ 4 ≈ 6.2 m — derived');
      const derived = contextFigures.find((f) => f.id === 'migrants-in-forced-labour-derived')!;
      expect(derived.value).toBe(24_900_000 / 4);
      expect(derived.period).toEqual({start: 2016, end: 2016});
    });

    it('every context figure is checked, by its quote or here', () => {
      const checked = new Set([...passages.map(([id]) => id), 'migrants-in-forced-labour-derived']);
      expect(
        contextFigures.filter((f) => f.quote === undefined && !checked.has(f.id)).map((f) => f.id),
      ).toEqual([]);
    });
  });

  describe('context figures quote context-series.md verbatim', () => {
    const normalise = (s: string) => s.replace(/\s+/g, ' ');
    for (const figure of contextFigures.filter((f) => f.quote !== undefined)) {
      it(`${figure.id}: “${figure.quote}”`, () => {
        expect(normalise(text)).toContain(normalise(figure.quote!));
        // And the record holds what the quote says: "49 per cent", "one in four".
        const percent = /(\d+) ?(?:per ?cent|%)/.exec(figure.quote!)?.[1];
        const said = percent ? Number(percent) : figure.quote!.includes('one in four') ? 25 : NaN;
        expect(
          said,
          'a value this test can read in the quote (teach it a new wording)',
        ).not.toBeNaN();
        expect([figure.value, figure.unit]).toEqual([said, 'percent']);
        if (figure.qualifier !== 'none') expect(figure.quote).toContain(figure.qualifier);
      });
    }
  });
});
