// Summaries the browser tests do not reach: no series of the data falls in these units.
import {describe, expect, it} from 'vitest';
import './ar.js';
import './ru.js';
import './zh.js';
import {words} from '../internal/messages.js';
import {en} from '../trend-chart/trend-chart.messages.js';

describe('Arabic trend chart summary', () => {
  const parts = {label: 'الوافدون', from: '2000', to: '2017', extremes: ''};
  const ar = words('ar', en);

  // "انخفاض" is masculine: "قدرها" agreed with "زيادة" only.
  it('says a fall of 40% as "بانخفاض قدره", a rise as "بزيادة قدرها"', () => {
    const fall = ar.summary('down', {
      ...parts,
      first: '5 ملايين',
      last: '3 ملايين',
      change: '40%',
      signedChange: '-40%',
    });
    const rise = ar.summary('up', {
      ...parts,
      first: '3 ملايين',
      last: '5 ملايين',
      change: '67%',
      signedChange: '+67%',
    });
    expect(fall).toContain('بانخفاض قدره 40%');
    expect(rise).toContain('بزيادة قدرها 67%');
  });
});

describe('Russian trend chart summary', () => {
  const ru = words('ru', en);

  // The other languages say "fell from 49.2% … to 48.4%"; Russian said no direction at all.
  it('says "снижение" or "рост" without a change too (per cent)', () => {
    const parts = {
      label: 'Женщины',
      from: '1990',
      to: '2017',
      extremes: '',
      change: '',
      signedChange: '',
    };
    expect(ru.summary('down', {...parts, first: '49,2 %', last: '48,4 %'})).toBe(
      'Женщины: 49,2 % в\u00a01990\u00a0году и 48,4 % в\u00a02017\u00a0году, снижение.',
    );
    expect(ru.summary('up', {...parts, first: '48,4 %', last: '49,2 %'})).toMatch(/, рост\.$/);
  });
});

describe('Chinese label of a highlighted range', () => {
  // "自2000年以来+49%" had no verb.
  it('says the change with a verb: 较2000年增长49%, 较2000年下降5%', () => {
    const zh = words('zh', en);
    expect(zh.since('+49%', '2000')).toBe('较2000年增长49%');
    expect(zh.since('-5%', '2000')).toBe('较2000年下降5%');
  });
});
