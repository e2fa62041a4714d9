// Takes the record fields no element reads out of @mwfa/data's modules, for the script-tag
// bundles only (cdn.mjs): they inline the data, and every byte of it is downloaded by every
// reader. The npm build and @mwfa/data itself keep every field. Fields are removed from the
// parsed module by source range, never by pattern; a listed field that is no longer in its
// module fails the build, so the list cannot go stale unnoticed.

/**
 * Module -> its array of records and the fields (dotted: a nested object's, or those of each
 * object in a nested array) to take out of each, because no element reads them;
 * test/cdn-data.test.ts compares what readers get with the npm build's.
 */
export const UNREAD_FIELDS = {
  '@mwfa/data/indicators': {
    records: 'indicators',
    // The card cites the source only, and shows a comparison's wording by its type;
    // formatFigure reads an expression's numbers, not its English wording.
    fields: [
      'note',
      'provenance.quote',
      'provenance.locator',
      'comparison.baseYear',
      'comparison.indicator',
      'expression.wording',
    ],
  },
  // The message shows its quote, in the note's words, never our summary.
  '@mwfa/data/key-messages': {records: 'keyMessages', fields: ['summary']},
  // A citation is publisher, title (linked to url) and vintage.
  '@mwfa/data/sources': {records: 'sources', fields: ['status', 'symbol']},
};

/**
 * Fields a bundle of one element leaves out besides UNREAD_FIELDS, because that element does
 * not read them (another does), by bundle name (cdn.mjs).
 */
const UNREAD_IN_BUNDLE = {
  // The inline value formats the figure only: no label, period, sparkline or citation.
  value: {
    '@mwfa/data/indicators': {
      records: 'indicators',
      fields: ['label', 'period', 'series', 'provenance', 'comparison'],
    },
  },
  // Related figures are the figure, its label, the years of a total and the comparison's wording;
  // the attribution cites the title, linked.
  'key-message': {
    '@mwfa/data/indicators': {
      records: 'indicators',
      fields: ['series', 'provenance'],
    },
    '@mwfa/data/sources': {records: 'sources', fields: ['publisher', 'vintage']},
  },
  // The source line (a series', or one a page's `source` names by id) is text: publisher, title
  // and vintage, no link.
  'trend-chart': {
    '@mwfa/data/sources': {records: 'sources', fields: ['url']},
  },
  // The sparkline draws a series' years and values; its title, description, source, status and
  // notes are the trend chart's.
  'stat-card': {
    '@mwfa/data/series': {
      records: 'series',
      fields: [
        'label',
        'unit',
        'description',
        'source',
        'status',
        'derivation',
        'observations.note',
        'observations.projection',
        'observations.source',
      ],
    },
  },
};

/** The modules and fields `bundle` leaves out: UNREAD_FIELDS and its own. */
export function unreadFields(bundle) {
  const modules = {...UNREAD_FIELDS};
  for (const [specifier, {records, fields}] of Object.entries(UNREAD_IN_BUNDLE[bundle] ?? {})) {
    modules[specifier] = {records, fields: [...(modules[specifier]?.fields ?? []), ...fields]};
  }
  return modules;
}

/** A property's name when it is written as a plain key (`a:` or `"a":`), else undefined. */
function keyName(property) {
  if (property.type !== 'Property' || property.computed) return undefined;
  return property.key.type === 'Identifier' ? property.key.name : property.key.value;
}

/** The top-level `var|let|const <name> = [...]` of `program`, or undefined. */
function recordsArray(program, name) {
  for (const statement of program.body) {
    if (statement.type !== 'VariableDeclaration') continue;
    const declarator = statement.declarations.find((d) => d.id.name === name);
    if (declarator?.init?.type === 'ArrayExpression') return declarator.init;
  }
  return undefined;
}

/**
 * `code` without the `fields` of each record in the array `records`. Each property goes with
 * its comma, up to the next property (the last one up to the closing brace, so the comma before
 * it stays as a trailing comma); the newlines it spanned stay, so later lines keep their numbers.
 * Throws when there is no such array, or a field is in none of its records.
 *
 * @param {string} code
 * @param {{type: string, body: object[]}} program `code` parsed to an ESTree AST
 * @param {{records: string, fields: string[]}} target
 */
export function dropFields(code, program, {records, fields}) {
  const array = recordsArray(program, records);
  if (!array) throw new Error(`has no top-level array "${records}"`);
  const ranges = [];
  const found = new Set();
  const drop = (object, path, field) => {
    const [name, ...rest] = path;
    const properties = object.properties;
    const index = properties.findIndex((p) => keyName(p) === name);
    if (index === -1) return;
    const property = properties[index];
    if (rest.length > 0) {
      const value = property.value;
      if (value.type === 'ObjectExpression') drop(value, rest, field);
      if (value.type === 'ArrayExpression') {
        for (const item of value.elements) {
          if (item?.type === 'ObjectExpression') drop(item, rest, field);
        }
      }
      return;
    }
    found.add(field);
    const next = properties[index + 1];
    ranges.push([property.start, next ? next.start : object.end - 1]);
  };
  for (const record of array.elements) {
    if (record?.type !== 'ObjectExpression') continue;
    for (const field of fields) drop(record, field.split('.'), field);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  for (const [start, end] of ranges) {
    // Inside a field already taken out (`provenance` and `provenance.quote` both listed).
    if (start < last) continue;
    out += code.slice(last, start) + code.slice(start, end).replace(/[^\n]/g, '');
    last = end;
  }
  const missing = fields.filter((field) => !found.has(field));
  if (missing.length > 0) {
    throw new Error(
      `no record of "${records}" has ${missing.join(', ')}: take ${missing.length > 1 ? 'them' : 'it'} ` +
        'out of UNREAD_FIELDS in scripts/drop-unread-data.mjs',
    );
  }
  return out + code.slice(last);
}

/** Vite / rolldown plugin: `modules` is a list like UNREAD_FIELDS, keyed by import specifier. */
export function dropUnreadData({modules = UNREAD_FIELDS} = {}) {
  /** Resolved module id -> [specifier, target]. */
  const byId = new Map();
  return {
    name: 'mwfa-drop-unread-data',
    async buildStart() {
      byId.clear();
      for (const [specifier, target] of Object.entries(modules)) {
        const resolved = await this.resolve(specifier);
        if (!resolved) this.error(`${specifier} cannot be resolved: update UNREAD_FIELDS`);
        // Left external (the size check's "without data"): nothing of it is bundled.
        if (!resolved.external) byId.set(resolved.id, [specifier, target]);
      }
    },
    transform(code, id) {
      const entry = byId.get(id);
      if (!entry) return null;
      const [specifier, target] = entry;
      try {
        return {code: dropFields(code, this.parse(code), target), map: null};
      } catch (error) {
        return this.error(`${specifier}: ${error.message}`);
      }
    },
  };
}
