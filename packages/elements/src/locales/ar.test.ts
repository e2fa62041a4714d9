// Arabic words the browser tests do not reach: a summary of a fall, which no series of the data has.
import {describe, expect, it} from 'vitest';
import './ar.js';
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
