// Chinese words of every mwfa element. English is built in; this module adds Chinese:
// `import '@mwfa/elements/locales/zh.js'`, or on a page
// `<script type="module" src=".../dist/cdn/locales/zh.js"></script>`.
import {registerLocale, type Locale} from '../internal/messages.js';

/** 年 after a year, joined to it (a word joiner) so that a line never starts with it. */
const YEAR = '\u2060年';

const zh: Locale = {
  // Every element
  qualifier: {
    approximately: '约{n}',
    some: '大约{n}',
    nearly: '近{n}',
    over: '超过{n}',
    'more-than': '超过{n}',
  },
  fraction: {'1/2': '一半', '2/3': '三分之二'},
  times: {other: '{n}倍'},
  source: '来源：',
  noFigure: '数据不可用',
  noLabel: '未提供标签',
  // Full-width brackets, with no space before them.
  reportYear: '{n}（报告年份）',
  separator: '，',
  // "6000亿美元", as Chinese writes it; Intl puts "US$" before the number.
  usd: '{n}美元',
  compactWords: null,
  afterQualifier: null,
  // <mwfa-key-message>
  inSection: ['章节“', '”'],
  brackets: ['（', '）'],
  kind: {
    call: '呼吁',
    warning: '警示',
    recommendation: '建议',
    commitment: '承诺',
    finding: '结论',
  },
  relatedFigures: '相关数据',
  noMessage: '信息不可用',
  // <mwfa-trend-chart>
  summary: (trend, p) =>
    trend !== 'flat'
      ? `${p.label}从${p.from}${YEAR}的${p.first}${trend === 'up' ? '增至' : '降至'}${p.to}${YEAR}的${p.last}${p.change ? `，${trend === 'up' ? '增长' : '下降'}${p.change}` : ''}${p.extremes}。`
      : p.extremes
        ? `${p.label}在${p.from}${YEAR}和${p.to}${YEAR}均为${p.first}${p.extremes}。`
        : `${p.label}在${p.from}${YEAR}至${p.to}${YEAR}间保持在${p.first}。`,
  high: (value, year) => `${year}${YEAR}最高，为${value}`,
  low: (value, year) => `${year}${YEAR}最低，为${value}`,
  extremes: (parts) => `，${parts.join('，')}`,
  single: (p) => `${p.label}：${p.from}${YEAR}为${p.first}（唯一数值）。`,
  showTable: '显示表格',
  hideTable: '隐藏表格',
  downloadCsv: '下载 CSV',
  downloadSvg: '下载 SVG',
  year: '年份',
  // Full-width brackets, with no space before them.
  valueIn: (unit) => `数值（${unit}）`,
  status: '状态',
  observed: '观测值',
  projection: '预测值',
  derived: '计算值',
  notFromZero: '纵轴不从零开始。',
  decimated: (n) =>
    `根据${n}个数据点绘制：线条显示每个像素内的最低值和最高值。键盘和 CSV 涵盖全部数据点。`,
  derivedUnmarked: '计算值过于密集，无法逐一标记；表格中列出了这些值。',
  tableTruncated: (shown, n) => `表格仅显示${n}行中的前${shown}行；CSV 包含全部数据。`,
  notDrawn: '未绘制',
  noData: '没有可绘制的数据。',
  tableNotDrawn: '无法将此表格绘制为图表。',
  unknownSeries: (id) => `数据中没有“${id}”系列。`,
  // Full-width, as in "来源：" (no space after it).
  colon: '：',
  comma: '，',
  projected: '（预测值）',
  points: (label) => `${label}：数据点`,
  // A verb and the change without its sign, as Chinese writes it: "较2000年增长49%".
  since: (change, year) =>
    `较${year}年${/^[-\u2212]/.test(change) ? '下降' : '增长'}${change.replace(/^[-+\u2212]/, '')}`,
  unitName: {persons: '人', usd: '美元', percent: '百分比', ratio: '比率'},
};

registerLocale('zh', zh);
