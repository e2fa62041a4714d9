// Runs under Vitest (the package's unit tests include scripts/**/*.test.mjs).
import assert from 'node:assert/strict';
import {parseAst} from 'vite';
import {test} from 'vitest';
import {dropFields, dropUnreadData, UNREAD_FIELDS, unreadFields} from './drop-unread-data.mjs';

const MODULE = `var NOTE = "note-1";
var indicators = [
\t{
\t\tid: "a",
\t\tnote: "Why the year.",
\t\tprovenance: {
\t\t\tsource: NOTE,
\t\t\tquote: "There are 258 million",
\t\t},
\t\tvalue: 1
\t},
\t{ id: "b", "value": 2, provenance: { quote: "q", source: NOTE }, note: "last" },
\t{ id: "c", value: 3 }
];
var milestones = [{ id: "m", note: "kept", provenance: { quote: "kept" } }];
export { indicators, milestones };
`;

const TARGET = {records: 'indicators', fields: ['note', 'provenance.quote']};

/** The module's exports, from its code. */
const load = (code) => import(`data:text/javascript,${encodeURIComponent(code)}`);

test('dropFields takes the fields out of every record of the named array only', async () => {
  const code = dropFields(MODULE, parseAst(MODULE), TARGET);
  const {indicators, milestones} = await load(code);
  assert.deepEqual(indicators, [
    {id: 'a', provenance: {source: 'note-1'}, value: 1},
    {id: 'b', value: 2, provenance: {source: 'note-1'}},
    {id: 'c', value: 3},
  ]);
  assert.deepEqual(milestones, [{id: 'm', note: 'kept', provenance: {quote: 'kept'}}]);
  // Later lines keep their numbers (source maps of the bundle stay right line by line).
  assert.equal(code.split('\n').length, MODULE.split('\n').length);
  assert.ok(!code.includes('258 million') && !code.includes('Why the year'));
});

test('dropFields fails when a listed field is in no record, or the array is gone', () => {
  assert.throws(
    () => dropFields(MODULE, parseAst(MODULE), {records: 'indicators', fields: ['note', 'symbol']}),
    {message: /no record of "indicators" has symbol: take it out of UNREAD_FIELDS/},
  );
  assert.throws(() => dropFields(MODULE, parseAst(MODULE), {records: 'sources', fields: ['x']}), {
    message: 'has no top-level array "sources"',
  });
});

test('the plugin transforms the listed data modules only, and fails the build on a stale field', async () => {
  const plugin = dropUnreadData({
    modules: {'@mwfa/data/indicators': TARGET, '@mwfa/data/sources': {records: 's', fields: []}},
  });
  const context = {
    // As Vite resolves them; sources left external, as the size check's "without data" does.
    resolve: async (specifier) =>
      specifier.endsWith('indicators')
        ? {id: '/data/dist/indicators.js', external: false}
        : {id: specifier, external: true},
    parse: parseAst,
    error: (message) => {
      throw new Error(message);
    },
  };
  await plugin.buildStart.call(context);
  const result = plugin.transform.call(context, MODULE, '/data/dist/indicators.js');
  assert.ok(!result.code.includes('Why the year'));
  assert.equal(plugin.transform.call(context, MODULE, '/elements/src/stat-card.ts'), null);
  assert.equal(plugin.transform.call(context, MODULE, '@mwfa/data/sources'), null);
  const stale = MODULE.replaceAll('note:', 'comment:');
  assert.throws(() => plugin.transform.call(context, stale, '/data/dist/indicators.js'), {
    message: /^@mwfa\/data\/indicators: no record of "indicators" has note/,
  });
});

test('dropFields takes a dotted field out of each object of a nested array', async () => {
  const series = `var series = [
\t{ id: "s", label: "S", observations: [{ year: 1, value: 2, note: "n" }, { year: 3, value: 4 }] }
];
export { series };
`;
  const target = {records: 'series', fields: ['label', 'observations.note']};
  const {series: records} = await load(dropFields(series, parseAst(series), target));
  assert.deepEqual(records, [
    {
      id: 's',
      observations: [
        {year: 1, value: 2},
        {year: 3, value: 4},
      ],
    },
  ]);
});

test('unreadFields adds a bundle’s own fields to those no element reads', () => {
  // The bundle of every element leaves out only what no element reads.
  assert.deepEqual(unreadFields('mwfa'), UNREAD_FIELDS);
  const statCard = unreadFields('stat-card');
  assert.deepEqual(statCard['@mwfa/data/indicators'], UNREAD_FIELDS['@mwfa/data/indicators']);
  assert.equal(statCard['@mwfa/data/series'].records, 'series');
  assert.ok(statCard['@mwfa/data/series'].fields.includes('observations.note'));
  // The years and values the sparkline draws stay.
  for (const kept of ['id', 'observations', 'observations.year', 'observations.value']) {
    assert.ok(!statCard['@mwfa/data/series'].fields.includes(kept), kept);
  }
});

test('dropFields takes out a field listed with one of its own fields once', async () => {
  const target = {records: 'indicators', fields: ['provenance', 'provenance.quote', 'note']};
  const {indicators} = await load(dropFields(MODULE, parseAst(MODULE), target));
  assert.deepEqual(indicators, [
    {id: 'a', value: 1},
    {id: 'b', value: 2},
    {id: 'c', value: 3},
  ]);
});
