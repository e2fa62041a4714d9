// Arabic words of every mwfa element. English is built in; this module adds Arabic:
// `import '@mwfa/elements/locales/ar.js'`, or on a page
// `<script type="module" src=".../dist/cdn/locales/ar.js"></script>`.
import {registerLocale, type Locale} from '../internal/messages.js';

// From 3 to 10 a thousand million and a million million are plural ("5 مليارات"), which Intl
// does not write ("5 مليار"; it does write "3 ملايين"). Intl spells a million million "ترليون",
// UN texts "تريليون".
const FROM_3_TO_10 = /^([^\d٠-٩]*(?:[3-9]|10|[٣-٩]|١٠)\s)(مليار|ترليون)$/;
const PLURAL: Record<string, string> = {مليار: 'مليارات', ترليون: 'تريليونات'};

const ar: Locale = {
  // Every element
  qualifier: {
    approximately: 'حوالي {n}',
    some: 'نحو {n}',
    nearly: 'قرابة {n}',
    over: 'ما يزيد على {n}',
    'more-than': 'أكثر من {n}',
  },
  fraction: {'1/2': 'النصف', '2/3': 'الثلثان'},
  // "ضعفان" (2), "3 أضعاف" (3–10), "11 ضعفًا" (11–99), "100 ضعف".
  times: {
    zero: '{n} ضعف',
    one: 'ضعف واحد',
    two: 'ضعفان',
    few: '{n} أضعاف',
    many: '{n} ضعفًا',
    other: '{n} ضعف',
  },
  source: 'المصدر: ',
  noFigure: 'الرقم غير متوفر',
  noLabel: 'لا يوجد وصف',
  reportYear: '{n} (سنة التقرير)',
  separator: '، ',
  // Every qualifier (على, من, حوالي, نحو, قرابة) puts what follows in the genitive: a dual's ending
  // changes ("ما يزيد على ضعفين", "قرابة الثلثين").
  afterQualifier: (n) => n.replace('ضعفان', 'ضعفين').replace('الثلثان', 'الثلثين'),
  // "600 مليار دولار": dollars in Arabic words, not Intl's Latin "US$" after the number.
  usd: '{n} دولار',
  compactWords: (n) =>
    n
      .replace(FROM_3_TO_10, (_, number: string, word: string) => number + PLURAL[word])
      .replace('ترليون', 'تريليون'),
  // <mwfa-key-message>
  inSection: ['القسم «', '»'],
  brackets: [' (', ')'],
  kind: {
    call: 'دعوة',
    warning: 'تحذير',
    recommendation: 'توصية',
    commitment: 'التزام',
    finding: 'استنتاج',
  },
  relatedFigures: 'أرقام ذات صلة',
  noMessage: 'الرسالة غير متوفرة',
  // <mwfa-trend-chart>
  summary: (trend, p) =>
    trend !== 'flat'
      ? `${p.label}: ${trend === 'up' ? 'ارتفاع' : 'انخفاض'} من ${p.first} في عام ${p.from} إلى ${p.last} في عام ${p.to}${p.change ? `، ${trend === 'up' ? 'بزيادة قدرها' : 'بانخفاض قدره'} ${p.change}` : ''}${p.extremes}.`
      : p.extremes
        ? `${p.label}: ${p.first} في عام ${p.from} وفي عام ${p.to}${p.extremes}.`
        : `${p.label}: دون تغيير، ${p.first} من عام ${p.from} إلى عام ${p.to}.`,
  high: (value, year) => `أعلى قيمة ${value} في عام ${year}`,
  low: (value, year) => `أدنى قيمة ${value} في عام ${year}`,
  // "وبلغت أعلى قيمة … وأدنى قيمة …": "and" (و) is written joined to the word after it.
  extremes: (parts) => `، وبلغت ${parts.join(' و')}`,
  single: (p) => `${p.label}: ${p.first} في عام ${p.from}، وهي القيمة الوحيدة.`,
  showTable: 'عرض الجدول',
  hideTable: 'إخفاء الجدول',
  downloadCsv: 'تنزيل ملف CSV',
  downloadSvg: 'تنزيل ملف SVG',
  year: 'السنة',
  valueIn: (unit) => `القيمة (${unit})`,
  status: 'الحالة',
  observed: 'قيمة مرصودة',
  projection: 'إسقاط',
  derived: 'قيمة محسوبة',
  notFromZero: 'المحور الرأسي لا يبدأ من الصفر.',
  // No noun after the count: "10,003 نقاط" but "10,000 نقطة" would need its number's form.
  decimated: (n) =>
    `عدد النقاط: ${n}؛ يُظهر الخط أدنى قيمة وأعلى قيمة في كل بكسل. وتشمل لوحة المفاتيح وملف CSV جميع النقاط.`,
  derivedUnmarked: 'القيم المحسوبة متقاربة جدًا فلا تُميَّز بعلامة؛ ويبيّنها الجدول.',
  tableTruncated: (shown, n) =>
    `يعرض الجدول أول ${shown} صف من أصل ${n}؛ ويتضمن ملف CSV جميع الصفوف.`,
  notDrawn: 'لم يُرسم',
  noData: 'لا توجد بيانات لرسمها.',
  tableNotDrawn: 'تعذّر رسم هذا الجدول في مخطط.',
  unknownSeries: (id) => `لا توجد سلسلة «${id}» في البيانات.`,
  colon: ': ',
  comma: '، ',
  projected: ' (إسقاط)',
  points: (label) => `${label}: نقاط البيانات`,
  since: (change, year) => `${change} منذ عام ${year}`,
  unitName: {
    persons: 'أشخاص',
    usd: 'دولارات الولايات المتحدة',
    percent: 'في المائة',
    ratio: 'نسبة',
  },
};

registerLocale('ar', ar);
