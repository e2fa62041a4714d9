/**
 * Turns the JSON Schema that `@mwfa/data` publishes into rows for the data dictionary page, so
 * the page lists exactly the fields, units and qualifiers the package validates against.
 */

/** The parts of JSON Schema the package's schema uses. */
export interface JsonSchema {
  type?: string | string[];
  description?: string;
  $ref?: string;
  const?: unknown;
  enum?: readonly unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  oneOf?: readonly JsonSchema[];
  anyOf?: readonly JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
  $defs?: Record<string, JsonSchema>;
}

export interface FieldRow {
  name: string;
  /** Readable type: `string`, `integer ≥ 1900`, `Unit`, `Observation[]`, `"fraction"`. */
  type: string;
  /** The `$defs` entry the type refers to, for a link. */
  ref?: string;
  required: boolean;
  description: string;
}

export interface Definition {
  name: string;
  description: string;
  /** Fields of a record shape (for a union: of each variant, in order). */
  variants: {title: string; fields: FieldRow[]}[];
  /** Allowed values of an enumeration. */
  values: string[];
}

const refName = (ref: string): string => ref.split('/').at(-1) ?? ref;

/** The type of one property, in a few words. */
function typeOf(schema: JsonSchema): {type: string; ref?: string} {
  if (schema.$ref) return {type: refName(schema.$ref), ref: refName(schema.$ref)};
  if (schema.const !== undefined) return {type: JSON.stringify(schema.const)};
  if (schema.enum) return {type: schema.enum.map((v) => JSON.stringify(v)).join(' | ')};
  if (schema.type === 'array' && schema.items) {
    const item = typeOf(schema.items);
    return {...item, type: `${item.type}[]`};
  }
  const base = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'any');
  const bounds: string[] = [];
  if (schema.minimum !== undefined) bounds.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) bounds.push(`> ${schema.exclusiveMinimum}`);
  // 2^53 - 1 is zod's "safe integer" bound, not a bound a reader needs.
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) {
    bounds.push(`≤ ${schema.maximum}`);
  }
  if (schema.pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$') bounds.push('kebab-case id');
  return {type: bounds.length ? `${base} (${bounds.join(', ')})` : base};
}

/** The fields of a record shape; an inline object's own fields follow it as `parent.child`. */
function fieldsOf(schema: JsonSchema, prefix = ''): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => [
    {
      name: `${prefix}${name}`,
      ...typeOf(property),
      required: required.has(name),
      description: property.description ?? '',
    },
    ...(property.properties ? fieldsOf(property, `${prefix}${name}.`) : []),
  ]);
}

/** One entry per `$defs` shape: record shapes first (as the schema lists them), then enumerations. */
export function definitions(schema: JsonSchema): Definition[] {
  const entries = Object.entries(schema.$defs ?? {}).map(([name, def]): Definition => {
    const union = def.oneOf ?? def.anyOf;
    const variants = union
      ? union.map((variant, n) => {
          const tag = variant.properties?.['type']?.const;
          return {
            title: tag === undefined ? `variant ${n + 1}` : `type: ${JSON.stringify(tag)}`,
            fields: fieldsOf(variant),
          };
        })
      : def.properties
        ? [{title: '', fields: fieldsOf(def)}]
        : [];
    return {
      name,
      description: def.description ?? union?.find((v) => v.description)?.description ?? '',
      variants,
      values: (def.enum ?? []).map(String),
    };
  });
  return [
    ...entries.filter((d) => d.values.length === 0),
    ...entries.filter((d) => d.values.length > 0),
  ];
}

/** The collections a JSON file of the package can hold, with the file each one is in. */
export function collections(schema: JsonSchema): {name: string; file: string; shape: string}[] {
  return Object.entries(schema.properties ?? {})
    .filter(([, property]) => property.type === 'array' && property.items?.$ref)
    .map(([name, property]) => ({
      name,
      file: property.description ?? '',
      shape: refName(property.items?.$ref ?? ''),
    }));
}
