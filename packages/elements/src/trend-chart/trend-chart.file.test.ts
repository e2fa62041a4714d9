import {describe, expect, it} from 'vitest';
import {closeIsolates, fileText, firstOpaque, type FileWords} from './trend-chart.file.js';

const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

/** An English chart of a series of the data on an English page. */
const english: FileWords = {
  rtl: false,
  wordsLtr: true,
  contentLtr: true,
  label: 'International migrants',
  labelEn: true,
  summary: 'International migrants rose from 173 million in 2000 to 258 million in 2017.',
  notes: [{lead: '2017: ', text: 'Estimate.', en: true}],
  sourceWord: 'Source: ',
  source: 'UN DESA, 2017.',
  sourceEn: true,
};

const texts = (lines: {text: string}[]) => lines.map(({text}) => text);

describe('closeIsolates', () => {
  it('leaves out a closing mark with no isolate open', () => {
    expect(closeIsolates(`a${PDI}b`)).toBe('ab');
  });

  it('closes the isolates left open', () => {
    expect(closeIsolates(`${RLI}x${LRI}y`)).toBe(`${RLI}x${LRI}y${PDI}${PDI}`);
  });

  it('keeps isolates that are closed', () => {
    expect(closeIsolates(`${LRI}2017${PDI}: x`)).toBe(`${LRI}2017${PDI}: x`);
  });
});

describe('fileText', () => {
  it('sets a left-to-right page’s words as they are: the title in bold, notes and source after', () => {
    const {above, below} = fileText(english);
    expect(above).toEqual([
      {text: 'International migrants', size: 16, bold: true},
      {text: english.summary, size: 12},
    ]);
    expect(below).toEqual([
      {text: '2017: Estimate.', size: 11},
      {text: 'Source: UN DESA, 2017.', size: 11},
    ]);
  });

  it('has no source line without a source', () => {
    expect(texts(fileText({...english, source: ''}).below)).toEqual(['2017: Estimate.']);
  });

  it('isolates the data’s English left to right in an Arabic chart, in the title and where the summary quotes it', () => {
    const {above, below} = fileText({
      ...english,
      rtl: true,
      wordsLtr: false,
      contentLtr: false,
      summary: 'ارتفع International migrants',
      notes: [],
      sourceWord: 'المصدر: ',
    });
    expect(texts(above)).toEqual([
      `${LRI}International migrants${PDI}`,
      `ارتفع ${LRI}International migrants${PDI}`,
    ]);
    expect(texts(below)).toEqual([`المصدر: ${LRI}UN DESA, 2017.${PDI}`]);
  });

  it('keeps the space after English words on a Hebrew page outside their isolate', () => {
    const {below} = fileText({
      ...english,
      rtl: true,
      contentLtr: false,
      label: 'מהגרים',
      labelEn: false,
      summary: '',
      notes: [{lead: '2017: ', text: 'הערה', en: false}],
      source: 'מקור',
      sourceEn: false,
    });
    expect(texts(below)).toEqual([`${LRI}2017:${PDI} הערה`, `${LRI}Source:${PDI} מקור`]);
  });

  it('closes an isolate a page’s label leaves open before it goes into the file', () => {
    const {above} = fileText({...english, label: `${RLI}Migrants`, summary: ''});
    expect(above[0]!.text).toBe(`${RLI}Migrants${PDI}`);
  });
});

describe('firstOpaque', () => {
  it('is the first colour that is not transparent', () => {
    expect(firstOpaque(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)'])).toBe(
      'rgb(255, 255, 255)',
    );
  });

  it('is none when every colour is transparent', () => {
    expect(firstOpaque(['rgba(0, 0, 0, 0)', 'rgba(255, 255, 255, 0)'])).toBe('none');
  });
});
